import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { findTerm } from '../../src/data/glossary';
import { openSite, waitForHydration, type Site } from './harness';

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

const littlesLaw = findTerm('littles-law');
for (const { prefix, label, other, definition, chapterLink } of [
  {
    prefix: '',
    label: '利特尔法则',
    other: "Little's law",
    definition: littlesLaw?.definition['zh-Hans'],
    chapterLink: '详见第 2 章',
  },
  {
    prefix: '/en',
    label: "Little's law",
    other: '利特尔法则',
    definition: littlesLaw?.definition.en,
    chapterLink: 'See Chapter 2',
  },
]) {
  test(`${prefix || '/'}: a <Term> opens its card on focus and tap, closes on Escape`, async () => {
    const context = await site.newContext({ hasTouch: true });
    const page = await context.newPage();
    await page.goto(`${prefix}/docs/preface#notation`);
    await waitForHydration(page);
    const term = page.getByRole('button', { name: label });
    const card = page.getByRole('group', { name: other });
    assert.equal(await term.getAttribute('aria-expanded'), 'false');
    await term.focus();
    await card.waitFor();
    assert.equal(await term.getAttribute('aria-expanded'), 'true');
    assert.ok(definition && (await card.textContent())?.includes(definition), 'the definition');
    const link = card.getByRole('link', { name: chapterLink });
    assert.equal(
      new URL(await link.evaluate((a: HTMLAnchorElement) => a.href)).pathname,
      `${prefix}/docs/01-foundations/02-key-metrics`,
    );
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'hidden' });
    // A tap (focus, then click) opens the card and keeps it open.
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await term.tap();
    await card.waitFor();
    await page.waitForTimeout(300);
    assert.equal(await card.isVisible(), true);
    await context.close();
  });
}

test('without JavaScript a <Term> is a link to its glossary entry', async () => {
  const context = await site.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/docs/preface');
  const link = page.locator('a[href="/docs/glossary#littles-law"]', { hasText: '利特尔法则' });
  assert.equal(await link.count(), 1);
  await context.close();
});

test('the glossary page lists every term under its own anchor in both locales', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  for (const prefix of ['', '/en']) {
    await page.goto(`${prefix}/docs/glossary#littles-law`);
    await waitForHydration(page);
    const heading = page.locator('h3#littles-law');
    await heading.waitFor();
    assert.ok(((await heading.textContent()) ?? '').includes("Little's law"));
    assert.ok((await page.locator('h3[id]').count()) >= 70, 'about 75 terms');
  }
  await context.close();
});

test('exercises keep their answers closed until asked, with or without JavaScript', async () => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await site.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto('/docs/01-foundations/02-key-metrics');
    if (javaScriptEnabled) await waitForHydration(page);
    const exercises = page.locator('section:has(> details)');
    assert.ok((await exercises.count()) >= 3, 'the chapter has exercises');
    const answer = exercises.first().locator('details').last();
    assert.equal(await answer.getAttribute('open'), null);
    assert.equal(await answer.locator('summary').textContent(), '答案');
    await answer.locator('summary').click();
    assert.notEqual(await answer.getAttribute('open'), null);
    await context.close();
  }
});

test('print shows the answers and hides the site chrome', async () => {
  const context = await site.newContext();
  const page = await context.newPage();
  await page.goto('/docs/01-foundations/02-key-metrics');
  await waitForHydration(page);
  await page.emulateMedia({ media: 'print' });
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.locator('details:not([open])').count(), 0, 'all answers open for print');
  assert.equal(await page.locator('.navbar').isVisible(), false);
  assert.equal(await page.locator('.theme-doc-sidebar-container').isVisible(), false);
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.emulateMedia({ media: 'screen' });
  assert.ok(
    (await page.locator('details:not([open])').count()) >= 3,
    'closed again after printing',
  );
  await context.close();
});
