/**
 * `npm run bench`: how long each widget of the gallery takes to recompute after a control change,
 * measured in Chromium on the built site (not a timed test: the numbers depend on the machine).
 *
 * For every widget it moves the first slider one step, as a reader's arrow key would, and times
 * (a) until the one-line reading shows the new result and (b) until the widget's DOM stops
 * changing (deferred chart work included), at the default settings and with every slider of the
 * widget at its maximum. Median, min and max over repeated changes; the goal is under 16 ms (one
 * frame) at defaults. It also drags the first slider, 20 steps one frame apart, and records the
 * longest stretch the main thread was busy meanwhile (the longest task: the Long Tasks API only
 * reports tasks over 50 ms, too coarse for a 16 ms goal). Prints a Markdown table and writes it to
 * bench/results/widgets.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { openSite, waitForHydration } from '../tests/e2e/harness';

const RUNS = 7;
const QUIET_MS = 120;
const DRAGS = 5;
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
 * Drags the first slider `steps` steps, one input event per frame (16 ms), as a mouse drag
 * would, and returns the longest gap between consecutive MessageChannel pings meanwhile and for
 * 300 ms after: the longest stretch the main thread could not answer, i.e. the longest task.
 */
async function longestTaskWhileDragging(
  page: Page,
  name: string,
  direction: 1 | -1,
  steps: number,
  idle = false,
): Promise<number> {
  return page.evaluate(
    ({ name, direction, steps, idle }) =>
      new Promise<number>((resolve, reject) => {
        const slider = document.querySelector<HTMLInputElement>(
          `[data-widget="${name}"] input[type="range"]`,
        );
        if (!slider) return reject(new Error(`${name}: no slider`));
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
        const step = Number(slider.step) || 1;
        const channel = new MessageChannel();
        let running = true;
        let last = performance.now();
        let longest = 0;
        channel.port1.onmessage = () => {
          const now = performance.now();
          longest = Math.max(longest, now - last);
          last = now;
          if (running) channel.port2.postMessage(null);
        };
        channel.port2.postMessage(null);
        let sent = 0;
        const move = (): void => {
          const next = Math.min(
            Number(slider.max),
            Math.max(Number(slider.min), Number(slider.value) + direction * step),
          );
          if (!idle) {
            setValue?.call(slider, String(next));
            slider.dispatchEvent(new Event('input', { bubbles: true }));
          }
          sent++;
          if (sent < steps) setTimeout(move, 16);
          else
            setTimeout(() => {
              running = false;
              channel.port1.close();
              resolve(longest);
            }, 300);
        };
        setTimeout(move, 16);
      }),
    { name, direction, steps, idle },
  );
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

async function measure(page: Page, name: string): Promise<string[]> {
  const row: string[] = [];
  for (const phase of ['default', 'max'] as const) {
    if (phase === 'max') await maximize(page, name);
    const timings: Timing[] = [];
    for (let i = 0; i < RUNS; i++) {
      // Alternate directions so the value stays near where the phase put it.
      timings.push(await timeOneChange(page, name, i % 2 === 0 ? -1 : 1));
    }
    row.push(stats(timings.map((t) => t.reading)), stats(timings.map((t) => t.settled)));
    const longest: number[] = [];
    for (let i = 0; i < DRAGS; i++) {
      // Down then back up, so the slider ends where the phase put it.
      const direction = i % 2 === 0 ? -1 : 1;
      longest.push(await longestTaskWhileDragging(page, name, direction, DRAG_STEPS));
      await page.waitForTimeout(QUIET_MS);
    }
    row.push(stats(longest));
  }
  return row;
}

async function main(): Promise<void> {
  const site = await openSite();
  const context = await site.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await context.newPage();
  // tsx compiles this file with esbuild's keepNames, which wraps named functions in __name();
  // the functions passed to page.evaluate run in the page, where that helper must exist too.
  await page.addInitScript('window.__name = (fn) => fn;');
  await page.goto('/widgets');
  await waitForHydration(page);
  const names = await page
    .locator('[data-widget]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('data-widget') ?? ''));
  const lines = [
    '| widget | reading, defaults (ms) | settled, defaults (ms) | longest task, drag at defaults (ms) | reading, max (ms) | settled, max (ms) | longest task, drag at max (ms) |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  // The same probe with no input at all: what the machine itself (other processes on a shared
  // core, garbage collection, frames) costs, the floor under every "longest task" figure.
  const idle: number[] = [];
  for (let i = 0; i < DRAGS * 2; i++) {
    idle.push(await longestTaskWhileDragging(page, names[0], 1, DRAG_STEPS, true));
  }
  console.log(`idle floor ${stats(idle)}`);
  for (const name of names) {
    const row = await measure(page, name);
    lines.push(`| ${name} | ${row.join(' | ')} |`);
    console.log(lines[lines.length - 1]);
  }
  await site.close();
  const header = [
    '# Widget recompute times',
    '',
    `Median (min–max) of ${RUNS} one-step slider changes per widget on the built gallery in headless Chromium;`,
    `"reading" is until the one-line result changes, "settled" until the widget's DOM is quiet for ${QUIET_MS} ms`,
    `(deferred chart work included). "longest task" is the median over ${DRAGS} drags of the first slider`,
    `(${DRAG_STEPS} steps, one per 16 ms frame) of the longest time the main thread was busy during the drag and`,
    '300 ms after, from gaps between MessageChannel pings. "max" puts every slider of the widget at its maximum first.',
    `The same probe with no input finds a longest gap of ${stats(idle)} ms (median of ${DRAGS * 2}): the floor of that column on this machine.`,
    `Measured ${new Date().toISOString().slice(0, 10)} on ${process.platform}/${process.arch}, Node ${process.version}.`,
    '',
  ];
  const out = path.resolve(__dirname, 'results', 'widgets.md');
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, [...header, ...lines, ''].join('\n'));
  console.log(`\nwritten to ${path.relative(process.cwd(), out)}`);
}

void main();
