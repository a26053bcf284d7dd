/**
 * `npm run bench [-- --runs N] [--no-build] [--no-lighthouse] [--no-widgets]`: the book side by
 * side with two stock Docusaurus sites of the same version (see bench/stock.ts), built and
 * measured on this machine.
 * Not a test: timings and scores depend on the machine; the deterministic byte counts have
 * budgets in tests/e2e/budgets.test.ts instead.
 *
 * Each of N runs (default 3) builds the three sites, serves each behind the same compressing
 * static server (scripts/static-server.mjs) and measures: build time per page; the gzip bytes of
 * HTML, JS and CSS each page loads (tests/e2e/weight.ts); the bytes a first search downloads;
 * Lighthouse 12.8.2 mobile and desktop scores with LCP, TBT and CLS, in Debian's Chromium
 * (Lighthouse is installed into the bench cache, not into the project). Then the widget bench
 * (bench/widgets.ts) runs once on the book's last build. The table (median, min and max over the
 * runs, and the ratio ours/stock of the medians) is printed and written to bench/results/site.md,
 * with the goals of issue #13 judged from it. `--no-build` skips the builds and measures the ones
 * on disk (build/ and the stock sites in the bench cache), so a measurement can be repeated in a
 * fraction of the time; the file says so. Each Lighthouse report is kept in the bench cache
 * (lighthouse-reports/) for the audit details behind the scores.
 *
 * Heavy: run it alone, e.g. `flock /tmp/heavy.lock npm run bench`.
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../scripts/static-server.mjs';
import { findChromium } from '../scripts/chromium.mjs';
import { measureFirstSearch, measurePage } from '../tests/e2e/weight';
import { benchCache, DOCUSAURUS_VERSION, prepareStockSite } from './stock';

const root = path.resolve(__dirname, '..');
const LIGHTHOUSE_VERSION = '12.8.2';
const CHROME_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Ports of this bench's servers (the book, bare stock, featured stock). */
const PORTS = { ours: 4180, bare: 4181, featured: 4182 } as const;

type SiteId = keyof typeof PORTS;

interface PageSpec {
  /** Row label. */
  readonly label: string;
  /** What the page stands for in the goals (a chapter and the preface are both doc pages). */
  readonly kind: 'chapter' | 'withoutWidgets' | 'home';
  /** Path per site; a site without such a page has no entry. */
  readonly paths: Partial<Record<SiteId, string>>;
}

/**
 * The pages compared. Stock sites have one diagram page (/docs/sample) and one without. Every
 * chapter of the book imports at least one widget, so the "without widgets" row is the preface
 * (a diagram and formulas, no widget): the closest the book has to a plain chapter.
 */
const PAGES: readonly PageSpec[] = [
  {
    label: 'chapter with diagrams and widgets (zh-Hans)',
    kind: 'chapter',
    paths: {
      ours: '/docs/01-foundations/02-key-metrics',
      bare: '/docs/sample',
      featured: '/docs/sample',
    },
  },
  {
    label: 'chapter with diagrams and widgets (en)',
    kind: 'chapter',
    paths: { ours: '/en/docs/01-foundations/02-key-metrics' },
  },
  {
    label: 'page without widgets, the preface (zh-Hans)',
    kind: 'withoutWidgets',
    paths: { ours: '/docs/preface', bare: '/docs/intro', featured: '/docs/intro' },
  },
  {
    label: 'page without widgets, the preface (en)',
    kind: 'withoutWidgets',
    paths: { ours: '/en/docs/preface' },
  },
  { label: 'home', kind: 'home', paths: { ours: '/', bare: '/', featured: '/' } },
];

interface Args {
  readonly runs: number;
  readonly lighthouse: boolean;
  readonly widgets: boolean;
  /** Build the three sites in every run; `--no-build` measures the builds already there. */
  readonly build: boolean;
}

function parseArgs(argv: string[]): Args {
  let runs = 3;
  const index = argv.indexOf('--runs');
  if (index >= 0) {
    runs = Number(argv[index + 1]);
    if (!Number.isInteger(runs) || runs < 1 || runs > 50)
      throw new RangeError(`--runs: expected an integer from 1 to 50, got ${argv[index + 1]}`);
  }
  return {
    runs,
    lighthouse: !argv.includes('--no-lighthouse'),
    widgets: !argv.includes('--no-widgets'),
    build: !argv.includes('--no-build'),
  };
}

