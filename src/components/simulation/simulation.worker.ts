/// <reference lib="webworker" />
import { JOBS, type JobName } from './jobs';

interface Request {
  readonly id: number;
  readonly name: JobName;
  readonly input: unknown;
}

// One job at a time, in order; the page sends a widget's next input only after its previous
// answer, so the queue never holds stale work for long.
self.onmessage = (event: MessageEvent<Request>) => {
  const { id, name, input } = event.data;
  try {
    const job = JOBS[name] as (input: unknown) => unknown;
    self.postMessage({ id, result: job(input) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
