import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startStaticServer } from '../../scripts/static-server.mjs';
import { findChromium } from '../../scripts/chromium.mjs';

/** The built site under test: build/, or BUILD_DIR when set (to test a build made elsewhere). */
export const buildDir = path.resolve(process.env.BUILD_DIR ?? path.join(__dirname, '../../build'));

export interface Site {
  readonly url: string;
  readonly browser: Browser;
  newContext(options?: Parameters<Browser['newContext']>[0]): Promise<BrowserContext>;
  close(): Promise<void>;
}

/** Serves build/ on 127.0.0.1 and starts Debian's Chromium through playwright-core. */
export async function openSite(): Promise<Site> {
  if (!existsSync(path.join(buildDir, 'index.html'))) {
    throw new Error(
      'build/ has no site: run `npm run build` (npm test does) before the browser tests',
    );
  }
  const executablePath: string | undefined = findChromium();
  if (!executablePath)
    throw new Error('no Chromium: run `npm test`, which installs it, or set CHROME_PATH');
  const server = (await startStaticServer(buildDir)) as { url: string; close(): Promise<void> };
  const browser = await chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    url: server.url,
    browser,
    newContext: (options) => browser.newContext({ baseURL: server.url, ...options }),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/** Paths of every page in both locales' sitemaps, relative to the site root (`/`, `/en/...`). */
export function sitemapPaths(): string[] {
  const paths: string[] = [];
  for (const file of ['sitemap.xml', 'en/sitemap.xml']) {
    const xml = readFileSync(path.join(buildDir, file), 'utf8');
    for (const match of xml.matchAll(/<loc>([^<]+)<\/loc>/g))
      paths.push(new URL(match[1]).pathname);
  }
  return paths;
}

/** Collects console errors and warnings and uncaught page errors. */
export function watchConsole(page: Page): string[] {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      messages.push(`${message.type()}: ${message.text()}`);
    }
  });
  page.on('pageerror', (error) => messages.push(`pageerror: ${error.message}`));
  return messages;
}

/** Resolves once React has hydrated the page (Docusaurus marks <html> then). */
export async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.documentElement.getAttribute('data-has-hydrated') === 'true',
    undefined,
    {
      timeout: 20_000,
    },
  );
}