/** figure name -> site -> values over the runs */
type Samples = Map<string, Map<SiteId, number[]>>;

function record(samples: Samples, figure: string, site: SiteId, value: number | undefined): void {
  if (value === undefined || !Number.isFinite(value)) return;
  if (!samples.has(figure)) samples.set(figure, new Map());
  const bySite = samples.get(figure)!;
  if (!bySite.has(site)) bySite.set(site, []);
  bySite.get(site)!.push(value);
}

function countHtml(dir: string): number {
  let count = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) {
      if (name !== 'assets') count += countHtml(file);
    } else if (name.endsWith('.html') && name !== '404.html') count += 1;
  }
  return count;
}

/** Builds a site; returns wall seconds per HTML page produced. */
function build(site: SiteId, dir: string, outDir: string): number {
  const bin = path.join(dir, 'node_modules', '.bin', 'docusaurus');
  rmSync(outDir, { recursive: true, force: true });
  const start = performance.now();
  const result = spawnSync(bin, ['build', '--out-dir', outDir], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_URL: '/', SITE_URL: 'http://127.0.0.1' },
  });
  const seconds = (performance.now() - start) / 1000;
  if (result.status !== 0) throw new Error(`bench: the ${site} build failed`);
  const pages = countHtml(outDir);
  console.log(`bench: built ${site} in ${seconds.toFixed(1)} s, ${pages} pages`);
  return seconds / pages;
}

/** Lighthouse from the bench cache, installed on first use. */
function lighthouseCli(): string {
  const dir = path.join(benchCache, `lighthouse-${LIGHTHOUSE_VERSION}`);
  const cli = path.join(dir, 'node_modules', 'lighthouse', 'cli', 'index.js');
  if (existsSync(cli)) return cli;
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), '{"private":true}\n');
  console.log(`bench: installing lighthouse@${LIGHTHOUSE_VERSION} into ${dir}`);
  const result = spawnSync(
    'npm',
    ['install', '--no-audit', '--no-fund', `lighthouse@${LIGHTHOUSE_VERSION}`],
    { cwd: dir, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(cli)) throw new Error('bench: lighthouse install failed');
  return cli;
}

interface LighthouseResult {
  readonly performance: number;
  readonly accessibility: number;
  readonly bestPractices: number;
  readonly seo: number;
  readonly lcp: number;
  readonly tbt: number;
  readonly cls: number;
  readonly scriptBytes: number;
  readonly failedAudits: readonly string[];
}

/**
 * Longest a single Lighthouse run may take before the bench gives up on it (and retries): about
 * 1 minute on an idle 2-core machine, close to 4 on a loaded one (the book's chapter page).
 */
const LIGHTHOUSE_TIMEOUT_MS = 480_000;
/** Attempts per audit: a loaded machine now and then loses one to a Chromium hiccup. */
const LIGHTHOUSE_ATTEMPTS = 2;

/** Runs `command`; resolves with its exit code and the tail of its stderr, SIGINT at `timeoutMs`. */
function runAsync(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  timeoutMs: number,
): Promise<{ status: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], env });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-4000);
    });
    let timedOut = false;
    // chrome-launcher closes the Chromium it started on SIGINT; SIGKILL would orphan it.
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGINT');
    }, timeoutMs);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stderr, timedOut });
    });
  });
}

/**
 * One Lighthouse run of `url` in a fresh profile (storage reset, as at a first visit). The JSON
 * report is kept at `reportPath` when given, for the audit details behind the scores.
 *
 * Asynchronous on purpose: the static servers run in this process, and a synchronous spawn
 * would block the event loop that serves the page Lighthouse is loading (every audit then hung
 * until Lighthouse gave up on the page: the "Target closed" and timeouts of the first runs).
 */
