import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { parseMdx } from '../../scripts/content/parse';
import { buildDir, openSite, waitForHydration, type Site } from './harness';

let site: Site;
before(async () => {
  site = await openSite();
});
after(async () => {
  await site?.close();
});

const root = path.join(__dirname, '../..');
const chapter = 'docs/01-foundations/01-why-performance';
const titleOf = (file: string): string =>
  String(parseMdx(readFileSync(path.join(root, file), 'utf8')).frontMatter.title);

for (const { locale, prefix, file, other } of [
  {
    locale: 'zh-Hans',
    prefix: '',
    file: `${chapter}.mdx`,
    other: 'docs/01-foundations/02-key-metrics',
  },
  {
    locale: 'en',
    prefix: '/en',
    file: `i18n/en/docusaurus-plugin-content-docs/current/${chapter.slice('docs/'.length)}.mdx`,
    other: 'docs/01-foundations/02-key-metrics',
  },
]) {
  test(`${locale}: once cached, a visited chapter and an unvisited one open with the network cut`, async () => {
    const context = await site.newContext();
    const page = await context.newPage();
    const origin = new URL(site.url).origin;
    const thirdParty: string[] = [];
    context.on('request', (request) => {
      const url = new URL(request.url());
      if (/^https?:$/.test(url.protocol) && url.origin !== origin) thirdParty.push(url.href);
    });
    await page.goto(`${prefix}/${chapter}`);
    await waitForHydration(page);
    // The navbar note appears only once this locale's service worker has precached the edition.
    await page.locator('[data-offline-ready="true"]').waitFor({ timeout: 120_000 });
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration(location.href);
      return registration?.scope;
    });
    assert.equal(scope, `${origin}${prefix}/`, 'each locale has its own worker and scope');

    await context.setOffline(true);
    await page.reload();
    await waitForHydration(page);
    assert.equal(await page.locator('article h1').first().textContent(), titleOf(file));
    // A chapter never opened is in the cache too: the worker precached the whole edition.
    await page.goto(`${prefix}/${other}`);
    await waitForHydration(page);
    assert.ok(((await page.locator('article h1').first().textContent()) ?? '').length > 0);
    assert.ok((await page.locator('article .markdown h2').count()) >= 3, 'the chapter body');
    // Search works offline: its code, loaded only now, and its index come from the cache too.
    const box = page.locator('input.navbar__search-input');
    await box.click();
    await box.pressSequentially(locale === 'en' ? 'latency' : '延迟');
    await page.locator('[role="listbox"] [role="option"]').first().waitFor({ timeout: 20_000 });
    assert.deepEqual(thirdParty, [], 'no request left the site');
    await context.close();
  });
}

/**
 * The built site behind a proxy that can "deploy" a new version: after `deploy()`, sw.js gets
 * one more byte, as it does when any precached file changes (the worker inlines the revisions).
 */
