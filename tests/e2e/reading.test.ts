import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import sidebars from '../../sidebars';
import { readingTimeOfMdx } from '../../src/lib/site/reading-time';
import { buildDir, openSite, waitForHydration, type Site } from './harness';

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

const root = path.join(__dirname, '../..');
const chapter = '01-foundations/02-key-metrics';

for (const { locale, prefix, file, minutes, updated } of [
  {
    locale: 'zh-Hans',
    prefix: '',
    file: `docs/${chapter}.mdx`,
    minutes: (n: number) => `阅读时间约 ${n} 分钟`,
    updated: /最后.*更新/,
  },
  {
    locale: 'en',
    prefix: '/en',
    file: `i18n/en/docusaurus-plugin-content-docs/current/${chapter}.mdx`,
    minutes: (n: number) => `${n} min read`,
    updated: /Last updated/,
  },
]) {
  test(`${locale}: a chapter shows its reading time under the title and its last update`, async () => {
    const expected = readingTimeOfMdx(readFileSync(path.join(root, file), 'utf8')).minutes;
    assert.ok(expected >= 10, `a full chapter reads in more than 10 minutes, not ${expected}`);
    const context = await site.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${prefix}/docs/${chapter}`);
    await waitForHydration(page);
    const reading = page.locator('article header h1 + .book-reading-time');
    assert.equal(await reading.textContent(), minutes(expected));

    const lastUpdated = page.locator('.theme-last-updated');
    assert.match((await lastUpdated.textContent()) ?? '', updated);
    const when = new Date((await lastUpdated.locator('time').getAttribute('datetime')) ?? '');
    assert.ok(
      when.getTime() > Date.UTC(2024, 0, 1),
      `a real commit date, not ${when.toISOString()}`,
    );
    assert.ok(when.getTime() <= Date.now() + 86_400_000, 'not in the future');

    // On a wide screen the page's table of contents sits beside the text.
    const toc = page.locator('.theme-doc-toc-desktop');
    assert.equal(await toc.isVisible(), true);
    assert.ok((await toc.locator('a.table-of-contents__link').count()) >= 5);
    await context.close();
  });
}

/** Doc ids of the sidebar in reading order. */
function readingOrder(): string[] {
  const ids: string[] = [];
  const walk = (items: unknown[]) => {
    for (const item of items) {
      if (typeof item === 'string') ids.push(item);
      else if (item && typeof item === 'object' && 'items' in item)
        walk((item as { items: unknown[] }).items);
    }
  };
  walk((sidebars as { book: unknown[] }).book);
  return ids;
}

/** The href of a pagination link in a built (minified, mostly unquoted) page, or undefined. */
function paginationHref(htmlFile: string, kind: 'next' | 'prev'): string | undefined {
  const html = readFileSync(htmlFile, 'utf8');
  const tag = new RegExp(`<a\\s[^>]*pagination-nav__link--${kind}[^>]*>`).exec(html)?.[0];
  const href = tag && /\shref=(?:"([^"]*)"|([^\s>]+))/.exec(tag);
  return href ? (href[1] ?? href[2]) : undefined;
}

for (const prefix of ['', '/en']) {
  test(`${prefix || '/'}: previous and next follow the reading order across parts`, () => {
    const order = readingOrder().map((id) => `${prefix}/docs/${id}`);
    assert.ok(order.length >= 10);
    for (const [i, page] of order.entries()) {
      const file = path.join(buildDir, `${page}.html`);
      assert.ok(existsSync(file), file);
      assert.equal(paginationHref(file, 'next'), order[i + 1], `next of ${page}`);
      assert.equal(paginationHref(file, 'prev'), order[i - 1], `previous of ${page}`);
    }
  });
}

test('at 375 px the navbar switches zh -> en on the same page and #section, without sideways scroll', async () => {
  const context = await site.newContext({
    viewport: { width: 375, height: 812 },
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await page.goto(`/docs/${chapter}#percentiles`);
  await waitForHydration(page);
  const width = () =>
    page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  assert.equal(await width(), 0);
  const toEnglish = page.locator(`.navbar a[aria-label][href="/en/docs/${chapter}#percentiles"]`);
  await toEnglish.waitFor();
  assert.equal(await toEnglish.getAttribute('aria-label'), '切换语言：English');
  assert.equal(await toEnglish.isVisible(), true);
  // The desktop table of contents gives way to the collapsible one on a phone.
  assert.equal(await page.locator('.theme-doc-toc-desktop').isVisible(), false);
  await toEnglish.tap();
  await page.waitForURL(
    (url) => url.pathname === `/en/docs/${chapter}` && url.hash === '#percentiles',
  );
  await waitForHydration(page);
  assert.equal(await width(), 0);
  // The link takes the hash from the router once hydrated, as the dropdown does.
  const toChinese = page.locator(`.navbar a[aria-label][href="/docs/${chapter}#percentiles"]`);
  await toChinese.waitFor();
  assert.equal(await toChinese.getAttribute('aria-label'), 'Switch language: 简体中文');
  assert.equal(await toChinese.isVisible(), true);
  await context.close();
});

test('on a wide screen the compact switch is hidden: the dropdown is in the navbar', async () => {
  const context = await site.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`/docs/${chapter}`);
  await waitForHydration(page);
  assert.equal(
    await page.locator('.navbar').getByRole('link', { name: '切换语言：English' }).isVisible(),
    false,
  );
  assert.equal(await page.locator('.navbar__items--right .dropdown').isVisible(), true);
  await context.close();
});