async function lighthouse(
  cli: string,
  chrome: string,
  url: string,
  desktop: boolean,
  reportPath?: string,
): Promise<LighthouseResult> {
  const work = mkdtempSync(path.join(os.tmpdir(), 'dpbook-lh-'));
  const out = path.join(work, 'report.json');
  const result = await runAsync(
    process.execPath,
    [
      cli,
      url,
      '--quiet',
      '--output=json',
      `--output-path=${out}`,
      '--only-categories=performance,accessibility,best-practices,seo',
      `--chrome-flags=${[...CHROME_FLAGS, `--user-data-dir=${path.join(work, 'profile')}`].join(' ')}`,
      ...(desktop ? ['--preset=desktop'] : []),
    ],
    { ...process.env, CHROME_PATH: chrome },
    LIGHTHOUSE_TIMEOUT_MS,
  );
  const reportText = existsSync(out) ? readFileSync(out, 'utf8') : '';
  rmSync(work, { recursive: true, force: true });
  if (result.status !== 0 || !reportText) {
    const why = result.timedOut
      ? `no report after ${LIGHTHOUSE_TIMEOUT_MS / 1000} s`
      : result.stderr.trim().split('\n').slice(-3).join(' / ');
    throw new Error(`lighthouse failed on ${url}: ${why || `exit ${result.status}`}`);
  }
  if (reportPath) {
    mkdirSync(path.dirname(reportPath), { recursive: true });
    writeFileSync(reportPath, reportText);
  }
  const report = JSON.parse(reportText) as {
    runtimeError?: { code: string; message: string };
    categories: Record<
      string,
      { score: number | null; auditRefs: { id: string; weight: number }[] }
    >;
    audits: Record<
      string,
      {
        score: number | null;
        numericValue?: number;
        details?: { items?: { resourceType?: string; transferSize?: number }[] };
      }
    >;
  };
  // Lighthouse exits 0 with a runtime error (e.g. NO_FCP) and null scores: count it as a failure.
  if (report.runtimeError)
    throw new Error(
      `lighthouse on ${url}: ${report.runtimeError.code} ${report.runtimeError.message}`,
    );
  const score = (id: string): number =>
    Math.round((report.categories[id]?.score ?? Number.NaN) * 100);
  const failedAudits: string[] = [];
  for (const category of ['accessibility', 'best-practices', 'seo']) {
    for (const ref of report.categories[category]?.auditRefs ?? []) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit?.score !== null && audit?.score !== undefined && audit.score < 1)
        failedAudits.push(ref.id);
    }
  }
  const scripts = report.audits['resource-summary']?.details?.items?.find(
    (item) => item.resourceType === 'script',
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    lcp: (report.audits['largest-contentful-paint']?.numericValue ?? Number.NaN) / 1000,
    tbt: report.audits['total-blocking-time']?.numericValue ?? Number.NaN,
    cls: report.audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
    scriptBytes: scripts?.transferSize ?? Number.NaN,
    failedAudits,
  };
}

