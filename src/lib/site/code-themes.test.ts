import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { PrismTheme } from 'prism-react-renderer';
import { darkCodeTheme, lightCodeTheme } from './code-themes';

/** sRGB channels 0..255 of #rrggbb or rgb(r, g, b). */
function channels(color: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i], 16)) as [number, number, number];
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(color);
  if (rgb) return [1, 2, 3].map((i) => Number(rgb[i])) as [number, number, number];
  throw new RangeError(`color: cannot read ${color}`);
}

/** WCAG 2.x relative luminance. */
function luminance(color: string): number {
  const [r, g, b] = channels(color).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.x contrast ratio. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/** `over` with black or white at `alpha` on top, as the highlighted-line background is. */
function overlay(over: string, alpha: number, white: boolean): string {
  const top = white ? 255 : 0;
  const mixed = channels(over).map((c) => Math.round(c * (1 - alpha) + top * alpha));
  return `rgb(${mixed.join(', ')})`;
}

test('contrast follows the WCAG formula (black on white is 21:1, a colour on itself 1:1)', () => {
  assert.ok(Math.abs(contrast('#000000', '#ffffff') - 21) < 1e-9);
  assert.ok(Math.abs(contrast('#767676', '#ffffff') - 4.54) < 0.01);
  assert.equal(contrast('#36acaa', '#36acaa'), 1);
});

function colours(theme: PrismTheme): string[] {
  const all = [theme.plain.color, ...theme.styles.map((s) => s.style.color)];
  return [...new Set(all.filter((c): c is string => typeof c === 'string'))];
}

for (const [name, theme, highlight] of [
  // custom.css: --docusaurus-highlighted-code-line-bg is black at 8% (light), white at 12% (dark).
  ['light', lightCodeTheme, overlay('#f6f8fa', 0.08, false)],
  ['dark', darkCodeTheme, overlay('#282a36', 0.12, true)],
] as const) {
  test(`every ${name} token colour reaches 4.5:1 on the block and on a highlighted line`, () => {
    const background = theme.plain.backgroundColor;
    assert.ok(background, 'the theme has a background');
    const failing = colours(theme).flatMap((colour) =>
      [background, highlight]
        .map((bg) => ({ bg, ratio: contrast(colour, bg) }))
        .filter(({ ratio }) => ratio < 4.5)
        .map(({ bg, ratio }) => `${colour} on ${bg}: ${ratio.toFixed(2)}:1`),
    );
    assert.deepEqual(failing, []);
  });
}
