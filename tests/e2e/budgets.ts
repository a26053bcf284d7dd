/**
 * Page-weight budgets, in KB of gzip as the compressing static server sends them (1 KB = 1024
 * bytes), checked by budgets.test.ts against the built site. The one place to change them.
 *
 * Set on 2026-11-28 from a build without the Mermaid runtime (diagrams rendered at build time),
 * at a 412 px phone viewport, with a few percent of headroom; `npm run bench` compares with stock Docusaurus. For
 * scale, a bare stock Docusaurus 3.10.2 docs page runs about 180 KB of JavaScript; the goal for a
 * page without widgets is at most 1.1 times that.
 */
export interface PageBudget {
  readonly html: number;
  readonly js: number;
  readonly css: number;
}

/** The pages under budget, by role; each is checked in both locales (`/` and `/en`). */
export const budgetPages = {
  /** A chapter with diagrams, formulas and several widgets. */
  withWidgets: '/docs/01-foundations/02-key-metrics',
  /** A page with a diagram and formulas and no widget. */
  withoutWidgets: '/docs/preface',
  /** The home page (one widget). */
  home: '/',
} as const;

export type BudgetPage = keyof typeof budgetPages;

export const pageBudgets: Readonly<Record<BudgetPage, PageBudget>> = {
  // Measured 69.9 / 63.6 KB HTML (the diagrams' inline SVG included), 290.7 / 282.8 KB JS,
  // 22.1 KB CSS (zh-Hans / en) after merging offline reading and build-time Mermaid and moving
  // the widgets' strings out of the main bundle.
  withWidgets: { html: 74, js: 300, css: 24 },
  // Measured 13.1 / 11.8 KB HTML, 210.9 / 209.7 KB JS, 22.1 KB CSS. The goal is 1.1 times the
  // bare stock page (about 198 KB): lower `js` as the shared bundle shrinks. The locales weigh
  // the same since the widgets' strings are inlined into the widgets' own chunks
  // (src/lib/site/inline-translations.ts) instead of shipping in every English page's main bundle.
  withoutWidgets: { html: 14, js: 220, css: 24 },
  // Measured 10.6 / 9.9 KB HTML, 204.9 / 205.3 KB JS, 18.7 KB CSS (no KaTeX stylesheet).
  home: { html: 12, js: 214, css: 20 },
};

/**
 * Everything a first search downloads (index, search code), per locale. Measured 1,960 to 2,029 KB
 * (zh-Hans, with the diagram labels now indexed) and 1,740 KB (en): the lunr index of the whole book with the term positions the result
 * highlighting needs. The goal is about 300 KB, which needs the index split or loaded lazily; until
 * then this budget only stops it from growing.
 */
export const firstSearchBudget = 2_100;

/** The search index file alone, per locale (measured 1,927 KB and 1,713 KB gzip). */
export const searchIndexBudget = 2_000;
