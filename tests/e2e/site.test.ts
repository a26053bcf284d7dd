import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import AxeBuilder from '@axe-core/playwright';
import { openSite, sitemapPaths, waitForHydration, watchConsole, type Site } from './harness';

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

test('both sitemaps list the home page and the preface in each locale', () => {
  const paths = sitemapPaths();
  for (const expected of ['/', '/docs/preface', '/en/', '/en/docs/preface']) {
    assert.ok(paths.includes(expected), `${expected} in ${paths.join(', ')}`);
  }
});

test('every page in the sitemaps loads and hydrates with no console error or warning', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  const messages = watchConsole(page);
  const failures: string[] = [];
  for (const path of sitemapPaths()) {
    messages.length = 0;
    const response = await page.goto(path, { waitUntil: 'load' });
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
    for (const message of messages) failures.push(`${path}: ${message}`);
  }
  await context.close();
  assert.deepEqual(failures, []);
});

test('at 375 px wide no page scrolls sideways', async () => {
  const context = await site.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  const failures: string[] = [];
  for (const path of sitemapPaths()) {
    await page.goto(path);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    if (scrollWidth > clientWidth)
      failures.push(`${path}: ${scrollWidth} px wide in a ${clientWidth} px viewport`);
  }
  await context.close();
  assert.deepEqual(failures, []);
});

test('switching language on a doc keeps the page and the #section, both ways', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto('/docs/preface#percentiles');
  await waitForHydration(page);
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.locator('.navbar__items--right .dropdown__menu a[lang="en"]').click();
  await page.waitForURL('**/en/docs/preface#percentiles');
  assert.equal(new URL(page.url()).pathname, '/en/docs/preface');
  assert.equal(new URL(page.url()).hash, '#percentiles');
  await page.locator('#percentiles').waitFor();
  assert.equal(await page.locator('h1').first().textContent(), 'Preface');

  await waitForHydration(page);
  await page.locator('.navbar__items--right .dropdown').hover();
  await page.locator('.navbar__items--right .dropdown__menu a[lang="zh-Hans"]').click();
  await page.waitForURL((url) => url.pathname === '/docs/preface' && url.hash === '#percentiles');
  assert.equal(await page.locator('h1').first().textContent(), '前言');
  await context.close();
});

for (const { locale, prefix, query, glossary } of [
  { locale: 'zh-Hans', prefix: '', query: '利特尔法则', glossary: '术语表' },
  { locale: 'en', prefix: '/en', query: "Little's law", glossary: 'Glossary' },
]) {
  test(`a ${locale} search for "${query}" leads to chapter 2 and lists the glossary entry`, async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(`${prefix}/`);
    await waitForHydration(page);
    const input = page.locator('input.navbar__search-input');
    await input.click();
    await input.pressSequentially(query, { delay: 30 });
    // Suggestions are options of a listbox, each ending with the path of the page it is on.
    const options = page.locator('[role="listbox"] [role="option"]');
    await options.first().waitFor({ timeout: 15_000 });
    assert.ok(
      (await options.filter({ hasText: glossary }).count()) >= 1,
      'the glossary term is indexed',
    );
    await options.first().click();
    await page.waitForURL((url) => url.pathname === `${prefix}/docs/01-foundations/02-key-metrics`);
    await context.close();
  });
}

for (const prefix of ['', '/en']) {
  test(`mermaid draws an svg and KaTeX renders on ${prefix || '/'} preface`, async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    await page.goto(`${prefix}/docs/preface`);
    await waitForHydration(page);
    // Drawn at build time (.mermaid-static), or in the browser when the build had no Chromium.
    const diagrams = '.mermaid-static__light svg, .docusaurus-mermaid-container svg';
    const diagram = page.locator(diagrams).first();
    await diagram.waitFor({ timeout: 20_000 });
    assert.equal(await page.locator(`:is(${diagrams})[aria-roledescription="error"]`).count(), 0);
    assert.ok((await diagram.locator('.node').count()) >= 8, 'the flowchart has its 8 parts');
    assert.ok(
      (await page.locator('.katex-display .katex-html').count()) >= 1,
      'display math rendered',
    );
    assert.equal(await page.locator('.katex-error').count(), 0);
    // KaTeX's fonts come from our own build.
    const fontOk = await page.evaluate(() => document.fonts.check('16px KaTeX_Main'));
    assert.ok(fontOk, 'KaTeX_Main font loaded');
    assert.deepEqual(messages, []);
    await context.close();
  });
}

for (const prefix of ['', '/en']) {
  test(`a grammar a page imports highlights its code, loaded directly or by client-side navigation (${prefix || '/'})`, async () => {
    // PromQL is not among prism-react-renderer's grammars: chapter 10 imports it itself
    // (src/lib/site/prism-languages.ts), so the preface and chapter 9 must not need it.
    const context = await site.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    const promqlTokens = page.locator('pre.language-promql .token');
    await page.goto(`${prefix}/docs/03-communication-and-data/10-message-queues`);
    await waitForHydration(page);
    assert.ok((await promqlTokens.count()) > 10, 'PromQL tokens in the server-rendered page');

    await page.goto(`${prefix}/docs/03-communication-and-data/09-databases-and-storage`);
    await waitForHydration(page);
    await page.locator('a.pagination-nav__link--next').click();
    await page.waitForURL(/10-message-queues$/);
    await promqlTokens.first().waitFor();
    assert.ok((await promqlTokens.count()) > 10, 'PromQL tokens after client-side navigation');
    assert.deepEqual(messages, []);
    await context.close();
  });
}

test('dark mode toggles and survives a reload', async () => {
  const context = await site.newContext({ colorScheme: 'light' });
  const page = await context.newPage();
  await page.goto('/docs/preface');
  await waitForHydration(page);
  const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
  assert.equal(await theme(), 'light');
  const toggle = page.locator('.navbar button[class*="toggleButton"]').first();
  await toggle.click();
  // The toggle cycles light -> dark (-> system in Docusaurus 3.10); click until dark.
  for (let i = 0; i < 2 && (await theme()) !== 'dark'; i++) await toggle.click();
  assert.equal(await theme(), 'dark');
  await page.reload();
  await waitForHydration(page);
  assert.equal(await theme(), 'dark');
  await context.close();
});

for (const path of ['/', '/docs/preface', '/en/', '/en/docs/preface']) {
  test(`axe finds no serious or critical violation on ${path}`, async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    await page.goto(path);
    await waitForHydration(page);
    await page.waitForLoadState('networkidle');
    const results = await new AxeBuilder({ page }).analyze();
    const bad = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join('; ')}`,
      );
    assert.deepEqual(bad, []);
    await context.close();
  });
}
