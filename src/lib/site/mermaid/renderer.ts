import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RenderedDiagram } from './svg';

/** One diagram's outcome: the SVG, or mermaid's error message (a syntax error, usually). */
export type RenderOutcome =
  | { readonly ok: true; readonly diagram: RenderedDiagram }
  | { readonly ok: false; readonly error: string };

export interface RenderRequest {
  /** mermaid's theme name, e.g. `neutral` or `dark` */
  readonly theme: string;
  /** the diagrams' sources and the unique id each is rendered under */
  readonly diagrams: readonly { readonly id: string; readonly source: string }[];
}

export interface MermaidRenderer {
  render(request: RenderRequest): Promise<RenderOutcome[]>;
  close(): Promise<void>;
}

const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const BLANK_PAGE = '<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>';

/**
 * Renders Mermaid diagrams in one headless Chromium, driven by playwright-core, with the exact
 * mermaid version the site pins (`mermaid/dist/mermaid.min.js` from node_modules). The browser
 * and its page, with mermaid loaded once, start on the first request and serve every file after
 * it; requests run one at a time, since mermaid's configuration is global to the page. After
 * `idleMs` with no request the browser closes by itself, so a missed `close()` cannot keep the
 * process alive for long; the next request starts it again.
 */
export function createChromiumRenderer(options: {
  readonly executablePath: string;
  readonly siteDir: string;
  readonly idleMs?: number;
}): MermaidRenderer {
  // From the site root rather than __dirname, which is not a folder under every TS loader.
  const inPageScript = path.join(options.siteDir, 'src/lib/site/mermaid/render-in-page.js');
  const idleMs = options.idleMs ?? 60_000;
  let session: Promise<{ browser: Browser; page: Page }> | undefined;
  let queue: Promise<unknown> = Promise.resolve();
  let idleTimer: NodeJS.Timeout | undefined;

  async function start(): Promise<{ browser: Browser; page: Page }> {
    const require = createRequire(path.join(options.siteDir, 'package.json'));
    const mermaidBundle = require.resolve('mermaid/dist/mermaid.min.js');
    // Loaded only now, from the site, so a checkout without it can still fall back to the client.
    const { chromium } = require('playwright-core') as typeof import('playwright-core');
    let browser: Browser;
    try {
      browser = await chromium.launch({
        executablePath: options.executablePath,
        args: LAUNCH_ARGS,
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
      throw new Error(
        `Mermaid: could not start Chromium at ${options.executablePath} to render the diagrams ` +
          `(${reason}). Repair it, point CHROME_PATH at another Chromium or Chrome, or build ` +
          'with MERMAID_RENDER=client to render the diagrams in the reader’s browser instead.',
        { cause: error },
      );
    }
    const page = await browser.newPage();
    await page.setContent(BLANK_PAGE);
    await page.addScriptTag({ path: mermaidBundle });
    await page.addScriptTag({ path: inPageScript });
    return { browser, page };
  }

  async function close(): Promise<void> {
    clearTimeout(idleTimer);
    const current = session;
    session = undefined;
    if (current) await (await current.catch(() => undefined))?.browser.close();
  }

  function render(request: RenderRequest): Promise<RenderOutcome[]> {
    const run = queue.then(async () => {
      clearTimeout(idleTimer);
      session ??= start();
      let page: Page;
      try {
        ({ page } = await session);
      } catch (error) {
        session = undefined;
        throw error;
      }
      try {
        return await page.evaluate(
          (req) =>
            (
              window as unknown as {
                bookMermaidRender(r: RenderRequest): Promise<RenderOutcome[]>;
              }
            ).bookMermaidRender(req),
          request,
        );
      } finally {
        idleTimer = setTimeout(() => void close(), idleMs);
        idleTimer.unref();
      }
    });
    queue = run.catch(() => undefined);
    return run;
  }

  return { render, close };
}
