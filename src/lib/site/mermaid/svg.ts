/**
 * String surgery on the SVG that mermaid renders at build time, kept free of any DOM so it can be
 * unit-tested: ids made unique per copy, a text alternative and responsive sizing on the root
 * element, and the light/dark pair wrapped for the page.
 *
 * Mermaid serializes its SVG with `outerHTML`, so attributes are always double-quoted and the
 * string is meant for HTML parsing (`innerHTML`, or the page itself). Everything here relies on
 * that and on nothing else of its format.
 */

/** The two copies of each diagram on a page. */
export type MermaidTheme = 'light' | 'dark';

/** What the browser measured and found in one rendered diagram. */
export interface RenderedDiagram {
  /** mermaid's SVG, `<svg id="<prefix>" ...>...</svg>` */
  readonly svg: string;
  /** the width of the viewBox, in CSS px at mermaid's 16 px font */
  readonly width: number;
  /** `aria-roledescription` of the root: `flowchart-v2`, `sequence`, `stateDiagram`... */
  readonly kind: string;
  /** the accessible title (`accTitle`) or the visible title (`title:` front matter), if any */
  readonly title?: string;
  /** the text of every label, in document order, without repeats */
  readonly labels: readonly string[];
}

/**
 * On a phone or tablet a diagram shrinks to at most this share of its natural size; below that
 * its text (16 px at natural size) would drop under 10 px, so it keeps that width and its box
 * scrolls sideways instead of the page. A desktop column shows the whole diagram, fitted.
 */
export const MIN_SCALE = 0.6;

const KIND_NAMES: Readonly<Record<string, Readonly<Record<'zh' | 'en', string>>>> = {
  'flowchart-v2': { zh: '流程图', en: 'Flowchart' },
  flowchart: { zh: '流程图', en: 'Flowchart' },
  sequence: { zh: '时序图', en: 'Sequence diagram' },
  stateDiagram: { zh: '状态图', en: 'State diagram' },
  class: { zh: '类图', en: 'Class diagram' },
  er: { zh: '实体关系图', en: 'Entity relationship diagram' },
  gantt: { zh: '甘特图', en: 'Gantt chart' },
  pie: { zh: '饼图', en: 'Pie chart' },
};

/** The language of a doc file: English under `i18n/en/`, the book's default (Chinese) otherwise. */
export function languageOfFile(filePath: string): 'zh' | 'en' {
  return /(^|[\\/])i18n[\\/]en[\\/]/.test(filePath) ? 'en' : 'zh';
}

/**
 * The accessible name of a diagram: its kind in the page's language, then its `accTitle` or
 * title when the author gave one, otherwise every label in reading order (what a sighted reader
 * sees, since `role="img"` hides the SVG's own text from assistive technology).
 */
export function diagramLabel(diagram: RenderedDiagram, language: 'zh' | 'en'): string {
  const kind = (KIND_NAMES[diagram.kind] ?? { zh: '图', en: 'Diagram' })[language];
  const separator = language === 'zh' ? '；' : '; ';
  const body = diagram.title?.trim() || diagram.labels.join(separator);
  if (!body) return kind;
  return `${kind}${language === 'zh' ? '：' : ': '}${body}`;
}

function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

const ID_ATTRIBUTE = /\sid="([^"]+)"/g;
const ARIA_REFERENCE = /\s(aria-labelledby|aria-describedby)="([^"]*)"/g;

/**
 * Gives every `id` in the SVG the prefix `prefix` (the id mermaid was asked to render under,
 * unique per page, diagram and theme) and rewrites every reference to it: `url(#id)`,
 * `href="#id"`, `aria-labelledby`/`aria-describedby`, and `#id` in the selectors of its
 * `<style>`. Mermaid puts the render id into most of its ids already, but not all of them
 * (sequence diagrams emit `actor0`, `root-0`...), and the light and dark copies of one diagram,
 * or two copies of the same diagram, sit on the same page.
 */
