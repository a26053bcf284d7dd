import { requireNonNegative } from './validate';

/** The three quantities of Little's law; give exactly two to {@link littlesLaw}. */
export interface LittlesLawInput {
  /** lambda, long-run rate of requests entering (= leaving) the system, requests per second. */
  arrivalRate?: number;
  /** W, mean time a request spends in the system, seconds. */
  responseTime?: number;
  /** L, time-average number of requests in the system (in flight, or "concurrency"). */
  concurrency?: number;
}

/** All three quantities, the missing one solved for. */
export interface LittlesLawResult {
  arrivalRate: number;
  responseTime: number;
  concurrency: number;
}

/**
 * Little's law, L = lambda W: the mean number of requests in a system equals their arrival rate
 * times the mean time each spends inside. Give exactly two of `arrivalRate`, `responseTime`
 * and `concurrency` (all >= 0); the third is solved for as lambda W, L / W or L / lambda.
 *
 * It holds for any arrival process, any service-time distribution, any number of servers and
 * any queueing discipline, as long as the system is stable (requests do not pile up without
 * bound) and the averages are taken over a long interval, so that requests already inside at
 * its start and still inside at its end are negligible. It relates means only: it says nothing
 * about percentiles.
 *
 * Little, J. D. C. "A Proof for the Queuing Formula: L = λW." Operations Research 9(3):383-387,
 * 1961.
 *
 * @throws RangeError unless exactly two quantities are given, if one is negative or not finite,
 *   or if the solution divides by zero (solving for `arrivalRate` with `responseTime` 0, or for
 *   `responseTime` with `arrivalRate` 0).
 */
export function littlesLaw(input: LittlesLawInput): LittlesLawResult {
  const { arrivalRate, responseTime, concurrency } = input;
  const given = [arrivalRate, responseTime, concurrency].filter((x) => x !== undefined).length;
  if (given !== 2) {
    throw new RangeError(
      `exactly two of arrivalRate, responseTime and concurrency must be given, got ${given}`,
    );
  }
  if (concurrency === undefined) {
    requireNonNegative('arrivalRate', arrivalRate as number);
    requireNonNegative('responseTime', responseTime as number);
    return {
      arrivalRate: arrivalRate as number,
      responseTime: responseTime as number,
      concurrency: (arrivalRate as number) * (responseTime as number),
    };
  }
  requireNonNegative('concurrency', concurrency);
  if (arrivalRate === undefined) {
    const w = requireNonNegative('responseTime', responseTime as number);
    if (w === 0) {
      throw new RangeError('responseTime must be greater than 0 to solve for arrivalRate');
    }
    return { arrivalRate: concurrency / w, responseTime: w, concurrency };
  }
  const lambda = requireNonNegative('arrivalRate', arrivalRate);
  if (lambda === 0) {
    throw new RangeError('arrivalRate must be greater than 0 to solve for responseTime');
  }
  return { arrivalRate: lambda, responseTime: concurrency / lambda, concurrency };
}
