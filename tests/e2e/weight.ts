/**
 * Page weight as a reader receives it, from the compressing static server: the gzip bytes of
 * every file a page load fetches until the network is idle after hydration, per kind. These are
 * byte counts of the build, not timings, so the same build gives the same figures on every run;
 * the budgets test and `npm run bench` both use this module.
 */
import type { BrowserContext, Page, Response } from 'playwright-core';

export type Kind = 'html' | 'js' | 'css' | 'font' | 'other';

export interface PageWeight {
  /** Gzip bytes the page itself loads, per kind (each URL counted once). */
  readonly bytes: Readonly<Record<Kind, number>>;
  /**
   * Gzip bytes of JavaScript fetched only as a prefetch for links in view (Docusaurus prefetches
   * the chunks of every visible link's page); not run by this page, so reported apart.
   */
  readonly prefetchJs: number;
  /** Paths of the JavaScript files the page runs. */
  readonly scripts: readonly string[];
  /** Paths of the stylesheets it loads. */
  readonly stylesheets: readonly string[];
}

function kindOf(response: Response): Kind {
  const type = response.headers()['content-type'] ?? '';
  const resourceType = response.request().resourceType();
  if (resourceType === 'document' || type.startsWith('text/html')) return 'html';
  if (type.includes('javascript')) return 'js';
  if (type.startsWith('text/css')) return 'css';
  if (type.startsWith('font/')) return 'font';
  return 'other';
}

/** Transferred body bytes of a response: the server's content-length, the gzip size for text. */
async function transferred(response: Response): Promise<number> {
  const length = Number(response.headers()['content-length']);
  return Number.isFinite(length) ? length : (await response.body()).length;
}

/** Collects every response of `page` from now on; call the returned function to total them. */
export function recordResponses(page: Page): () => Promise<PageWeight> {
  const seen = new Map<string, { kind: Kind; bytes: number; ran: boolean }>();
  const pending: Promise<void>[] = [];
  page.on('response', (response) => {
    pending.push(
      (async () => {
        const url = new URL(response.url());
        if (url.protocol === 'data:') return;
        const key = url.pathname;
        const kind = kindOf(response);
        // A prefetch has resource type "other"; the same file later run as a script counts once.
        const ran = response.request().resourceType() !== 'other' || kind !== 'js';
        const bytes = await transferred(response);
        const known = seen.get(key);
        seen.set(key, { kind, bytes, ran: ran || (known?.ran ?? false) });
      })(),
    );
  });
  return async () => {
    await Promise.all(pending);
    const bytes: Record<Kind, number> = { html: 0, js: 0, css: 0, font: 0, other: 0 };
    let prefetchJs = 0;
    const scripts: string[] = [];
    const stylesheets: string[] = [];
    for (const [path, entry] of seen) {
      if (entry.kind === 'js' && !entry.ran) {
        prefetchJs += entry.bytes;
        continue;
      }
      bytes[entry.kind] += entry.bytes;
      if (entry.kind === 'js') scripts.push(path);
      if (entry.kind === 'css') stylesheets.push(path);
    }
    return { bytes, prefetchJs, scripts: scripts.sort(), stylesheets: stylesheets.sort() };
  };
}

/** Resolves once React has hydrated the page (Docusaurus marks <html> then). */
async function hydrated(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-has-hydrated') === 'true',
    undefined,
    { timeout: 30_000 },
  );
}

/**
 * Loads `path` in a fresh tab of `context` and totals what it fetched once React has hydrated and
 * the network has been idle for 500 ms.
 */
export async function measurePage(context: BrowserContext, path: string): Promise<PageWeight> {
  const page = await context.newPage();
  const total = recordResponses(page);
  await page.goto(path, { waitUntil: 'load' });
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const weight = await total();
  await page.close();
  return weight;
}

/**
 * The bytes a reader's first search downloads: opens `path`, then focuses the navbar search box
 * and types `query` (which makes the search plugin fetch its index and code), and totals only what
 * was fetched after the page itself had loaded. `input` is the search box's CSS selector.
 */
export async function measureFirstSearch(
  context: BrowserContext,
  path: string,
  query: string,
  input = 'input.navbar__search-input',
): Promise<PageWeight> {
  const page = await context.newPage();
  await page.goto(path, { waitUntil: 'load' });
  await hydrated(page);
  await page.waitForLoadState('networkidle');
  const total = recordResponses(page);
  const box = page.locator(input).first();
  await box.click();
  await box.pressSequentially(query, { delay: 30 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  await page.waitForLoadState('networkidle');
  const weight = await total();
  await page.close();
  return weight;
}

/** Whether any of the given script bodies contains the Mermaid runtime. */
export const MERMAID_RUNTIME = /mermaidAPI|Syntax error in text|@mermaid-js\/parser/;
