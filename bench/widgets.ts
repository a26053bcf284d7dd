/**
 * `npm run bench:widgets [-- --runs N] [--drags N] [--only Name,Name] [--page /path]`: how long
 * each widget of the gallery (or of the chapter `--page` names; that table is printed only) takes
 * to recompute after a control change, measured in Chromium on the built site (BUILD_DIR, default
 * build/). Not a timed test: the numbers depend on the machine.
 *
 * The figure that answers "under 16 ms (one frame) per change at defaults" is CPU time: for every
 * widget it records a Chrome trace while the first slider is dragged (20 steps, one input event
 * per 16 ms frame, until the widget's DOM is quiet again) and while it moves one step by keyboard,
 * and takes the longest task on the renderer's main thread (`RunTask`) by its thread time
 * (`tdur`: the time the thread ran, not the time it waited for a core on a busy machine; `dur`
 * where the trace has no thread time, and the table says so). Median (min–max) over `--drags`
 * traces (default 3), at the default settings and with every slider of the widget at its maximum.
 *
 * Each widget is measured on a freshly loaded gallery, scrolled into view first (the gallery skips
 * rendering entries off screen).
 *
 * Two wall-clock figures stay beside it, cheap and comparable with earlier tables but floored by
 * the machine's noise: until the one-line reading shows the new result, and until the widget's
 * DOM stops changing, median (min–max) of `--runs` one-step changes (default 7). An earlier
 * wall-clock "longest task" (gaps between MessageChannel pings) is gone: on this shared machine
 * its floor was 8–160 ms. Prints a Markdown table and, when every widget was measured (no `--only`),
 * writes it to bench/results/widgets.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { openSite, waitForHydration } from '../tests/e2e/harness';

interface Args {
  readonly runs: number;
  readonly drags: number;
  readonly only: readonly string[];
  /** The page whose widgets are measured: the gallery, or a chapter (`--page /docs/...`). */
  readonly page: string;
}

function intArg(argv: string[], flag: string, fallback: number, max: number): number {
  const index = argv.indexOf(flag);
  if (index < 0) return fallback;
  const value = Number(argv[index + 1]);
  if (!Number.isInteger(value) || value < 1 || value > max)
    throw new RangeError(`${flag}: expected an integer from 1 to ${max}, got ${argv[index + 1]}`);
  return value;
}

function parseArgs(argv: string[]): Args {
  const index = argv.indexOf('--only');
  const pageIndex = argv.indexOf('--page');
  const page = pageIndex >= 0 ? (argv[pageIndex + 1] ?? '') : '/widgets';
  if (!page.startsWith('/')) throw new RangeError(`--page: expected a site path, got ${page}`);
  return {
    page,
    runs: intArg(argv, '--runs', 7, 50),
    drags: intArg(argv, '--drags', 3, 50),
    only: index >= 0 ? (argv[index + 1] ?? '').split(',').filter(Boolean) : [],
  };
}

const QUIET_MS = 120;
const DRAG_STEPS = 20;

interface Timing {
  readonly reading: number;
  readonly settled: number;
}