export function scopeSvgIds(svg: string, prefix: string): string {
  const renamed = new Map<string, string>();
  for (const [, id] of svg.matchAll(ID_ATTRIBUTE)) {
    // An id that contains the render id (`chart-title-<id>`, `<id>_flowchart-v2-pointEnd`) is
    // unique already.
    if (!id.includes(prefix)) {
      renamed.set(id, `${prefix}-${id}`);
    }
  }
  if (renamed.size === 0) return svg;
  const rename = (id: string) => renamed.get(id) ?? id;
  return (
    svg
      .replace(ID_ATTRIBUTE, (_, id: string) => ` id="${rename(id)}"`)
      .replace(/url\(#([^)\s]+)\)/g, (_, id: string) => `url(#${rename(id)})`)
      .replace(/(\s(?:xlink:)?href)="#([^"]+)"/g, (_, name: string, id: string) => {
        return `${name}="#${rename(id)}"`;
      })
      .replace(ARIA_REFERENCE, (_, name: string, ids: string) => {
        return ` ${name}="${ids.split(/\s+/).filter(Boolean).map(rename).join(' ')}"`;
      })
      // Only selectors: in declarations `#abc` is a colour.
      .replace(/(<style[^>]*>)([\s\S]*?)(<\/style>)/g, (_, open: string, css: string, close) => {
        const scoped = css.replace(
          /(^|})([^{}]*)(?=\{)/g,
          (__, brace: string, selector: string) => {
            const next = selector.replace(/#((?:[\w-]|\\.)+)/g, (match, id: string) =>
              renamed.has(id) ? `#${renamed.get(id)}` : match,
            );
            return `${brace}${next}`;
          },
        );
        return `${open}${scoped}${close}`;
      })
  );
}

/**
 * Sets the root `<svg>`'s attributes for the page: `role="img"` with an `aria-label` (kept
 * alongside an `aria-labelledby` that mermaid set for an `accTitle`, which takes precedence),
 * and the size. The width follows the container (`width="100%"` from mermaid) up to the natural
 * width and, on a narrow screen, down to `MIN_SCALE` of it; the height follows from the viewBox, so the space is
 * reserved in the static HTML and nothing shifts.
 */
export function finishRootElement(svg: string, label: string, width: number): string {
  const match = /^<svg\b([^>]*)>/.exec(svg);
  if (!match) throw new Error(`not an SVG element: ${svg.slice(0, 40)}`);
  const attributes = new Map<string, string>();
  for (const [, name, value] of match[1].matchAll(/([^\s=]+)="([^"]*)"/g)) {
    attributes.set(name, value);
  }
  attributes.set('width', '100%');
  attributes.delete('height');
  attributes.set('role', 'img');
  attributes.set('aria-label', escapeAttribute(label));
  const natural = Math.ceil(width);
  // The floor is a custom property: custom.css applies it below the desktop breakpoint only.
  attributes.set(
    'style',
    `max-width:${natural}px;--mermaid-min-width:${Math.ceil(natural * MIN_SCALE)}px`,
  );
  const rebuilt = [...attributes].map(([name, value]) => ` ${name}="${value}"`).join('');
  return `<svg${rebuilt}>${svg.slice(match[0].length)}`;
}

/** Class names shared with `src/css/custom.css` and the search index's ignore list. */
export const MERMAID_CLASS = {
  box: 'mermaid-static',
  light: 'mermaid-static__light',
  dark: 'mermaid-static__dark',
} as const;

/**
 * The HTML inside a diagram's box: both copies, each in a wrapper that CSS shows or hides from
 * `html[data-theme]`. Whitespace after each `</text>`/`</foreignObject>` keeps the words of
 * neighbouring labels apart for the search index (which reads the text of the page) without
 * changing how the SVG looks.
 */
export function diagramHtml(copies: Readonly<Record<MermaidTheme, string>>): string {
  const spaced = (svg: string) => svg.replace(/<\/(text|foreignObject)>/g, '</$1>\n');
  return (
    `<div class="${MERMAID_CLASS.light}">${spaced(copies.light)}</div>` +
    `<div class="${MERMAID_CLASS.dark}">${spaced(copies.dark)}</div>`
  );
}
