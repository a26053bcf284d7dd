import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { buildDir, openSite, waitForHydration, watchConsole, type Site } from './harness';
import { recordResponses } from './weight';

// The offline search's code (search-local's search bar with lunr, its language packs and
// autocomplete.js) loads only when the reader reaches for the search box (src/theme-local-search).

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

/** Strings found only in the search code: search-local's search bar and lunr-languages. */
const SEARCH_CODE = ['autocomplete:selected', 'stemmerSupport'];

function searchCodeIn(scripts: readonly string[]): string[] {
  return scripts.filter((script) => {
    const code = readFileSync(path.join(buildDir, script), 'utf8');
    return SEARCH_CODE.some((marker) => code.includes(marker));
  });
}

const BOX = 'input.navbar__search-input';
const OPTIONS = '[role="listbox"] [role="option"]';

/** Opens `pagePath` and waits until hydrated and idle; returns what it fetched so far. */
async function openIdle(page: Page, pagePath: string) {
  const loaded = recordResponses(page);
  await page.goto(pagePath, { waitUntil: 'load' });
  await waitForHydration(page);
  await page.waitForLoadState('networkidle');
  return loaded();
}

for (const { locale, prefix, query } of [
  { locale: 'zh-Hans', prefix: '', query: '尾延迟' },
  { locale: 'en', prefix: '/en', query: 'tail latency' },
]) {
  test(`${locale}: the search code and index load only once the reader searches, then "${query}" finds results`, async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const messages = watchConsole(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const before = await openIdle(page, `${prefix}/docs/preface`);
    assert.deepEqual(searchCodeIn(before.scripts), [], 'no search code before any interaction');
    assert.deepEqual(
      requests.filter((url) => url.includes('search-index')),
      [],
      'no index before any interaction',
    );

    const box = page.locator(BOX);
    const standIn = await box.boundingBox();
    const afterwards = recordResponses(page);
    // Typed at once, so the first characters land in the stand-in box before the real one exists.
    await box.click();
    await box.pressSequentially(query);
    await page.locator(OPTIONS).first().waitFor({ timeout: 20_000 });
    assert.equal(await box.inputValue(), query, 'no character typed during the swap is lost');
    assert.equal(await box.evaluate((input) => input === document.activeElement), true);
    assert.ok(searchCodeIn((await afterwards()).scripts).length > 0, 'the search code loaded');
    assert.ok(
      requests.some((url) => url.includes('search-index')),
      'the index loaded on searching',
    );

    // The real box has the stand-in's place and size: nothing moved when it was swapped in.
    await page.keyboard.press('Escape');
    await box.evaluate((input) => input.blur());
    const real = await box.boundingBox();
    assert.deepEqual(real, standIn);
    assert.deepEqual(messages, []);
    await context.close();
  });
}

test('the search box is reachable with Tab and with the shortcut before its code has loaded', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await openIdle(page, '/en/docs/preface');
  const box = page.locator(BOX);
  const focused = () => box.evaluate((input) => input === document.activeElement);
  let tabs = 0;
  while (!(await focused()) && tabs++ < 40) await page.keyboard.press('Tab');
  assert.ok(await focused(), 'Tab reaches the search box');
  await page.keyboard.type('latency');
  await page.locator(OPTIONS).first().waitFor({ timeout: 20_000 });
  assert.equal(await box.inputValue(), 'latency');

  // A fresh page: the shortcut focuses the stand-in box, and typing goes on in the real one.
  await openIdle(page, '/en/docs/preface');
  await page.keyboard.press('Control+k');
  await page.keyboard.type('latency');
  await page.locator(OPTIONS).first().waitFor({ timeout: 20_000 });
  assert.equal(await box.inputValue(), 'latency');
  assert.ok(await focused());
  await context.close();
});

test('the search page still searches', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  const messages = watchConsole(page);
  await page.goto('/en/search?q=tail%20latency');
  await waitForHydration(page);
  await page.locator('article h2 a, main h2 a').first().waitFor({ timeout: 20_000 });
  assert.deepEqual(messages, []);
  await context.close();
});
