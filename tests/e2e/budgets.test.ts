import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildDir, openSite, type Site } from './harness';
import {
  budgetPages,
  firstSearchBudget,
  pageBudgets,
  searchIndexBudget,
  type BudgetPage,
} from './budgets';
import { MERMAID_RUNTIME, measureFirstSearch, measurePage, type PageWeight } from './weight';

// Byte counts, not timings: the same build always gives the same numbers. Timings and Lighthouse
// scores live in `npm run bench`.

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

const KB = 1024;
const kb = (bytes: number): string => `${(bytes / KB).toFixed(1)} KB`;

/** A phone-sized viewport, as Lighthouse's mobile run uses: no sidebar, so no sidebar prefetches. */
const PHONE = { viewport: { width: 412, height: 823 }, isMobile: true, hasTouch: true };

const locales = [
  { name: 'zh-Hans', prefix: '' },
  { name: 'en', prefix: '/en' },
] as const;

const weights = new Map<string, PageWeight>();

async function weightOf(pagePath: string): Promise<PageWeight> {
  const known = weights.get(pagePath);
  if (known) return known;
  const context = await site.newContext(PHONE);
  const weight = await measurePage(context, pagePath);
  await context.close();
  weights.set(pagePath, weight);
  return weight;
}

function readBuilt(urlPath: string): string {
  return readFileSync(path.join(buildDir, urlPath), 'utf8');
}

for (const { name, prefix } of locales) {
  for (const role of Object.keys(budgetPages) as BudgetPage[]) {
    const pagePath = `${prefix}${budgetPages[role]}`;
    test(`${name} ${role} (${pagePath}) stays within its HTML, JS and CSS budget`, async () => {
      const weight = await weightOf(pagePath);
      const budget = pageBudgets[role];
      const over: string[] = [];
      for (const kind of ['html', 'js', 'css'] as const) {
        if (weight.bytes[kind] > budget[kind] * KB)
          over.push(`${kind} ${kb(weight.bytes[kind])} > ${budget[kind]} KB`);
      }
      assert.deepEqual(over, [], `scripts: ${weight.scripts.join(', ')}`);
    });
  }

  test(`${name}: no page under budget runs the Mermaid runtime`, async () => {
    const found: string[] = [];
    for (const role of Object.keys(budgetPages) as BudgetPage[]) {
      const weight = await weightOf(`${prefix}${budgetPages[role]}`);
      for (const script of weight.scripts) {
        if (MERMAID_RUNTIME.test(readBuilt(script))) found.push(`${role}: ${script}`);
      }
    }
    assert.deepEqual(found, []);
  });

  test(`${name}: a page without widgets loads no widget, chart, model or d3 code`, async () => {
    const weight = await weightOf(`${prefix}${budgetPages.withoutWidgets}`);
    const leaks: string[] = [];
    for (const script of weight.scripts) {
      const code = readBuilt(script);
      // Markers of the widget layer: WidgetFrame's attribute, d3-shape's path builder, and
      // the models' argument checks.
      for (const marker of ['"data-widget"', 'bezierCurveTo', 'responseTimeQuantile']) {
        if (code.includes(marker)) leaks.push(`${script} has ${marker}`);
      }
    }
    assert.deepEqual(leaks, []);
  });

  test(`${name}: KaTeX's stylesheet is linked only from pages with formulas`, async () => {
    const withMath = await weightOf(`${prefix}${budgetPages.withoutWidgets}`);
    const home = await weightOf(`${prefix}/`);
    assert.ok(
      withMath.stylesheets.some((href) => href.endsWith('/katex/katex.min.css')),
      `the preface has formulas and loads ${withMath.stylesheets.join(', ')}`,
    );
    assert.ok(
      !home.stylesheets.some((href) => href.includes('katex')),
      `the home page has no formula and loads ${home.stylesheets.join(', ')}`,
    );
  });

  test(`${name}: the search index stays within ${searchIndexBudget} KB gzip and holds no formula or widget text`, () => {
    const file = path.join(buildDir, prefix, 'search-index.json');
    assert.ok(existsSync(file), `${file} exists`);
    const raw = readFileSync(file);
    const gzip = gzipSync(raw, { level: 9 }).length;
    assert.ok(gzip <= searchIndexBudget * KB, `${kb(gzip)} > ${searchIndexBudget} KB`);
    const text = raw.toString('utf8');
    // KaTeX's MathML annotation carries the TeX source of every formula.
    for (const marker of ['\\frac', '\\lambda', 'katex']) {
      assert.ok(!text.includes(marker), `the index contains ${marker}`);
    }
    // Widget text: the titles of the widgets on the chapter under budget.
    const chapter = readBuilt(`${prefix}${budgetPages.withWidgets}.html`);
    const titles = [...chapter.matchAll(/<figcaption[^>]*>([^<]{8,})/g)]
      .map((m) => m[1])
      .filter((title) => !title.includes('&'));
    assert.ok(titles.length >= 2, `widget titles found in ${budgetPages.withWidgets}`);
    for (const title of titles) assert.ok(!text.includes(title), `the index contains "${title}"`);
  });

  test(`${name}: a first search downloads at most ${firstSearchBudget} KB`, async () => {
    const context = await site.newContext(PHONE);
    const weight = await measureFirstSearch(
      context,
      `${prefix}/`,
      name === 'en' ? 'latency' : '延迟',
    );
    await context.close();
    const total = weight.bytes.js + weight.bytes.other + weight.bytes.html + weight.prefetchJs;
    assert.ok(total > 0, 'the search fetched something (its index at least)');
    assert.ok(total <= firstSearchBudget * KB, `${kb(total)} > ${firstSearchBudget} KB`);
  });
}