function quantiles(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

function formatValue(value: number, unit: string): string {
  if (unit === 'KB') return (value / 1024).toFixed(1);
  if (unit === 's') return value.toFixed(2);
  if (unit === 'ms') return value.toFixed(0);
  if (unit === 'cls') return value.toFixed(3);
  return value.toFixed(0);
}

function cell(values: number[] | undefined, unit: string): string {
  if (!values || values.length === 0) return '–';
  const { median, min, max } = quantiles(values);
  if (min === max) return formatValue(median, unit);
  return `${formatValue(median, unit)} (${formatValue(min, unit)}–${formatValue(max, unit)})`;
}

function ratio(ours: number[] | undefined, stock: number[] | undefined): string {
  if (!ours?.length || !stock?.length) return '–';
  const denominator = quantiles(stock).median;
  if (denominator === 0) return '–';
  return `${(quantiles(ours).median / denominator).toFixed(2)}×`;
}

function table(samples: Samples): string[] {
  const lines = [
    '| figure | ours | bare stock | featured stock | ours / bare | ours / featured |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const [figure, bySite] of samples) {
    const unit = /\(KB\)/.test(figure)
      ? 'KB'
      : /\(s\)/.test(figure)
        ? 's'
        : /\(ms\)/.test(figure)
          ? 'ms'
          : /CLS/.test(figure)
            ? 'cls'
            : '';
    lines.push(
      `| ${figure} | ${cell(bySite.get('ours'), unit)} | ${cell(bySite.get('bare'), unit)} | ${cell(bySite.get('featured'), unit)} | ${ratio(bySite.get('ours'), bySite.get('bare'))} | ${ratio(bySite.get('ours'), bySite.get('featured'))} |`,
    );
  }
  return lines;
}

/** Median of a figure's values for one site, or undefined when it was not measured. */
function median(samples: Samples, figure: string, site: SiteId): number | undefined {
  const values = samples.get(figure)?.get(site);
  return values?.length ? quantiles(values).median : undefined;
}

interface Goal {
  readonly goal: string;
  /** undefined: not measured in this run of the bench. */
  readonly met: boolean | undefined;
  readonly evidence: string;
}

/** The goals of issue #13, judged from the samples (never by hand). */
function goals(samples: Samples): Goal[] {
  const ours = PAGES.filter((spec) => spec.paths.ours);
  const docPages = ours.filter((spec) => spec.kind !== 'home');
  const bareWithout = PAGES.find((spec) => spec.kind === 'withoutWidgets' && spec.paths.bare)!;
  const list: Goal[] = [];

  // 1. JS of a page without widgets, both locales, against the bare stock page without widgets.
  const stockJs = median(samples, `${bareWithout.label}: JS (KB)`, 'bare');
  const jsParts = ours
    .filter((spec) => spec.kind === 'withoutWidgets')
    .map((spec) => {
      const js = median(samples, `${spec.label}: JS (KB)`, 'ours');
      return { label: spec.label, r: js !== undefined && stockJs ? js / stockJs : undefined };
    });
  list.push({
    goal: 'JS of a page without widgets ≤ 1.1 × the bare stock page (gzip, median)',
    met: jsParts.every((part) => part.r !== undefined) && jsParts.every((part) => part.r! <= 1.1),
    evidence: jsParts
      .map((part) => `${part.label}: ${part.r === undefined ? '–' : `${part.r.toFixed(2)}×`}`)
      .join('; '),
  });

  // 2. Lighthouse mobile performance on every doc page in both locales (median over runs).
  const perf = docPages.map((spec) => ({
    label: spec.label,
    value: median(samples, `${spec.label}: Lighthouse mobile performance`, 'ours'),
  }));
  list.push({
    goal: 'Lighthouse mobile performance ≥ 90 on every chapter page, both locales (median)',
    met: perf.some((p) => p.value === undefined) ? undefined : perf.every((p) => p.value! >= 90),
    evidence: perf.map((p) => `${p.label}: ${p.value ?? '–'}`).join('; '),
  });

  // 3 and 4. The other categories and CLS on every page of ours, both form factors, every run.
  const worst = (suffix: string, pick: (values: number[]) => number) =>
    ours.flatMap((spec) =>
      (['mobile', 'desktop'] as const).map((formFactor) => {
        const values = samples
          .get(`${spec.label}: Lighthouse ${formFactor} ${suffix}`)
          ?.get('ours');
        return {
          label: `${spec.label} ${formFactor}`,
          value: values?.length ? pick(values) : undefined,
        };
      }),
    );
  for (const category of ['accessibility', 'best practices', 'SEO']) {
    const parts = worst(category, (values) => Math.min(...values));
    const below = parts.filter((p) => p.value !== undefined && p.value < 100);
    list.push({
      goal: `Lighthouse ${category} 100 on every page, mobile and desktop (every run)`,
      met: parts.some((p) => p.value === undefined) ? undefined : below.length === 0,
      evidence:
        below.length === 0
          ? parts.some((p) => p.value === undefined)
            ? 'not measured on every page'
            : `100 on all ${parts.length} audits`
          : below.map((p) => `${p.label}: ${p.value}`).join('; '),
    });
  }
  const cls = worst('CLS', (values) => Math.max(...values));
  const over = cls.filter((p) => p.value !== undefined && p.value > 0.02);
  const clsMax = Math.max(...cls.map((p) => p.value ?? 0));
  list.push({
    goal: 'CLS ≤ 0.02 on every page, mobile and desktop (every run)',
    met: cls.some((p) => p.value === undefined) ? undefined : over.length === 0,
    evidence:
      over.length === 0
        ? cls.some((p) => p.value === undefined)
          ? 'not measured on every page'
          : `largest ${clsMax.toFixed(3)}`
        : over.map((p) => `${p.label}: ${p.value!.toFixed(3)}`).join('; '),
  });
  return list;
}

function chromiumVersion(chrome: string): string {
  const result = spawnSync(chrome, ['--version'], { encoding: 'utf8' });
  return result.stdout?.trim().split('\n').pop() || 'Chromium (version unknown)';
}

function formatDuration(seconds: number): string {
  const minutes = Math.floor(seconds / 60);
  return minutes > 0 ? `${minutes} min ${Math.round(seconds % 60)} s` : `${seconds.toFixed(0)} s`;
}

async function main(): Promise<void> {
  const started = performance.now();
  const args = parseArgs(process.argv.slice(2));
  const chrome = findChromium();
  if (!chrome) throw new Error('bench: no Chromium; install Debian chromium or set CHROME_PATH');
  const cli = args.lighthouse ? lighthouseCli() : '';
  // Without --no-build, each stock site is regenerated from the cached template (which empties
  // its folder) and all three are built in every run. With it, the last builds are measured as
  // they are: the book's build/ and the stock sites' build/ in the bench cache.
  const dirs: Record<SiteId, string> = args.build
    ? { ours: root, bare: prepareStockSite('bare'), featured: prepareStockSite('featured') }
    : {
        ours: root,
        bare: path.join(benchCache, 'stock-bare'),
        featured: path.join(benchCache, 'stock-featured'),
      };
  const outDirs: Record<SiteId, string> = {
    ours: path.join(root, 'build'),
    bare: path.join(dirs.bare, 'build'),
    featured: path.join(dirs.featured, 'build'),
  };
  if (!args.build) {
    for (const [site, dir] of Object.entries(outDirs)) {
      if (!existsSync(path.join(dir, 'index.html')))
        throw new Error(
          `bench --no-build: no ${site} build in ${dir}; run once without --no-build`,
        );
    }
  }
  const reportsDir = path.join(benchCache, 'lighthouse-reports');
  rmSync(reportsDir, { recursive: true, force: true });
  const samples: Samples = new Map();
  const failed = new Map<string, Set<string>>();
  const lighthouseFailures: string[] = [];
  const sites = Object.keys(PORTS) as SiteId[];

  const seconds = (): number => (performance.now() - started) / 1000;
  const out = path.join(__dirname, 'results', 'site.md');
  let widgetTable: string[] = [];
  /** The results file as it stands; `progress` marks it partial (written after every site and audit, so a stopped run leaves what it measured). */
  const render = (progress?: string): string[] => {
    const command = [
      'npm run bench',
      ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : []),
    ].join(' ');
    const auditLines = [...failed]
      .filter(([, audits]) => audits.size > 0)
      .map(([key, audits]) => `- ${key}: ${[...audits].sort().join(', ')}`);
    const goalLines = [
      '| goal | met | from the figures above |',
      '| --- | --- | --- |',
      ...goals(samples).map(
        (goal) =>
          `| ${goal.goal} | ${goal.met === undefined ? 'not measured' : goal.met ? 'met' : 'not met'} | ${goal.evidence} |`,
      ),
    ];
    const lines = [
      '# The book beside stock Docusaurus',
      '',
      `Generated by \`${command}\` (bench/site.ts) on ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC in ${formatDuration(seconds())}.`,
      ...(progress
        ? [`**Partial results** (${progress}): the bench was still running or stopped early.`]
        : []),
      `Machine: ${os.cpus().length} CPU cores (${os.cpus()[0]?.model ?? 'unknown'}), ${process.platform}/${process.arch}, Node ${process.version}, ${chromiumVersion(chrome)}; Docusaurus ${DOCUSAURUS_VERSION}, Lighthouse ${LIGHTHOUSE_VERSION}.`,
      `Runs: ${args.runs}${args.runs === 1 ? ' (one run: no spread, and timings on a shared machine are noisy)' : ''}. Builds: ${args.build ? 'each run builds all three sites' : 'reused (`--no-build`): the builds already on disk were measured, so there is no build time row'}. Lighthouse: ${args.lighthouse ? 'mobile and desktop presets, default simulated throttling, a fresh profile per audit (storage reset: a first visit); nothing blocked, the service worker included' : 'skipped (`--no-lighthouse`)'}.`,
      `Each figure is the median (min–max) over the runs; a ratio divides the medians. "bare stock" is \`create-docusaurus@${DOCUSAURUS_VERSION}\` classic TypeScript with one sample page; "featured stock" adds Mermaid, KaTeX (CSS through the bundler) and search-local (en + zh).`,
      "The book's pages are a chapter with diagrams, formulas and widgets (chapter 2), the preface (diagram and formulas, no widget: every chapter of the book has at least one widget) and the home page (one widget); the stock pages are /docs/sample (one diagram, formulas), /docs/intro and the home page.",
      'Bytes are gzip as served by scripts/static-server.mjs, counted in Chromium at 412 px in a fresh browser context per page until the network is idle after hydration (tests/e2e/weight.ts): what the page runs, without the chunks Docusaurus prefetches for links in view.',
      'Lighthouse "JS transferred" is its own count, prefetches included. Build time per page is the wall time of `docusaurus build` (all locales) divided by the HTML pages it wrote.',
      ...(process.env.BENCH_NOTE ? [`Note: ${process.env.BENCH_NOTE}`] : []),
      '',
      ...table(samples),
      '',
      '## Goals',
      '',
      'Judged by bench/site.ts from the figures above (issue #13).',
      '',
      ...goalLines,
      '',
    ];
    if (auditLines.length > 0) {
      lines.push(
        'Failing Lighthouse audits (accessibility, best practices, SEO), any run:',
        '',
        ...auditLines,
        '',
      );
    }
    if (lighthouseFailures.length > 0) {
      lines.push(
        `Lighthouse audits that failed ${LIGHTHOUSE_ATTEMPTS} times (no figures for them):`,
        '',
        ...lighthouseFailures.map((line) => `- ${line}`),
        '',
      );
    }
    if (widgetTable.length > 0) {
      lines.push(
        '## Widget recompute times',
        '',
        "From bench/widgets.ts on the book's last build (see bench/results/widgets.md for the method).",
        '',
        ...widgetTable,
        '',
      );
    }
    return lines;
  };
  const writePartial = (progress: string): void => {
    mkdirSync(path.dirname(out), { recursive: true });
    writeFileSync(out, render(progress).join('\n'));
  };

  for (let run = 1; run <= args.runs; run++) {
    console.log(`bench: run ${run} of ${args.runs}`);
    if (args.build) {
      for (const site of sites) {
        record(samples, 'build time per page (s)', site, build(site, dirs[site], outDirs[site]));
      }
    }
    const servers = {} as Record<SiteId, { url: string; close(): Promise<void> }>;
    for (const site of sites) {
      servers[site] = (await startStaticServer(outDirs[site], { port: PORTS[site] })) as {
        url: string;
        close(): Promise<void>;
      };
    }
    try {
      // Page weights of every site first: byte counts do not depend on the machine's load, and a
      // run stopped during the (slow) Lighthouse part still has all of them.
      for (const site of sites) {
        const browser = await chromium.launch({ executablePath: chrome, args: CHROME_FLAGS });
        // A fresh context per page: what a first visit to that page downloads. In a shared
        // context the book's service worker, once installed, would serve the later pages.
        const freshContext = () =>
          browser.newContext({
            baseURL: servers[site].url,
            viewport: { width: 412, height: 823 },
          });
        for (const spec of PAGES) {
          const pagePath = spec.paths[site];
          if (!pagePath) continue;
          const context = await freshContext();
          const weight = await measurePage(context, pagePath);
          await context.close();
          record(samples, `${spec.label}: HTML (KB)`, site, weight.bytes.html);
          record(samples, `${spec.label}: JS (KB)`, site, weight.bytes.js);
          record(samples, `${spec.label}: CSS (KB)`, site, weight.bytes.css);
        }
        if (site !== 'bare') {
          for (const [locale, home, query] of [
            ['zh-Hans', '/', '延迟'],
            ['en', '/en/', 'latency'],
          ] as const) {
            // The featured stock site has one locale and one index (English and Chinese
            // tokenizers), so it fills both rows from its home page.
            if (site === 'featured' && locale === 'en') continue;
            const context = await freshContext();
            const search = await measureFirstSearch(context, home, query).catch(
              (error: unknown) => {
                console.error(`bench: first search on ${site} ${home} failed:`, error);
                return undefined;
              },
            );
            await context.close();
            if (!search) continue;
            if (site === 'featured')
              record(
                samples,
                'first search (en): bytes fetched (KB)',
                site,
                search.bytes.js + search.bytes.other + search.bytes.html,
              );
            record(
              samples,
              `first search (${locale}): bytes fetched (KB)`,
              site,
              search.bytes.js + search.bytes.other + search.bytes.html,
            );
          }
        }
        await browser.close();
        console.log(`bench: ${site} page weights measured`);
        writePartial(`run ${run} of ${args.runs}, ${site} page weights done`);
      }
      // Lighthouse page by page, the three sites in turn, so that a partial run compares like
      // with like.
      for (const spec of args.lighthouse ? PAGES : []) {
        for (const [formFactor, desktop] of [
          ['mobile', false],
          ['desktop', true],
        ] as const) {
          for (const site of sites) {
            const pagePath = spec.paths[site];
            if (!pagePath) continue;
            const name = `${site}${pagePath.replace(/\/$/, '').replace(/\//g, '_') || '_home'}-${formFactor}-run${run}.json`;
            let lh: LighthouseResult | undefined;
            for (let attempt = 1; attempt <= LIGHTHOUSE_ATTEMPTS && !lh; attempt++) {
              try {
                lh = await lighthouse(
                  cli,
                  chrome,
                  `${servers[site].url}${pagePath}`,
                  desktop,
                  path.join(reportsDir, name),
                );
              } catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                console.error(`bench: attempt ${attempt}: ${message}`);
                if (attempt === LIGHTHOUSE_ATTEMPTS)
                  lighthouseFailures.push(
                    `run ${run}, ${site} ${pagePath} ${formFactor}: ${message}`,
                  );
              }
            }
            if (!lh) continue;
            const prefix = `${spec.label}: Lighthouse ${formFactor}`;
            record(samples, `${prefix} performance`, site, lh.performance);
            record(samples, `${prefix} accessibility`, site, lh.accessibility);
            record(samples, `${prefix} best practices`, site, lh.bestPractices);
            record(samples, `${prefix} SEO`, site, lh.seo);
            record(samples, `${prefix} LCP (s)`, site, lh.lcp);
            record(samples, `${prefix} TBT (ms)`, site, lh.tbt);
            record(samples, `${prefix} CLS`, site, lh.cls);
            record(samples, `${prefix} JS transferred (KB)`, site, lh.scriptBytes);
            const key = `${site} ${pagePath} ${formFactor}`;
            if (!failed.has(key)) failed.set(key, new Set());
            for (const audit of lh.failedAudits) failed.get(key)!.add(audit);
            writePartial(`run ${run} of ${args.runs}, ${site} ${pagePath} ${formFactor} done`);
            console.log(
              `bench: ${site} ${pagePath} ${formFactor}: performance ${lh.performance}, a11y ${lh.accessibility}, best practices ${lh.bestPractices}, SEO ${lh.seo}, LCP ${lh.lcp.toFixed(2)} s, TBT ${lh.tbt.toFixed(0)} ms, CLS ${lh.cls.toFixed(3)} (${formatDuration(seconds())} so far)`,
            );
          }
        }
      }
    } finally {
      for (const site of sites) await servers[site]?.close();
    }
  }

  if (args.widgets) {
    // The widget bench measures the book's last build; it writes bench/results/widgets.md.
    const result = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(__dirname, 'widgets.ts')],
      {
        cwd: root,
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, BUILD_DIR: outDirs.ours },
      },
    );
    const file = path.join(__dirname, 'results', 'widgets.md');
    if (result.status === 0 && existsSync(file)) {
      widgetTable = readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.startsWith('|'));
    } else {
      widgetTable = [
        '(the widget bench failed; run `node --import tsx bench/widgets.ts` to see why)',
      ];
    }
  }

  const lines = render();
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, lines.join('\n'));
  console.log(lines.join('\n'));
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
  if (args.lighthouse) console.log(`Lighthouse reports (JSON) in ${reportsDir}`);
  console.log(`bench: total wall time ${formatDuration(seconds())}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
