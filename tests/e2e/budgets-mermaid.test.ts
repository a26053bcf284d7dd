import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { buildDir, openSite, waitForHydration, watchConsole, type Site } from './harness';

// Diagrams are drawn at build time (src/lib/site/mermaid): the static HTML carries a light and a
// dark SVG of each, and no page loads mermaid. These are budgets: a build that falls back to
// rendering in the browser (no Chromium, MERMAID_RENDER=client) fails them on purpose.

/**
 * Strings of mermaid's runtime that survive minification and never appear in a rendered SVG:
 * its API's option name, the error for an unknown diagram, and its parser's library.
 */
const MERMAID_RUNTIME_MARKERS = ['startOnLoad', 'No diagram type detected', 'langium'];

const chapterOne = 'docs/01-foundations/01-why-performance';
const pages = [
  { path: '/docs/preface', diagrams: 1 },
  { path: `/${chapterOne}`, diagrams: 2 },
  { path: '/en/docs/preface', diagrams: 1 },
  { path: `/en/${chapterOne}`, diagrams: 2 },
];

function staticHtml(pagePath: string): string {
  return readFileSync(path.join(buildDir, `${pagePath.replace(/^\//, '')}.html`), 'utf8');
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.js'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

for (const { path: pagePath, diagrams } of pages) {
  test(`${pagePath}: the static HTML has each diagram as a light and a dark SVG with a text alternative`, () => {
    // The HTML is minified (unquoted attributes): read it with a parser, not patterns.
    const { document } = new JSDOM(staticHtml(pagePath)).window;
    assert.equal(document.querySelectorAll('.mermaid-static').length, diagrams);
    for (const theme of ['light', 'dark']) {
      const copies = document.querySelectorAll(`.mermaid-static > .mermaid-static__${theme} > svg`);
      assert.equal(copies.length, diagrams, `${theme} copies`);
      for (const svg of copies) {
        assert.equal(svg.getAttribute('role'), 'img');
        assert.ok((svg.getAttribute('aria-label') ?? '').length >= 12, 'a label in words');
        assert.match(svg.getAttribute('viewBox') ?? '', /^[\d.-]+ [\d.-]+ [\d.]+ [\d.]+$/);
        assert.ok(svg.querySelector('style'), 'its own stylesheet');
      }
    }
    assert.equal(document.querySelectorAll('pre code.language-mermaid').length, 0);
    assert.equal(document.querySelectorAll('.docusaurus-mermaid-container').length, 0);
    // Two copies of a diagram on one page share no id (or the second's CSS and arrows break).
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    const repeated = ids.filter((id, i) => ids.indexOf(id) !== i);
    assert.deepEqual([...new Set(repeated)], []);
    assert.ok(ids.filter((id) => id.startsWith('mermaid-')).length >= diagrams * 2);
  });
}

test('no JavaScript file of the build contains mermaid’s runtime', () => {
  const files = jsFiles(path.join(buildDir, 'assets', 'js'));
  assert.ok(files.length > 10, `${files.length} bundles`);
  const offenders = files.flatMap((file) => {
    const code = readFileSync(file, 'utf8');
    return MERMAID_RUNTIME_MARKERS.filter((marker) => code.includes(marker)).map(
      (marker) => `${path.relative(buildDir, file)}: ${marker}`,
    );
  });
  assert.deepEqual(offenders, []);
});

test('chapter 1 loads no mermaid code and shows the copy of the current colour mode', async () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    const context = await site.newContext({ colorScheme });
    const page = await context.newPage();
    const messages = watchConsole(page);
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.text());
    });
    await page.goto(`/${chapterOne}`);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    for (const code of await Promise.all(scripts)) {
      for (const marker of MERMAID_RUNTIME_MARKERS) assert.ok(!code.includes(marker), marker);
    }
    assert.ok(scripts.length > 0);
    const other = colorScheme === 'light' ? 'dark' : 'light';
    const shown = page.locator(`.mermaid-static__${colorScheme} svg`);
    assert.equal(await shown.count(), 2);
    for (const svg of await shown.all()) {
      assert.ok(await svg.isVisible());
      const box = await svg.boundingBox();
      assert.ok(box && box.width > 200 && box.height > 100, JSON.stringify(box));
    }
    assert.equal(await page.locator(`.mermaid-static__${other} svg`).first().isVisible(), false);
    // The labels are text in the page: a reader can select and find them.
    assert.match((await shown.first().textContent()) ?? '', /用户请求/);
    assert.deepEqual(messages, []);
    await context.close();
  }
});

test('without JavaScript the diagram is there, sized, and print shows the light copy', async () => {
  const context = await site.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto('/docs/preface');
  const svg = page.locator('.mermaid-static svg:visible');
  assert.equal(await svg.count(), 1);
  const box = await svg.boundingBox();
  assert.ok(box && box.width > 300 && box.height > 50, JSON.stringify(box));
  // Paper is white, whatever the screen's mode.
  await page.evaluate(() => document.documentElement.setAttribute('data-theme', 'dark'));
  await page.emulateMedia({ media: 'print' });
  assert.ok(await page.locator('.mermaid-static__light svg').isVisible());
  assert.equal(await page.locator('.mermaid-static__dark svg').isVisible(), false);
  await context.close();
});

test('at 375 px a wide diagram scrolls inside its box, not the page', async () => {
  const context = await site.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto('/docs/preface');
  await waitForHydration(page);
  const sizes = await page.evaluate(() => {
    const box = document.querySelector('.mermaid-static') as HTMLElement;
    return {
      page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
      box: box.scrollWidth - box.clientWidth,
    };
  });
  assert.equal(sizes.page, 0, 'the page does not scroll sideways');
  assert.ok(sizes.box > 0, 'the preface diagram keeps a readable size and scrolls');
  await context.close();
});
