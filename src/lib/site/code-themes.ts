import { themes, type PrismTheme } from 'prism-react-renderer';

/**
 * The code-block colour themes: prism-react-renderer's GitHub (light) and Dracula (dark), with
 * the token colours that fail WCAG AA contrast (4.5:1 for text) replaced by darker (light) or
 * lighter (dark) shades of the same hue. Stock GitHub's comments (#999988) reach only 2.7:1 on
 * its #f6f8fa background and its numbers and keywords about 2.6:1, which costs Lighthouse
 * accessibility points on every page with code. Each replacement keeps 4.5:1 on the highlighted
 * line's background too (see code-themes.test.ts).
 */
const LIGHT_FIXES: Readonly<Record<string, string>> = {
  '#999988': '#646459',
  '#e3116c': '#c30e5c',
  '#36acaa': '#226e6c',
  '#00a4db': '#006c90',
  '#d73a49': '#b8313e',
};

const DARK_FIXES: Readonly<Record<string, string>> = {
  'rgb(98, 114, 164)': '#aab3ce',
  'rgb(255, 85, 85)': '#ff9696',
  'rgb(189, 147, 249)': '#c8a4fa',
  'rgb(255, 121, 198)': '#ff8ecf',
};

function recolor(theme: PrismTheme, fixes: Readonly<Record<string, string>>): PrismTheme {
  const fix = (color: string | undefined): string | undefined =>
    color === undefined ? undefined : (fixes[color.toLowerCase()] ?? color);
  return {
    plain: { ...theme.plain, color: fix(theme.plain.color) },
    styles: theme.styles.map((entry) => ({
      ...entry,
      style: { ...entry.style, color: fix(entry.style.color) },
    })),
  };
}

export const lightCodeTheme: PrismTheme = recolor(themes.github, LIGHT_FIXES);
export const darkCodeTheme: PrismTheme = recolor(themes.dracula, DARK_FIXES);
