import { requireNonNegative, requirePositive } from './validate';

/**
 * Kingman's approximation for the mean wait in a G/G/1 queue (one server, general independent
 * interarrival and service times, FCFS):
 *
 *   E[W_q] ≈ (rho / (1 - rho)) · ((c_a^2 + c_s^2) / 2) · S
 *
 * where rho is the utilization, S the mean service time and c_a, c_s the coefficients of
 * variation (standard deviation / mean) of interarrival and service times. It separates the
 * three levers on queueing delay: utilization, variability and the job's own size. It is the
 * heavy-traffic limit (exact as rho -> 1) and an approximation below it, except that with
 * Poisson arrivals (c_a = 1) it is exactly the Pollaczek-Khinchine mean for M/G/1, so it gives
 * M/M/1 for c_s = 1 and M/D/1 for c_s = 0.
 *
 * At rho >= 1 the queue has no steady state and the result is `Infinity`.
 *
 * Kingman, J. F. C. "The single server queue in heavy traffic." Mathematical Proceedings of the
 * Cambridge Philosophical Society 57(4):902-904, 1961.
 * Hopp, W. J. & Spearman, M. L. Factory Physics, 3rd ed. Waveland, 2008, chapter 8 (the
 * "VUT" form used here).
 *
 * @param utilization rho = lambda S, >= 0
 * @param meanServiceTime S, seconds, > 0
 * @param arrivalCv c_a, >= 0 (1 for Poisson arrivals, 0 for a fixed rate)
 * @param serviceCv c_s, >= 0 (1 for exponential service, 0 for a fixed service time)
 * @returns mean time in queue before service, seconds
 */
export function kingmanWaitingTime(
  utilization: number,
  meanServiceTime: number,
  arrivalCv: number,
  serviceCv: number,
): number {
  requireNonNegative('utilization', utilization);
  requirePositive('meanServiceTime', meanServiceTime);
  requireNonNegative('arrivalCv', arrivalCv);
  requireNonNegative('serviceCv', serviceCv);
  if (utilization >= 1) return Infinity;
  return (
    (utilization / (1 - utilization)) *
    ((arrivalCv * arrivalCv + serviceCv * serviceCv) / 2) *
    meanServiceTime
  );
}
