/**
 * `npm run pdf`: the whole book as one PDF per locale, from the built site (run `npm run build`
 * first). Each page of the sidebar, in reading order (preface, the chapters part by part, the
 * glossary), is loaded in the Chromium the browser tests use and left to hydrate, so Mermaid
 * diagrams and each widget's chart and reading exist; its article is then lifted into one print
 * document with the site's own stylesheets (so the print rules of src/css/custom.css apply),
 * behind a cover and a table of contents, and printed with page numbers in the footer.
 *
 * Chromium cannot put page numbers into a table of contents by itself (no target-counter()), so
 * the document is printed twice: the first PDF tells on which page each chapter's anchor landed
 * (its named destinations), the numbers go into the contents, and the second print is the book.
 *
 *   npm run pdf                          both locales -> build/pdf/distributed-performance-<locale>.pdf
 *   npm run pdf -- --locale en           one locale
 *   npm run pdf -- --only 01-foundations/02-key-metrics   one chapter (cover, contents, chapter)
 *   npm run pdf -- --port 4160           serve the build on a fixed port (default: any free one)
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import sidebars from '../sidebars';
import { bookTitle, chapterDocId, outline } from '../src/data/outline';
import { startStaticServer } from './static-server.mjs';
import { ensureChromium } from './chromium.mjs';
import { readPdf } from './pdf-reader';

export type Locale = 'zh-Hans' | 'en';
export const LOCALES: readonly Locale[] = ['zh-Hans', 'en'];

const root = path.resolve(__dirname, '..');
const PDF_BASENAME = 'distributed-performance';

/** Width of the printed text block in CSS px (A4, 18 mm margins): pages are laid out at it. */
const PAGE_MARGIN_MM = 18;
const TEXT_WIDTH_PX = Math.round(((210 - 2 * PAGE_MARGIN_MM) / 25.4) * 96);

const TEXT = {
  'zh-Hans': {
    contents: '目录',
    chapter: (n: number) => `第 ${n} 章`,
    online: '在线版（含可交互的图表和模型）：',
    printed: (date: string) => `本 PDF 由网站构建生成于 ${date}。`,
    license: '正文以 CC BY-SA 4.0 许可发布，代码以 MIT 许可发布。',
    widgetNote: '书中的交互图表在 PDF 中以默认参数打印；在线版可以拖动滑块。',
  },
  en: {
    contents: 'Contents',
    chapter: (n: number) => `Chapter ${n}`,
    online: 'Online edition, with the interactive charts and models: ',
    printed: (date: string) => `This PDF was generated from the site on ${date}.`,
    license: 'Text under CC BY-SA 4.0, code under the MIT license.',
    widgetNote:
      'The interactive charts are printed at their default settings; online, every slider moves.',
  },
} as const;

/** One printed unit: a doc page of the sidebar, or a part's title page. */
export type BookEntry =
  | {
      readonly kind: 'doc';
      readonly docId: string;
      readonly key: string;
      readonly chapter?: number;
    }
  | { readonly kind: 'part'; readonly key: string; readonly label: string };

