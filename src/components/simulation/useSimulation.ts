import { useEffect, useRef, useState } from 'react';
import type { JobName } from './jobs';

interface Answer {
  readonly id: number;
  readonly result?: unknown;
  readonly error?: string;
}

/** The page's one simulation worker: undefined until first asked for, null if unavailable. */
let worker: Worker | null | undefined;
let nextId = 0;
const waiting = new Map<number, (answer: Answer) => void>();

function getWorker(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    // Rspack bundles the worker and its models as a separate chunk, fetched on first use only.
    worker = new Worker(new URL('./simulation.worker.ts', import.meta.url));
    worker.onmessage = (event: MessageEvent<Answer>) => {
      const resolve = waiting.get(event.data.id);
      waiting.delete(event.data.id);
      resolve?.(event.data);
    };
    worker.onerror = () => {
      // A worker that cannot load (a blocked script, say) is dropped; pending and later jobs run
      // on the main thread instead.
      worker = null;
      for (const resolve of waiting.values()) resolve({ id: -1, error: 'worker failed' });
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Runs `compute(input)` in the worker, or after yielding to the event loop without one. */
function run<I, O>(name: JobName, compute: (input: I) => O, input: I): Promise<O> {
  const fallback = (): Promise<O> =>
    new Promise((resolve, reject) => {
      setTimeout(() => {
        try {
          resolve(compute(input));
        } catch (error) {
          reject(error instanceof Error ? error : new Error(String(error)));
        }
      }, 0);
    });
  const target = getWorker();
  if (!target) return fallback();
  const id = nextId++;
  return new Promise<O>((resolve, reject) => {
    waiting.set(id, (answer) => {
      if (answer.id === -1) fallback().then(resolve, reject);
      else if (answer.error !== undefined) reject(new RangeError(answer.error));
      else resolve(answer.result as O);
    });
    target.postMessage({ id, name, input });
  });
}

interface Shown<I, O> {
  readonly key: string;
  readonly input: I;
  readonly result: O;
}

/**
 * The result of a simulation that is too slow for the render of a control change. The first
 * render (on the server and at hydration) computes it at once, so the static HTML holds the
 * chart; after that each new input is computed off the main thread, in a Web Worker (`name`
 * must be registered in `jobs.ts` with the same `compute`), and the previous result stays on
 * screen until the new one arrives. At most one job per widget is in flight: while a slider is
 * dragged, intermediate values are skipped and only the latest input is computed next.
 *
 * Returns the result with the input it belongs to (draw and word the result with that input,
 * not with the live control values) and whether a newer input is still being computed.
 */
export function useSimulation<I, O>(
  name: JobName,
  compute: (input: I) => O,
  input: I,
): { input: I; result: O; pending: boolean } {
  const key = JSON.stringify(input);
  const [shown, setShown] = useState<Shown<I, O>>(() => ({ key, input, result: compute(input) }));
  const latest = useRef({ key, input });
  const busy = useRef(false);
  const shownKey = useRef(shown.key);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    latest.current = { key, input };
    const pump = (): void => {
      const wanted = latest.current;
      if (busy.current || !mounted.current || wanted.key === shownKey.current) return;
      busy.current = true;
      run(name, compute, wanted.input).then(
        (result) => {
          busy.current = false;
          if (!mounted.current) return;
          shownKey.current = wanted.key;
          setShown({ key: wanted.key, input: wanted.input, result });
          pump();
        },
        () => {
          // Inputs are clamped before they get here, so a model error is a bug: keep the last
          // good result on screen rather than a broken chart.
          busy.current = false;
          shownKey.current = wanted.key;
          pump();
        },
      );
    };
    pump();
    // `input` is represented by `key`: a new object with the same content is the same job.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, name, compute]);

  return { input: shown.input, result: shown.result, pending: shown.key !== key };
}