/** One slider step inside the page, timed with performance.now(); returns both durations in ms. */
async function timeOneChange(page: Page, name: string, direction: 1 | -1): Promise<Timing> {
  return page.evaluate(
    ({ name, direction, quietMs }) =>
      new Promise<Timing>((resolve, reject) => {
        const widget = document.querySelector(`[data-widget="${name}"]`);
        const slider = widget?.querySelector<HTMLInputElement>('input[type="range"]');
        const reading = widget?.querySelector('[data-reading]');
        if (!widget || !slider || !reading)
          return reject(new Error(`${name}: no slider or reading`));
        const before = reading.textContent;
        const step = Number(slider.step) || 1;
        const next = Math.min(
          Number(slider.max),
          Math.max(Number(slider.min), Number(slider.value) + direction * step),
        );
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        let readingAt = Number.NaN;
        let lastMutation = 0;
        let quietTimer: ReturnType<typeof setTimeout> | undefined;
        const start = performance.now();
        const observer = new MutationObserver(() => {
          lastMutation = performance.now();
          if (Number.isNaN(readingAt) && reading.textContent !== before) readingAt = lastMutation;
          clearTimeout(quietTimer);
          quietTimer = setTimeout(finish, quietMs);
        });
        const finish = (): void => {
          observer.disconnect();
          resolve({
            reading: (Number.isNaN(readingAt) ? lastMutation : readingAt) - start,
            settled: lastMutation - start,
          });
        };
        observer.observe(widget, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        setValue?.call(slider, String(next));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        quietTimer = setTimeout(finish, 2_000);
      }),
    { name, direction, quietMs: QUIET_MS },
  );
}

/**
 * Drags the first slider `steps` steps, one input event per frame (16 ms), half of them in
 * `direction` and back, then resolves once the widget's DOM has been quiet for twice QUIET_MS
 * (the last simulation answer drawn), at most 3 s after the last step.
 */
async function dragUntilQuiet(
  page: Page,
  name: string,
  direction: 1 | -1,
  steps: number,
): Promise<void> {
  await page.evaluate(
    ({ name, direction, steps, quietMs }) =>
      new Promise<void>((resolve, reject) => {
        const widget = document.querySelector(`[data-widget="${name}"]`);
        const slider = widget?.querySelector<HTMLInputElement>('input[type="range"]');
        if (!widget || !slider) return reject(new Error(`${name}: no slider`));
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const step = Number(slider.step) || 1;
        let quietTimer: ReturnType<typeof setTimeout> | undefined;
        let done = false;
        const finish = (): void => {
          if (done) return;
          done = true;
          observer.disconnect();
          clearTimeout(quietTimer);
          resolve();
        };
        const observer = new MutationObserver(() => {
          if (sent < steps) return;
          clearTimeout(quietTimer);
          quietTimer = setTimeout(finish, quietMs);
        });
        observer.observe(widget, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
        let sent = 0;
        const move = (): void => {
          const next = Math.min(
            Number(slider.max),
            Math.max(
              Number(slider.min),
              Number(slider.value) + (sent < steps / 2 ? direction : -direction) * step,
            ),
          );
          setValue?.call(slider, String(next));
          slider.dispatchEvent(new Event('input', { bubbles: true }));
          sent++;
          if (sent < steps) setTimeout(move, 16);
          else {
            quietTimer = setTimeout(finish, quietMs);
            setTimeout(finish, 3_000);
          }
        };
        setTimeout(move, 16);
      }),
    { name, direction, steps, quietMs: QUIET_MS * 2 },
  );
}

/**
 * Where the first slider has room to move `steps` steps from its value: down (-1) unless that
 * would run into its minimum, so a drag there and back ends where it started and every step
 * changes the value.
 */
async function dragDirection(page: Page, name: string, steps: number): Promise<1 | -1> {
  return page.evaluate(
    ({ name, steps }) => {
      const slider = document.querySelector<HTMLInputElement>(
        `[data-widget="${name}"] input[type="range"]`,
      )!;
      const step = Number(slider.step) || 1;
      return Number(slider.value) - steps * step >= Number(slider.min) ? -1 : 1;
    },
    { name, steps },
  );
}

/** One arrow-key step of the first slider, as a keyboard reader makes it; resolves when quiet. */
async function keyStep(page: Page, name: string, direction: 1 | -1): Promise<void> {
  const slider = page.locator(`[data-widget="${name}"] input[type="range"]`).first();
  await slider.focus();
  const quiet = page.evaluate(
    ({ name, quietMs }) =>
      new Promise<void>((resolve) => {
        const widget = document.querySelector(`[data-widget="${name}"]`)!;
        let quietTimer = setTimeout(finish, 1_000);
        function finish(): void {
          observer.disconnect();
          resolve();
        }
        const observer = new MutationObserver(() => {
          clearTimeout(quietTimer);
          quietTimer = setTimeout(finish, quietMs);
        });
        observer.observe(widget, {
          subtree: true,
          childList: true,
          characterData: true,
          attributes: true,
        });
      }),
    { name, quietMs: QUIET_MS * 2 },
  );
  await slider.press(direction > 0 ? 'ArrowRight' : 'ArrowLeft');
  await quiet;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  readonly dur?: number;
  readonly tdur?: number;
  readonly args?: { readonly name?: string; readonly data?: { frames?: { processId?: number }[] } };
}

/** Which clock the CPU figures use: thread time when the trace has it for every task. */
const clocks = new Set<'tdur' | 'dur'>();

const MARK = 'bench:window';

/**
 * Runs `actions` one after the other under one Chrome trace (starting and ending a trace costs
 * more than a drag) and returns, per action, the longest task on the page's renderer main thread
 * while it ran: in ms of thread time (`tdur`), or of wall time (`dur`) for a task without thread
 * time. A `performance.mark` before each action and after the last one splits the trace.
 */
async function longestTasksTraced(
  page: Page,
  cdp: CDPSession,
  actions: readonly (() => Promise<void>)[],
): Promise<number[]> {
  const events: TraceEvent[] = [];
  const onData = ({ value }: { value: object[] }): void => {
    events.push(...(value as TraceEvent[]));
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      recordMode: 'recordAsMuchAsPossible',
      includedCategories: [
        'devtools.timeline',
        'disabled-by-default-devtools.timeline',
        'toplevel',
        'blink.user_timing',
        '__metadata',
      ],
    },
  });
  const mark = (): Promise<void> => page.evaluate((mark) => void performance.mark(mark), MARK);
  for (const action of actions) {
    await mark();
    await action();
  }
  await mark();
  const complete = new Promise<void>((resolve) =>
    cdp.once('Tracing.tracingComplete', () => resolve()),
  );
  await cdp.send('Tracing.end');
  await complete;
  cdp.off('Tracing.dataCollected', onData);

  // The renderer main thread of the traced page: the process DevTools names for its frames.
  const framePids = new Set<number>();
  for (const event of events) {
    if (event.name === 'TracingStartedInBrowser')
      for (const frame of event.args?.data?.frames ?? [])
        if (frame.processId !== undefined) framePids.add(frame.processId);
  }
  const mains = events.filter(
    (event) =>
      event.ph === 'M' &&
      event.name === 'thread_name' &&
      event.args?.name === 'CrRendererMain' &&
      (framePids.size === 0 || framePids.has(event.pid)),
  );
  if (mains.length === 0) throw new Error('trace: no renderer main thread');
  const onMain = (event: TraceEvent): boolean =>
    mains.some((main) => main.pid === event.pid && main.tid === event.tid);
  const marks = [
    ...new Set(events.filter((e) => e.name === MARK && onMain(e)).map((e) => e.ts)),
  ].sort((x, y) => x - y);
  if (marks.length !== actions.length + 1)
    throw new Error(`trace: expected ${actions.length + 1} marks, found ${marks.length}`);
  const longest = actions.map(() => 0);
  for (const event of events) {
    if (event.ph !== 'X' || !onMain(event)) continue;
    if (event.name !== 'RunTask' && event.name !== 'ThreadControllerImpl::RunTask') continue;
    // The window the task started in; tasks before the first mark or after the last are not ours.
    const window = marks.findIndex((at, i) => event.ts >= at && event.ts < (marks[i + 1] ?? 0));
    if (window < 0) continue;
    clocks.add(event.tdur !== undefined ? 'tdur' : 'dur');
    longest[window] = Math.max(longest[window], (event.tdur ?? event.dur ?? 0) / 1000);
  }
  return longest;
}

