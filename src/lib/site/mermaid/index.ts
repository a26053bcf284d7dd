import { createRequire } from 'node:module';
import path from 'node:path';
import { findChromium } from '../../../../scripts/chromium.mjs';
import { remarkStaticMermaid } from './remark';
import { createChromiumRenderer, type MermaidRenderer } from './renderer';
import type { MermaidTheme } from './svg';

/**
 * How the book's Mermaid diagrams are drawn, decided when the config loads:
 *
 * - `static` (the default when a Chromium is found): a remark plugin renders every diagram at
 *   build time into a light and a dark inline SVG; `@docusaurus/theme-mermaid` is not loaded,
 *   so no page ships mermaid's code.
 * - `client` (no Chromium, or `MERMAID_RENDER=client`): `@docusaurus/theme-mermaid` draws them
 *   in the reader's browser, as a stock Docusaurus site does; the build says so once.
 */
export type MermaidSetup =
  | {
      readonly kind: 'static';
      readonly executablePath: string;
      /** for `markdown.mermaid` in the site config */
      readonly markdownMermaid: false;
      readonly themes: readonly string[];
      readonly remarkPlugins: readonly unknown[];
      readonly plugins: readonly unknown[];
    }
  | {
      readonly kind: 'client';
      readonly reason: string;
      readonly markdownMermaid: true;
      readonly themes: readonly string[];
      readonly remarkPlugins: readonly unknown[];
      readonly plugins: readonly unknown[];
    };

export interface MermaidOptions {
  /** usually `process.env`; reads `MERMAID_RENDER` and (through findChromium) `CHROME_PATH` */
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly siteDir: string;
  /** mermaid's theme for the light and the dark copy */
  readonly themes: Readonly<Record<MermaidTheme, string>>;
  /** the command line, to know which locale a build ends with; usually `process.argv` */
  readonly argv?: readonly string[];
  /** where Chromium is, if anywhere (tests replace it) */
  readonly findBrowser?: () => string | undefined;
  /** whether playwright-core can be loaded (tests replace it) */
  readonly hasPlaywright?: () => boolean;
}

/**
 * The locales `docusaurus build` builds in this process, in its order: those given with
 * `-l`/`--locale` (all of the config's otherwise), the default locale first.
 */
export function localesToBuild(
  argv: readonly string[],
  locales: readonly string[],
  defaultLocale: string,
): string[] {
  const chosen: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--locale' || arg === '-l') {
      while (i + 1 < argv.length && !argv[i + 1].startsWith('-')) chosen.push(argv[++i]);
    } else if (arg.startsWith('--locale=')) {
      chosen.push(arg.slice('--locale='.length));
    }
  }
  const list = chosen.length > 0 ? [...new Set(chosen)] : [...locales];
  return list.includes(defaultLocale)
    ? [defaultLocale, ...list.filter((locale) => locale !== defaultLocale)]
    : list;
}

// The config is evaluated once per locale and once more before the build starts; one renderer
// (one Chromium) serves them all.
const RENDERERS = Symbol.for('dist-perf-book.mermaid.renderers');
const ANNOUNCED = Symbol.for('dist-perf-book.mermaid.announced');
type Registry = { [RENDERERS]?: Map<string, MermaidRenderer>; [ANNOUNCED]?: boolean };

function sharedRenderer(executablePath: string, siteDir: string): MermaidRenderer {
  const registry = globalThis as Registry;
  const renderers = (registry[RENDERERS] ??= new Map());
  let renderer = renderers.get(executablePath);
  if (!renderer) {
    renderer = createChromiumRenderer({ executablePath, siteDir });
    renderers.set(executablePath, renderer);
  }
  return renderer;
}

function playwrightAvailable(siteDir: string): boolean {
  try {
    createRequire(path.join(siteDir, 'package.json')).resolve('playwright-core');
    return true;
  } catch {
    return false;
  }
}

/** Chooses how diagrams are drawn; see `MermaidSetup`. */
export function chooseMermaid(options: MermaidOptions): MermaidSetup {
  const { env, siteDir } = options;
  const client = (reason: string): MermaidSetup => ({
    kind: 'client',
    reason,
    markdownMermaid: true,
    themes: ['@docusaurus/theme-mermaid'],
    remarkPlugins: [],
    plugins: [],
  });
  if (env.MERMAID_RENDER === 'client') return client('MERMAID_RENDER=client is set');
  const executablePath = (options.findBrowser ?? findChromium)();
  if (!executablePath) {
    return client(
      env.CHROME_PATH
        ? `CHROME_PATH is set to ${env.CHROME_PATH}, but no file is there`
        : 'no Chromium was found (looked for CHROME_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, /usr/bin/google-chrome)',
    );
  }
  if (!(options.hasPlaywright ?? (() => playwrightAvailable(siteDir)))()) {
    return client('playwright-core is not installed (npm install without --omit=dev)');
  }
  const renderer = sharedRenderer(executablePath, siteDir);
  const argv = options.argv ?? process.argv;
  return {
    kind: 'static',
    executablePath,
    markdownMermaid: false,
    themes: [],
    remarkPlugins: [
      [remarkStaticMermaid, { render: renderer.render, themes: options.themes, siteDir }],
    ],
    plugins: [
      () => ({
        name: 'book-static-mermaid',
        // The diagrams are all rendered by the time the bundles are written; the browser stays
        // up for the next locale and closes after the last one, so the build can exit.
        async postBuild(props: {
          i18n: { currentLocale: string; locales: string[]; defaultLocale: string };
        }) {
          const { currentLocale, locales, defaultLocale } = props.i18n;
          const order = localesToBuild(argv, locales, defaultLocale);
          if (order.indexOf(currentLocale) >= order.length - 1) await renderer.close();
        },
      }),
    ],
  };
}

/** Prints, once per process, that diagrams fall back to the reader's browser, and why. */
export function announceMermaid(setup: MermaidSetup): void {
  const registry = globalThis as Registry;
  if (setup.kind !== 'client' || registry[ANNOUNCED]) return;
  registry[ANNOUNCED] = true;
  const lines = [
    `[mermaid] Diagrams will be rendered in the reader's browser: ${setup.reason}.`,
    '[mermaid] Pages then load mermaid (several hundred KB of JavaScript, gzipped) and draw the',
    '[mermaid] diagrams after loading; the budget test tests/e2e/budgets-mermaid.test.ts fails.',
  ];
  if (!setup.reason.startsWith('MERMAID_RENDER')) {
    lines.push(
      '[mermaid] To draw them into the HTML at build time, install Chromium',
      '[mermaid] (sudo apt-get install -y chromium fonts-noto-cjk) or set CHROME_PATH.',
    );
  }
  console.warn(lines.join('\n'));
}
