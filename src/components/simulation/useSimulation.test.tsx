import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JSDOM } from 'jsdom';
import React, { act, type ReactNode } from 'react';
import { useSimulation } from './useSimulation';

// A DOM without Worker: the hook falls back to running each job after a setTimeout(0), which is
// the path this test can observe; the worker path posts the same input to the same function.
const dom = new JSDOM('<!doctype html><div id="root"></div>');
Object.assign(globalThis, {
  window: dom.window,
  document: dom.window.document,
  navigator: dom.window.navigator,
});
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

// The project has no @types/react-dom: the two entry points are typed here as far as used.
interface Root {
  render(node: ReactNode): void;
  unmount(): void;
}
const reactDom = (name: string): Promise<unknown> => import(name);
const createRoot = async (element: Element): Promise<Root> =>
  ((await reactDom('react-dom/client')) as { createRoot(element: Element): Root }).createRoot(
    element,
  );
const renderToString = async (node: ReactNode): Promise<string> =>
  (
    (await reactDom('react-dom/server')) as { renderToString(node: ReactNode): string }
  ).renderToString(node);

const calls: number[] = [];
function square(input: { n: number }): number {
  calls.push(input.n);
  return input.n * input.n;
}

function Probe({ n }: { readonly n: number }): ReactNode {
  const { input, result, pending } = useSimulation('co', square, { n });
  return <output>{`${input.n}:${result}:${pending ? 'pending' : 'done'}`}</output>;
}

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 5));

test('the server render already holds the result, computed once', async () => {
  calls.length = 0;
  assert.match(await renderToString(<Probe n={3} />), /3:9:done/);
  assert.deepEqual(calls, [3]);
});

test('a new input keeps the last result on screen until its own arrives', async () => {
  const root = await createRoot(document.getElementById('root') as HTMLElement);
  const text = (): string => document.querySelector('output')?.textContent ?? '';
  await act(async () => root.render(<Probe n={2} />));
  assert.equal(text(), '2:4:done');
  // A synchronous act: the render and its effects, not the job's timer.
  act(() => root.render(<Probe n={5} />));
  // Between the render and the job, the old input and result stay together.
  assert.equal(text(), '2:4:pending');
  await act(tick);
  assert.equal(text(), '5:25:done');
  await act(async () => root.unmount());
});

test('while one job runs, intermediate inputs are skipped and only the latest is computed', async () => {
  calls.length = 0;
  const root = await createRoot(document.getElementById('root') as HTMLElement);
  await act(async () => root.render(<Probe n={1} />));
  await act(async () => {
    for (const n of [2, 3, 4, 5, 6]) root.render(<Probe n={n} />);
  });
  for (let i = 0; i < 5; i++) await act(tick);
  assert.equal(document.querySelector('output')?.textContent, '6:36:done');
  // 1 at mount; then the first new input React rendered, then only the latest (6).
  assert.equal(calls[0], 1);
  assert.equal(calls[calls.length - 1], 6);
  assert.ok(calls.length <= 3, `computed ${calls.join(', ')}`);
  await act(async () => root.unmount());
});