/** Puts every slider of the widget at its maximum (one input event each) and waits for quiet. */
async function maximize(page: Page, name: string): Promise<void> {
  await page.evaluate((name) => {
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    for (const slider of document.querySelectorAll<HTMLInputElement>(
      `[data-widget="${name}"] input[type="range"]`,
    )) {
      setValue?.call(slider, slider.max);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
    }
  }, name);
  await page.waitForTimeout(1_500);
}

function stats(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)];
  return `${median.toFixed(1)} (${sorted[0].toFixed(1)}–${sorted[sorted.length - 1].toFixed(1)})`;
}

async function measure(page: Page, cdp: CDPSession, name: string, args: Args): Promise<string[]> {
  const cpu: string[] = [];
  const wall: string[] = [];
  // In view, as for a reader using it: the page may skip rendering what is off screen.
  await page.locator(`[data-widget="${name}"]`).scrollIntoViewIfNeeded();
  await page.waitForTimeout(QUIET_MS * 2);
  for (const phase of ['default', 'max'] as const) {
    if (phase === 'max') await maximize(page, name);
    // There and back, so the slider ends where the phase put it.
    const first = await dragDirection(page, name, DRAG_STEPS / 2);
    const direction = (i: number): 1 | -1 => (i % 2 === 0 ? first : -first) as 1 | -1;
    const actions: (() => Promise<void>)[] = [];
    for (let i = 0; i < args.drags; i++) {
      actions.push(() => dragUntilQuiet(page, name, first, DRAG_STEPS));
      actions.push(() => keyStep(page, name, direction(i)));
    }
    const longest = await longestTasksTraced(page, cdp, actions);
    const dragged = longest.filter((_, i) => i % 2 === 0);
    const stepped = longest.filter((_, i) => i % 2 === 1);
    cpu.push(stats(dragged), stats(stepped));
    const timings: Timing[] = [];
    for (let i = 0; i < args.runs; i++) {
      timings.push(await timeOneChange(page, name, direction(i)));
    }
    wall.push(stats(timings.map((t) => t.reading)), stats(timings.map((t) => t.settled)));
  }
  // CPU columns first (defaults, then max), then the wall-clock ones.
  return [cpu[0], cpu[2], cpu[1], cpu[3], ...wall];
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const site = await openSite();
  const context = await site.newContext({ viewport: { width: 1200, height: 900 } });
  // A fresh gallery per widget, so no widget pays for the garbage or the state the previous ones
  // left behind (after 18 widgets, a major collection could land in the last one's drag).
  const openGallery = async (): Promise<{ page: Page; cdp: CDPSession }> => {
    const page = await context.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name();
    // the functions passed to page.evaluate run in the page, where that helper must exist too.
    await page.addInitScript('window.__name = (fn) => fn;');
    await page.goto(args.page);
    await waitForHydration(page);
    return { page, cdp: await context.newCDPSession(page) };
  };
  const { page, cdp } = await openGallery();
  const all = await page
    .locator('[data-widget]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-widget') ?? ''));
  const unknown = args.only.filter((name) => !all.includes(name));
  if (unknown.length > 0) throw new Error(`--only: no such widget: ${unknown.join(', ')}`);
  const names = args.only.length > 0 ? all.filter((name) => args.only.includes(name)) : all;

  // The same probes with no input at all: what the machine itself (other processes on a shared
  // core, garbage collection, frames) costs, the floor under every "longest task" figure.
  const idleCpu = await longestTasksTraced(
    page,
    cdp,
    Array.from({ length: args.drags }, () => () => page.waitForTimeout(16 * DRAG_STEPS + 300)),
  );
  console.log(`idle floor: CPU ${stats(idleCpu)} ms`);
  const lines = [
    '| widget | CPU, drag at defaults | CPU, drag at max | CPU, key step at defaults | CPU, key step at max | reading, defaults | settled, defaults | reading, max | settled, max |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  await page.close();
  for (const name of names) {
    const gallery = await openGallery();
    const row = await measure(gallery.page, gallery.cdp, name, args);
    await gallery.page.close();
    lines.push(`| ${name} | ${row.join(' | ')} |`);
    console.log(lines[lines.length - 1]);
  }
  await site.close();
  const clock = clocks.has('dur')
    ? clocks.has('tdur')
      ? '`tdur` (thread time) where the trace has it, `dur` (wall time) for the tasks without'
      : '`dur` (wall time: this Chromium records no thread time)'
    : '`tdur` (thread time)';
  const header = [
    '# Widget recompute times',
    '',
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${process.platform}/${process.arch}, Node ${process.version}, headless Chromium, on the built gallery (\`/widgets\`) with \`npm run bench:widgets\`.`,
    '',
    'How to read the columns (all in ms, median (min–max)):',
    '',
    `- **CPU** columns answer "under 16 ms per change at defaults". Each is the longest task on the renderer main thread (\`RunTask\` in a Chrome trace) by ${clock}, over ${args.drags} traces per cell. "drag": the first slider dragged ${DRAG_STEPS} steps, one input event per 16 ms frame, and traced until the widget's DOM was quiet for ${QUIET_MS * 2} ms (the last simulation answer drawn). "key step": one arrow-key press on that slider, traced the same way.`,
    `- **reading** / **settled** (wall clock, ${args.runs} one-step changes): until the one-line result changes / until the widget's DOM is quiet for ${QUIET_MS} ms (deferred chart and worker work included).`,
    '- "max" puts every slider of the widget at its maximum first.',
    `- The same trace with no input at all finds a longest task of ${stats(idleCpu)} on this machine. Each widget is measured on a freshly loaded gallery, scrolled into view first, as for a reader using it.`,
    '',
  ];
  if (args.only.length > 0 || args.page !== '/widgets') return;
  const out = path.resolve(__dirname, 'results', 'widgets.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, [...header, ...lines, ''].join('\n'));
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

void main();
