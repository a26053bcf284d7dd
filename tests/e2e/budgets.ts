/**
 * Page-weight budgets, in KB of gzip as the compressing static server sends them (1 KB = 1024
 * bytes), checked by budgets.test.ts against the built site. The one place to change them.
 *
 * Set on 2026-11-28 from a build without the Mermaid runtime (diagrams rendered at build time),
 * at a 412 px phone viewport, with 3 to 4 % of headroom; `npm run bench` compares with stock
 * Docusaurus (bench/results/site.md). For scale, a bare stock Docusaurus 3.10.2 docs page runs
 * 172 KB of JavaScript measured the same way; the goal for a page without widgets is at most 1.1
 * times that.
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
  // Measured 69.9 / 63.6 KB HTML (the diagrams' inline SVG included), 279.1 / 271.1 KB JS,
  // 22.2 KB CSS (zh-Hans / en), with the search bar loading on demand, the widgets' English
  // strings inlined into their chunks and code grammars in the pages using them (290.7 / 297.2 KB
  // JS before those three).
  withWidgets: { html: 74, js: 289, css: 24 },
  // Measured 13.0 / 11.8 KB HTML, 195.4 / 194.2 KB JS, 22.2 KB CSS (210.9 / 222.9 KB JS before).
  // The goal is 1.1 times the bare stock page (189 KB); of the 23 KB over stock, about 12 KB are
  // the preface's own text (its MDX chunk) and the book's sidebar, which a one-page site lacks.
  withoutWidgets: { html: 14, js: 203, css: 24 },
  // Measured 10.5 / 9.8 KB HTML, 189.7 / 190.1 KB JS, 18.8 KB CSS (no KaTeX stylesheet); 204.9 /
  // 218.8 KB JS before.
  home: { html: 12, js: 197, css: 20 },
};

/**
 * Everything a first search downloads (index, search code), per locale. Measured 1,967 KB (zh-Hans)
 * and 1,747 KB (en), 36 KB of it the search code that loads on demand; the rest is the lunr index
 * of the whole book with the term positions the result highlighting needs. The goal is about
 * 300 KB, which needs the index split or loaded lazily; until then this budget only stops it from
 * growing.
 */
export const firstSearchBudget = 2_100;

/** The search index file alone, per locale (measured 1,927 KB and 1,713 KB gzip). */
export const searchIndexBudget = 2_000;