/** Doc ids and parts in the sidebar's order, which is the book's reading order. */
export function readingOrder(locale: Locale): BookEntry[] {
  const chapterNumbers = new Map<string, number>();
  for (const part of outline)
    for (const chapter of part.chapters)
      chapterNumbers.set(chapterDocId(part, chapter), chapter.number);
  const englishLabels = JSON.parse(
    readFileSync(path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  const doc = (docId: string): BookEntry => ({
    kind: 'doc',
    docId,
    key: `doc-${docId.split('/').pop()}`,
    chapter: chapterNumbers.get(docId),
  });
  const entries: BookEntry[] = [];
  for (const item of sidebars.book as unknown[]) {
    if (typeof item === 'string') entries.push(doc(item));
    else {
      const category = item as { key: string; label: string; items: string[] };
      const label =
        locale === 'en'
          ? (englishLabels[`sidebar.book.category.${category.key}`]?.message ?? category.label)
          : category.label;
      entries.push({ kind: 'part', key: `part-${category.key}`, label });
      entries.push(...category.items.map(doc));
    }
  }
  return entries;
}

/** The site's public root (SITE_URL + BASE_URL of the build), from the home page's canonical link. */
export function publicRoot(buildDir: string): URL {
  const html = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const match = /rel=["']?canonical["']? href=["']?([^"'\s>]+)/.exec(html);
  if (!match)
    throw new Error(`${buildDir}/index.html has no canonical link: is it a Docusaurus build?`);
  return new URL(match[1]);
}

export interface PdfOptions {
  readonly locale: Locale;
  /** Doc ids to print (e.g. "01-foundations/02-key-metrics"); the whole book when absent. */
  readonly only?: readonly string[];
  readonly buildDir?: string;
  /** Where to write the PDF; build/pdf/<name>.pdf when absent. */
  readonly outFile?: string;
  /** A running Chromium to reuse; one is started (and closed) otherwise. */
  readonly browser?: Browser;
  /** Port of the static server; any free port when absent. */
  readonly port?: number;
  readonly log?: (message: string) => void;
}

export interface PdfResult {
  readonly file: string;
  readonly pages: number;
  readonly bytes: number;
  readonly seconds: number;
  /** Where each printed doc starts (1-based, as the footer numbers it). */
  readonly starts: readonly {
    readonly docId: string;
    readonly title: string;
    readonly page: number;
  }[];
  /** Problems that did not stop the print (a diagram that never rendered, a dangling link). */
  readonly warnings: readonly string[];
}

interface Extracted {
  readonly title: string;
  readonly html: string;
  readonly diagrams: number;
  readonly widgets: number;
}

/** Builds one locale's PDF. */
export async function buildPdf(options: PdfOptions): Promise<PdfResult> {
  const started = performance.now();
  const { locale, log = () => undefined } = options;
  const buildDir = path.resolve(options.buildDir ?? path.join(root, 'build'));
  if (!existsSync(path.join(buildDir, 'index.html')))
    throw new Error(`${buildDir} has no site: run \`npm run build\` before \`npm run pdf\``);
  const site = publicRoot(buildDir);
  const base = site.pathname.endsWith('/') ? site.pathname : `${site.pathname}/`;
  const localePath = locale === 'zh-Hans' ? '' : `${locale}/`;

  let entries = readingOrder(locale);
  if (options.only && options.only.length > 0) {
    const wanted = new Set(options.only);
    const unknown = options.only.filter(
      (id) => !entries.some((e) => e.kind === 'doc' && e.docId === id),
    );
    if (unknown.length > 0)
      throw new RangeError(`only: not a doc of the book: ${unknown.join(', ')}`);
    entries = entries.filter((e) => e.kind === 'doc' && wanted.has(e.docId));
  }
  const docs = entries.filter((e): e is Extract<BookEntry, { kind: 'doc' }> => e.kind === 'doc');

  const server = (await startStaticServer(buildDir, { port: options.port ?? 0, base })) as {
    url: string;
    close(): Promise<void>;
  };
  const browser =
    options.browser ??
    (await chromium.launch({
      executablePath: ensureChromium(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
    }));
  const warnings: string[] = [];
  // Laid out at the printed text width, so charts that measure their container draw at paper size.
  const context = await browser.newContext({
    viewport: { width: TEXT_WIDTH_PX + 32, height: 1000 },
    colorScheme: 'light',
    reducedMotion: 'reduce',
    serviceWorkers: 'block',
  });
  try {
    const local = `${server.url}${base}`;
    await context.addInitScript({ content: KEEP_NAMES_SHIM });
    const page = await context.newPage();
    const paths: Record<string, string> = {};
    for (const d of docs) paths[`${base}${localePath}docs/${d.docId}`] = d.key;

    const extracted = new Map<string, Extracted>();
    let stylesheets: string[] = [];
    for (const d of docs) {
      const url = `${local}${localePath}docs/${d.docId}`;
      const response = await page.goto(`${url}?docusaurus-theme=light`);
      if (!response || response.status() !== 200)
        throw new Error(`${url} answered ${response?.status()}: is the build complete?`);
      await page.waitForFunction(
        () => document.documentElement.getAttribute('data-has-hydrated') === 'true',
        undefined,
        { timeout: 30_000 },
      );
      const expected = countDiagrams(locale, d.docId);
      await settle(page, expected).catch(() => undefined);
      const result = await page.evaluate(extractArticle, {
        key: d.key,
        paths,
        localRoot: local,
        publicRoot: site.href,
        diagramSelector: DIAGRAM_SELECTOR,
      });
      if (result.diagrams < expected)
        warnings.push(
          `${d.docId}: ${expected} diagram(s) in the source, ${result.diagrams} rendered`,
        );
      extracted.set(d.key, result);
      if (stylesheets.length === 0) {
        stylesheets = await page.$$eval('link[rel="stylesheet"]', (links) =>
          links.map((l) => (l as HTMLLinkElement).href),
        );
      }
      log(`  ${locale} ${d.docId}: ${result.diagrams} diagram(s), ${result.widgets} widget(s)`);
    }

    const date = new Date().toISOString().slice(0, 10);
    const html = assemble({ locale, entries, extracted, stylesheets, site, date });
    const printPage = await context.newPage();
    await printPage.setContent(html, { waitUntil: 'load' });
    await printPage.evaluate(KEEP_NAMES_SHIM);
    await printPage.evaluate(() => document.fonts.ready.then(() => undefined));
    warnings.push(...(await printPage.evaluate(danglingLinks)));

    // Print, read where each entry landed, number the contents; again until the numbers hold.
    const targets = entries.map((e) => e.key);
    let pdf = await print(printPage);
    let starts = readPdf(pdf).destinations();
    let stable = false;
    for (let pass = 0; pass < 3 && !stable; pass += 1) {
      const numbers = Object.fromEntries(targets.map((key) => [key, (starts.get(key) ?? -1) + 1]));
      await printPage.evaluate(fillContents, numbers);
      pdf = await print(printPage);
      const after = readPdf(pdf).destinations();
      stable = targets.every((key) => after.get(key) === starts.get(key));
      starts = after;
    }
    if (!stable) warnings.push('the contents page numbers did not settle after 3 prints');
    const missing = targets.filter((key) => !starts.has(key));
    if (missing.length > 0) throw new Error(`the PDF lost the anchors of ${missing.join(', ')}`);

    const name =
      options.only && options.only.length > 0
        ? `${PDF_BASENAME}-${locale}-${docs.map((d) => d.key.replace(/^doc-/, '')).join('+')}`
        : `${PDF_BASENAME}-${locale}`;
    const file = path.resolve(options.outFile ?? path.join(buildDir, 'pdf', `${name}.pdf`));
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, pdf);
    return {
      file,
      pages: readPdf(pdf).pageCount,
      bytes: statSync(file).size,
      seconds: (performance.now() - started) / 1000,
      starts: docs.map((d) => ({
        docId: d.docId,
        title: extracted.get(d.key)?.title ?? d.docId,
        page: (starts.get(d.key) ?? -1) + 1,
      })),
      warnings,
    };
  } finally {
    await context.close();
    if (!options.browser) await browser.close();
    await server.close();
  }
}

// tsx compiles with esbuild's keepNames, which wraps named functions in a __name() helper that
// does not exist in the page the functions below are sent to.
const KEEP_NAMES_SHIM = 'globalThis.__name = (fn) => fn;';

function print(page: Page): Promise<Buffer> {
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    // Bookmarks from the headings, and a tagged (accessible) PDF, which they need: about 20 %
    // larger than an untagged one.
    outline: true,
    tagged: true,
  });
}

/** Mermaid blocks in the doc's source for this locale: how many diagrams the page should show. */
function countDiagrams(locale: Locale, docId: string): number {
  const dir =
    locale === 'zh-Hans'
      ? path.join(root, 'docs')
      : path.join(root, 'i18n', locale, 'docusaurus-plugin-content-docs', 'current');
  for (const ext of ['.mdx', '.md']) {
    const file = path.join(dir, `${docId}${ext}`);
    if (existsSync(file))
      return (readFileSync(file, 'utf8').match(/^\s*```mermaid\b/gm) ?? []).length;
  }
  return 0;
}

/**
 * A drawn Mermaid diagram, whether the browser renders it (Docusaurus' container) or the build
 * does: Mermaid marks every SVG it makes with aria-roledescription and an id of its own.
 */
const DIAGRAM_SELECTOR =
  '.docusaurus-mermaid-container svg, [class*="mermaid"] svg, svg[aria-roledescription], svg[id^="mermaid"]';

/**
 * Waits until the diagrams have drawn (however they are produced: an svg inside a Mermaid
 * container) and every widget shows a reading, then two frames for charts that re-measure
 * their width after hydration.
 */
async function settle(page: Page, diagrams: number): Promise<void> {
  await page.waitForFunction(
    ({ expected, selector }) => {
      // Inside the article only: Mermaid draws each diagram in a scratch element of <body> first.
      const drawn =
        document.querySelector('.theme-doc-markdown')?.querySelectorAll(selector).length ?? 0;
      const readings = [...document.querySelectorAll('[data-widget] [data-reading]')];
      return drawn >= expected && readings.every((r) => (r.textContent ?? '').trim() !== '');
    },
    { expected: diagrams, selector: DIAGRAM_SELECTOR },
    { timeout: 20_000 },
  );
  await page.evaluate(
    () =>
      new Promise<void>((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => resolve())),
      ),
  );
}

/**
 * Runs in the page: a copy of the doc's article made self-contained for the book. Ids get the
 * doc's key as a prefix (two chapters may both have #references, and Mermaid's ids, which its
 * own <style> and markers point at, repeat between pages); links to other printed docs become
 * links inside the PDF, links to the rest of the site go to the public site, and everything that
 * only makes sense on screen is dropped.
 */
function extractArticle({
  key,
  paths,
  localRoot,
  publicRoot: publicSite,
  diagramSelector,
}: {
  key: string;
  paths: Record<string, string>;
  localRoot: string;
  publicRoot: string;
  diagramSelector: string;
}): Extracted {
  const source = document.querySelector('.theme-doc-markdown');
  if (!source) throw new Error(`${location.pathname}: no .theme-doc-markdown`);
  const article = source.cloneNode(true) as HTMLElement;
  const title = (article.querySelector('h1')?.textContent ?? document.title).trim();

  for (const el of article.querySelectorAll('a.hash-link, .theme-code-block button')) el.remove();
  for (const details of article.querySelectorAll('details')) details.setAttribute('open', '');
  for (const img of article.querySelectorAll('img')) {
    img.setAttribute('src', img.src);
    img.removeAttribute('srcset');
    img.removeAttribute('loading');
  }

  const ids = new Map<string, string>();
  for (const el of article.querySelectorAll('[id]')) {
    const renamed = `${key}__${el.id}`;
    ids.set(el.id, renamed);
    el.id = renamed;
  }
  const mapId = (id: string): string => ids.get(id) ?? id;
  const inLocal = (url: URL): boolean => url.href.startsWith(localRoot);

  for (const a of article.querySelectorAll('a[href]')) {
    const raw = a.getAttribute('href') ?? '';
    if (raw.startsWith('#')) {
      a.setAttribute('href', `#${mapId(decodeURIComponent(raw.slice(1)))}`);
      continue;
    }
    const url = new URL(raw, location.href);
    if (inLocal(url)) {
      const pathname = url.pathname.replace(/\.html$/, '').replace(/\/$/, '');
      const target = paths[pathname];
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (target) a.setAttribute('href', fragment ? `#${target}__${fragment}` : `#${target}`);
      else a.setAttribute('href', publicSite + url.href.slice(localRoot.length));
    }
    const text = (a.textContent ?? '').trim();
    const href = a.getAttribute('href') ?? '';
    if (text === href || text === href.replace(/^https?:\/\//, '').replace(/\/$/, ''))
      a.classList.add('pdf-bare-link');
  }

  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const byLength = [...ids.keys()].sort((a, b) => b.length - a.length);
  for (const el of article.querySelectorAll('*')) {
    for (const { name, value } of [...el.attributes]) {
      if (el.tagName.toLowerCase() !== 'a' && /^(xlink:)?href$/.test(name) && value.startsWith('#'))
        el.setAttribute(name, `#${mapId(value.slice(1))}`);
      else if (
        /^(aria-labelledby|aria-describedby|aria-controls|aria-owns|for|headers)$/.test(name)
      )
        el.setAttribute(name, value.split(/\s+/).map(mapId).join(' '));
      else if (value.includes('url(#'))
        el.setAttribute(
          name,
          value.replace(
            /url\((['"]?)#([^'")]+)\1\)/g,
            (_, q: string, id: string) => `url(${q}#${mapId(id)}${q})`,
          ),
        );
    }
  }
  for (const style of article.querySelectorAll('style')) {
    let css = style.textContent ?? '';
    for (const id of byLength) {
      if (css.includes(id))
        css = css.replace(new RegExp(`#${escape(id)}(?![\\w-])`, 'g'), `#${ids.get(id)}`);
    }
    style.textContent = css;
  }

  return {
    title,
    html: article.outerHTML,
    diagrams: article.querySelectorAll(diagramSelector).length,
    widgets: article.querySelectorAll('[data-widget]').length,
  };
}

/** Runs in the print document: links to an id that is not in it. */
function danglingLinks(): string[] {
  const out: string[] = [];
  for (const a of document.querySelectorAll('a[href^="#"]')) {
    const id = decodeURIComponent((a.getAttribute('href') ?? '').slice(1));
    if (id && !document.getElementById(id)) out.push(`link to #${id} has no target in the PDF`);
  }
  return out;
}

/** Runs in the print document: writes the page numbers into the table of contents. */
function fillContents(numbers: Record<string, number>): void {
  for (const cell of document.querySelectorAll<HTMLElement>('[data-page-of]')) {
    const n = numbers[cell.dataset.pageOf ?? ''];
    cell.textContent = n && n > 0 ? String(n) : '';
  }
}

function escapeHtml(text: string): string {
  return text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );
}

function assemble({
  locale,
  entries,
  extracted,
  stylesheets,
  site,
  date,
}: {
  locale: Locale;
  entries: readonly BookEntry[];
  extracted: ReadonlyMap<string, Extracted>;
  stylesheets: readonly string[];
  site: URL;
  date: string;
}): string {
  const t = TEXT[locale];
  const [mainTitle, subtitle] = bookTitle[locale].split(locale === 'en' ? ': ' : '：');
  const other: Locale = locale === 'en' ? 'zh-Hans' : 'en';
  const onlineUrl = `${site.href}${locale === 'zh-Hans' ? '' : `${locale}/`}`;
  // A placeholder as wide as the widest number, so numbering the contents moves nothing.
  const placeholder = '000';

  const contents = entries
    .map((entry) => {
      if (entry.kind === 'part')
        return `<li class="pdf-toc-part"><a href="#${entry.key}"><span class="pdf-toc-label">${escapeHtml(entry.label)}</span><span class="pdf-toc-page" data-page-of="${entry.key}">${placeholder}</span></a></li>`;
      const doc = extracted.get(entry.key);
      const number = entry.chapter
        ? `<span class="pdf-toc-number">${t.chapter(entry.chapter)}</span>`
        : '';
      return `<li class="pdf-toc-doc${entry.chapter ? ' pdf-toc-chapter' : ''}"><a href="#${entry.key}"><span class="pdf-toc-label">${number}${escapeHtml(doc?.title ?? entry.docId)}</span><span class="pdf-toc-dots"></span><span class="pdf-toc-page" data-page-of="${entry.key}">${placeholder}</span></a></li>`;
    })
    .join('\n');

  const body = entries
    .map((entry) => {
      if (entry.kind === 'part')
        return `<section class="pdf-part" id="${entry.key}"><h1 class="pdf-part-title">${escapeHtml(entry.label)}</h1></section>`;
      const doc = extracted.get(entry.key);
      const eyebrow = entry.chapter ? `<p class="pdf-eyebrow">${t.chapter(entry.chapter)}</p>` : '';
      return `<section class="pdf-doc" id="${entry.key}">${eyebrow}${doc?.html ?? ''}</section>`;
    })
    .join('\n');

  return `<!doctype html>
<html lang="${locale}" dir="ltr" data-theme="light">
<head>
<meta charset="utf-8">
<title>${escapeHtml(bookTitle[locale])}</title>
${stylesheets.map((href) => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${BOOK_CSS}</style>
</head>
<body>
<section class="pdf-cover">
  <p class="pdf-cover-title">${escapeHtml(mainTitle)}</p>
  ${subtitle ? `<p class="pdf-cover-subtitle">${escapeHtml(subtitle)}</p>` : ''}
  <p class="pdf-cover-other" lang="${other}">${escapeHtml(bookTitle[other])}</p>
  <div class="pdf-cover-notes">
    <p>${escapeHtml(t.online)}<a href="${escapeHtml(onlineUrl)}" class="pdf-bare-link">${escapeHtml(onlineUrl)}</a></p>
    <p>${escapeHtml(t.widgetNote)}</p>
    <p>${escapeHtml(t.printed(date))} ${escapeHtml(t.license)}</p>
  </div>
</section>
<nav class="pdf-toc" aria-labelledby="pdf-toc-title">
  <h1 id="pdf-toc-title">${escapeHtml(t.contents)}</h1>
  <ol>${contents}</ol>
</nav>
<main class="pdf-book">${body}</main>
</body>
</html>`;
}

/** The book's own print rules, on top of the site's stylesheets and their @media print block. */
const BOOK_CSS = `
@page {
  size: A4;
  margin: ${PAGE_MARGIN_MM}mm ${PAGE_MARGIN_MM}mm 20mm;
  @bottom-center {
    content: counter(page);
    font: 9pt system-ui, sans-serif;
    color: #555;
  }
}
@page cover {
  @bottom-center { content: none; }
}
:root { --ifm-font-size-base: 15px; }
body { margin: 0; background: #fff; }
.pdf-cover {
  page: cover;
  display: flex;
  flex-direction: column;
  justify-content: center;
  min-height: 240mm;
  break-after: page;
}
.pdf-cover-title { font-size: 2.2rem; font-weight: 800; line-height: 1.25; margin: 0 0 0.75rem; }
.pdf-cover-subtitle { font-size: 1.5rem; font-weight: 600; margin: 0 0 2rem; color: var(--ifm-color-primary-darkest); }
.pdf-cover-other { font-size: 1.05rem; color: #444; margin: 0 0 4rem; }
.pdf-cover-notes { font-size: 0.85rem; color: #444; border-top: 1px solid #ccc; padding-top: 1rem; }
.pdf-cover-notes p { margin: 0 0 0.4rem; }
.pdf-toc { break-after: page; }
.pdf-toc h1 { font-size: 1.8rem; margin-bottom: 1.5rem; }
.pdf-toc ol { list-style: none; padding: 0; margin: 0; }
.pdf-toc li { margin: 0; padding: 0.18rem 0; break-inside: avoid; }
.pdf-toc a { display: flex; align-items: baseline; gap: 0.4rem; color: inherit; text-decoration: none; }
.pdf-toc-part { font-weight: 700; margin-top: 0.7rem !important; }
.pdf-toc-part .pdf-toc-label { flex: 1; }
.pdf-toc-chapter { padding-left: 1.25rem !important; }
.pdf-toc-number { display: inline-block; min-width: 5.2em; color: #555; font-variant-numeric: tabular-nums; }
.pdf-toc-dots { flex: 1; border-bottom: 1px dotted #999; transform: translateY(-0.3em); }
.pdf-toc-page { min-width: 2.2em; text-align: right; font-variant-numeric: tabular-nums; }
.pdf-part {
  break-before: page;
  break-after: page;
  padding-top: 70mm;
}
.pdf-part-title { font-size: 2rem; line-height: 1.3; }
.pdf-doc { break-before: page; }
.pdf-eyebrow {
  margin: 0 0 0.25rem;
  font-weight: 600;
  color: var(--ifm-color-primary-darkest);
  letter-spacing: 0.02em;
}
.pdf-doc .markdown > header h1, .pdf-doc .markdown h1:first-child { margin-top: 0; }
.pdf-book a.pdf-bare-link::after, .pdf-cover a::after { content: none !important; }
`;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const values = (flag: string): string[] =>
    args.flatMap((arg, i) => (arg === flag && args[i + 1] ? args[i + 1].split(',') : []));
  const unknownLocale = values('--locale').find((l) => !LOCALES.includes(l as Locale));
  if (unknownLocale) {
    console.error(`--locale: one of ${LOCALES.join(', ')}, not ${unknownLocale}`);
    process.exit(2);
  }
  const locales = values('--locale').length > 0 ? (values('--locale') as Locale[]) : LOCALES;
  const only = values('--only');
  const port = values('--port')[0];
  const browser = await chromium.launch({
    executablePath: ensureChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'],
  });
  let failed = false;
  try {
    for (const locale of locales) {
      const result = await buildPdf({
        locale,
        only,
        browser,
        port: port ? Number(port) : undefined,
        log: (message) => console.log(message),
      });
      for (const warning of result.warnings) console.warn(`warning: ${warning}`);
      console.log(
        `${path.relative(root, result.file)}: ${result.pages} pages, ${(result.bytes / 1e6).toFixed(1)} MB, ${result.seconds.toFixed(0)} s`,
      );
    }
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    failed = true;
  } finally {
    await browser.close();
  }
  process.exit(failed ? 1 : 0);
}

if (require.main === module) void main();