async function deployableSite(upstream: string) {
  let version = 1;
  const server = createServer((req, res) => {
    void (async () => {
      const response = await fetch(new URL(req.url ?? '/', upstream));
      let body = Buffer.from(await response.arrayBuffer());
      if (new URL(req.url ?? '/', upstream).pathname.endsWith('/sw.js'))
        body = Buffer.concat([body, Buffer.from(`\n// deploy ${version}\n`)]);
      res.writeHead(response.status, {
        'content-type': response.headers.get('content-type') ?? 'application/octet-stream',
        'cache-control': 'no-cache',
      });
      res.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    deploy: () => void version++,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

for (const { prefix, info, refresh } of [
  { prefix: '', info: '有可用的新版本', refresh: '刷新' },
  { prefix: '/en', info: 'New version available', refresh: 'Refresh' },
]) {
  test(`${prefix || '/'}: a new deployment shows the translated reload prompt, and Refresh activates it`, async () => {
    const proxy = await deployableSite(site.url);
    const context = await site.browser.newContext({ baseURL: proxy.url });
    const page = await context.newPage();
    try {
      await page.goto(`${prefix}/docs/preface`);
      await waitForHydration(page);
      await page.locator('[data-offline-ready="true"]').waitFor({ timeout: 120_000 });
      const activeScript = () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration(location.href);
          return registration?.active?.scriptURL;
        });
      const before = await activeScript();
      proxy.deploy();
      // The browser checks the worker script on every navigation; the new one waits for the reader.
      await page.reload();
      await waitForHydration(page);
      const prompt = page.locator('.alert', { hasText: info });
      await prompt.waitFor({ timeout: 120_000 });
      const reloaded = page.waitForEvent('load', { timeout: 60_000 });
      await prompt.getByRole('button', { name: refresh }).click();
      await reloaded;
      await waitForHydration(page);
      assert.equal(await page.locator('.alert', { hasText: info }).count(), 0);
      const controller = await page.evaluate(() => navigator.serviceWorker.controller?.state);
      assert.equal(controller, 'activated', 'the new worker controls the page');
      assert.ok(before, 'a worker was active before the deployment');
    } finally {
      await context.close();
      await proxy.close();
    }
  });
}

/** Files of the build with one of the extensions, relative paths. */
function buildFiles(extensions: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(path.join(buildDir, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (extensions.includes(path.extname(entry.name))) out.push(rel);
    }
  };
  walk('');
  return out;
}

const XML_NAMESPACES =
  /^https?:\/\/www\.w3\.org\/(2000\/svg|1999\/xlink|1999\/xhtml|1998\/Math\/MathML|XML\/1998\/namespace)$/;

test('the built site loads nothing from another host: only links a reader clicks leave it', () => {
  const index = readFileSync(path.join(buildDir, 'index.html'), 'utf8');
  const canonical = /<link[^>]*\brel=["']?canonical["']?[^>]*\bhref=["']?([^"'\s>]+)/.exec(
    index,
  )?.[1];
  assert.ok(canonical, 'the home page has a canonical URL');
  const siteOrigin = new URL(canonical).origin;
  const external = (url: string) => /^https?:\/\//.test(url) && new URL(url).origin !== siteOrigin;
  const problems: string[] = [];

  for (const file of buildFiles(['.html'])) {
    const html = readFileSync(path.join(buildDir, file), 'utf8');
    for (const tag of html.matchAll(/<([a-zA-Z][\w:-]*)(\s[^<>]*?)?\/?>/g)) {
      const name = tag[1].toLowerCase();
      // The minified HTML leaves most attribute values unquoted.
      for (const attr of (tag[2] ?? '').matchAll(
        /([\w:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g,
      )) {
        const key = attr[1].toLowerCase();
        const value = (attr[2] ?? attr[3] ?? attr[4]).trim();
        if (name === 'a' && key === 'href') continue;
        if (key.startsWith('xmlns') && XML_NAMESPACES.test(value)) continue;
        // srcset holds several URLs; every other attribute one.
        const urls =
          key === 'srcset' ? value.split(',').map((s) => s.trim().split(/\s+/)[0]) : [value];
        for (const url of urls)
          if (external(url)) problems.push(`${file}: <${name} ${key}="${url}">`);
      }
    }
    for (const m of html.matchAll(/url\(\s*['"]?(https?:\/\/[^'")\s]+)/g))
      if (external(m[1])) problems.push(`${file}: url(${m[1]})`);
  }
  for (const file of buildFiles(['.css'])) {
    const css = readFileSync(path.join(buildDir, file), 'utf8');
    for (const m of css.matchAll(/(?:url\(\s*['"]?|@import\s+['"])(https?:\/\/[^'")\s]+)/g))
      if (external(m[1])) problems.push(`${file}: ${m[1]}`);
  }
  for (const file of buildFiles(['.js'])) {
    const js = readFileSync(path.join(buildDir, file), 'utf8');
    const loads =
      /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+|importScripts\(\s*|\bfetch\(\s*|\bsrc\s*[:=]\s*|url\(\s*)["'`](https?:\/\/[^"'`\s)]+)/g;
    for (const m of js.matchAll(loads))
      if (external(m[1])) problems.push(`${file}: ${m[0].slice(0, 80)}`);
  }
  assert.deepEqual(problems, []);
});
