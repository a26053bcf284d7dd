import { createRng } from './rng';
import { requireFinite, requireInteger, requireNonNegative, requirePositive } from './validate';

/** Inputs of {@link batchingTradeoff}. */
export interface BatchingInput {
  /** Poisson arrival rate λ of items, items/s (> 0). */
  arrivalRate: number;
  /**
   * Batch size limit B in items (integer >= 1). For a Kafka producer this is
   * floor(batch.size / record bytes); batch.size defaults to 16384 bytes.
   */
  maxBatchSize: number;
  /** Linger time L in seconds (>= 0): Kafka's linger.ms / 1000, 5 ms by default since 4.0. */
  lingerSeconds: number;
  /** Fixed cost of sending one batch (request overhead, syscall, RTT share), seconds (>= 0). */
  fixedCostSeconds: number;
  /** Marginal cost per item in a batch, seconds (>= 0). */
  perItemCostSeconds: number;
}

/** Result of {@link batchingTradeoff}. */
export interface BatchingResult {
  /** E[items per batch] = 1 + E[min(B - 1, Poisson(λL))]. */
  expectedBatchSize: number;
  /** Batches closed per second, λ / E[size]. */
  batchesPerSecond: number;
  /** Worker time per item, fixed / E[size] + perItem, seconds. */
  costPerItemSeconds: number;
  /** Items/s the worker sustains with full batches: B / (fixed + perItem × B). */
  maxThroughput: number;
  /** Fraction of time the worker is busy: λ × (fixed / E[size] + perItem). */
  utilization: number;
  /** Mean time an item waits for its batch to close (not counting the worker's queue), s. */
  meanAddedWaitSeconds: number;
  /** Whether utilization < 1, i.e. the worker keeps up with batches formed by this rule. */
  stable: boolean;
}

/**
 * P(X >= j) for j = 0..jMax with X ~ Poisson(m). The pmf is built in log space
 * (ln p_j = ln p_{j-1} + ln m - ln j) so e^{-m} cannot underflow to a wrong answer.
 */
function poissonTails(m: number, jMax: number): Float64Array {
  const tails = new Float64Array(jMax + 1);
  tails[0] = 1;
  if (m === 0) return tails; // X = 0: every tail beyond 0 is 0
  let logPmf = -m;
  let cdf = 0;
  for (let j = 1; j <= jMax; j++) {
    cdf += Math.exp(logPmf); // adds p_{j-1}
    tails[j] = Math.max(0, 1 - cdf);
    logPmf += Math.log(m) - Math.log(j);
  }
  return tails;
}

/**
 * Size-or-linger batching under Poisson arrivals. A batch opens when an item arrives at a
 * batcher with no open batch, and closes when it holds B items or L seconds after it opened,
 * whichever is first (Kafka's producer sends a batch when batch.size fills or linger.ms
 * expires; Nagle's algorithm is the same idea for small TCP segments). Sending a batch of b
 * items costs the worker fixed + perItem × b seconds.
 *
 * With X ~ Poisson(λL) the arrivals during the linger window,
 *
 *   E[size] = 1 + E[min(B - 1, X)] = 1 + Σ_{j=1}^{B-1} P(X >= j)
 *
 * Items in the open batch at time t < close are 1 + A(t), with A(t) ~ Poisson(λt) and the
 * batch still open iff A(t) <= B - 2; integrating, with ∫_0^L P(A(t) = a) dt = P(X >= a+1)/λ,
 * the total wait of a batch's items has mean (1/λ) Σ_{j=1}^{B-1} j P(X >= j), so per item
 * (renewal-reward)
 *
 *   mean added wait = Σ_{j=1}^{B-1} j P(X >= j) / (λ E[size])
 *
 * Limits: L = 0 gives size 1 and no wait; B = ∞ gives 1 + λL and (L + λL²/2)/(1 + λL);
 * L = ∞ gives B and (B - 1)/(2λ). The simpler estimate min(B, 1 + λL) is an upper bound on
 * E[size] (Jensen). Worker utilization is λ (fixed / E[size] + perItem): batching amortizes the
 * fixed cost, and the ceiling with full batches is B / (fixed + perItem × B) items/s. The
 * model keeps the closing rule fixed; a real producer whose sender falls behind accumulates
 * fuller batches, which is why throughput can approach that ceiling under load.
 *
 * Apache Kafka documentation, producer configs batch.size (default 16384 bytes) and
 * linger.ms (default 5 ms since Kafka 4.0, KIP-1030; 0 before); Nagle, J. "Congestion
 * Control in IP/TCP Internetworks." RFC 896, 1984.
 */
export function batchingTradeoff(input: BatchingInput): BatchingResult {
  const { arrivalRate, maxBatchSize, lingerSeconds, fixedCostSeconds, perItemCostSeconds } = input;
  requirePositive('arrivalRate', arrivalRate);
  requireInteger('maxBatchSize', maxBatchSize);
  requireNonNegative('lingerSeconds', lingerSeconds);
  requireNonNegative('fixedCostSeconds', fixedCostSeconds);
  requireNonNegative('perItemCostSeconds', perItemCostSeconds);
  if (maxBatchSize > 10_000_000) {
    throw new RangeError(`maxBatchSize must be at most 10,000,000, got ${maxBatchSize}`);
  }
  const tails = poissonTails(arrivalRate * lingerSeconds, maxBatchSize - 1);
  let extra = 0;
  let waitSum = 0;
  for (let j = 1; j < maxBatchSize; j++) {
    extra += tails[j];
    waitSum += j * tails[j];
  }
  const expectedBatchSize = 1 + extra;
  const costPerItemSeconds = fixedCostSeconds / expectedBatchSize + perItemCostSeconds;
  const utilization = arrivalRate * costPerItemSeconds;
  const fullBatchCost = fixedCostSeconds + perItemCostSeconds * maxBatchSize;
  return {
    expectedBatchSize,
    batchesPerSecond: arrivalRate / expectedBatchSize,
    costPerItemSeconds,
    maxThroughput: fullBatchCost === 0 ? Infinity : maxBatchSize / fullBatchCost,
    utilization,
    meanAddedWaitSeconds: waitSum / (arrivalRate * expectedBatchSize),
    stable: utilization < 1,
  };
}

/** Inputs of {@link simulateBatching}: the model's inputs plus the run length and seed. */
export interface BatchingSimulationInput extends BatchingInput {
  /** Items to simulate (integer >= 1). */
  items: number;
  seed: number;
}

/** Result of {@link simulateBatching}. */
export interface BatchingSimulationResult {
  batches: number;
  meanBatchSize: number;
  /** Mean of (batch close time - item arrival time) over items, seconds. */
  meanAddedWaitSeconds: number;
  /** Mean wait of an item's batch in the worker's FIFO queue before service, seconds. */
  meanWorkerQueueSeconds: number;
  /** Worker busy time / time from the first arrival to the last completion. */
  utilization: number;
}

/**
 * Event-by-event simulation of {@link batchingTradeoff}'s model: Poisson arrivals, the
 * size-or-linger closing rule, and one worker serving closed batches first-come first-served
 * at fixed + perItem × size seconds each. Used to check the closed forms; it also reports the
 * worker-queue wait the closed form leaves out.
 *
 * Apache Kafka producer documentation (batch.size, linger.ms); Nagle, RFC 896, 1984.
 */
export function simulateBatching(input: BatchingSimulationInput): BatchingSimulationResult {
  const { arrivalRate, maxBatchSize, lingerSeconds, fixedCostSeconds, perItemCostSeconds } = input;
  requirePositive('arrivalRate', arrivalRate);
  requireInteger('maxBatchSize', maxBatchSize);
  requireNonNegative('lingerSeconds', lingerSeconds);
  requireNonNegative('fixedCostSeconds', fixedCostSeconds);
  requireNonNegative('perItemCostSeconds', perItemCostSeconds);
  requireInteger('items', input.items);
  requireFinite('seed', input.seed);
  const rng = createRng(input.seed);
  let clock = 0;
  const nextArrival = (): number => (clock += rng.exponential(arrivalRate));
  const firstArrival = nextArrival();
  let pending = firstArrival; // arrival time of the next item not yet in a batch
  let remaining = input.items; // items not yet in a batch, including `pending`
  let batches = 0;
  let totalWait = 0;
  let totalQueue = 0;
  let busy = 0;
  let workerFree = 0;
  while (remaining > 0) {
    // The pending item opens a batch.
    const open = pending;
    const deadline = open + lingerSeconds;
    let size = 1;
    let offsetSum = 0; // Σ (arrival - open) over the batch
    let last = open;
    remaining--;
    pending = remaining > 0 ? nextArrival() : Infinity;
    while (size < maxBatchSize && pending <= deadline) {
      size++;
      offsetSum += pending - open;
      last = pending;
      remaining--;
      pending = remaining > 0 ? nextArrival() : Infinity;
    }
    const close = size === maxBatchSize ? last : deadline;
    totalWait += size * (close - open) - offsetSum;
    const service = fixedCostSeconds + perItemCostSeconds * size;
    const start = Math.max(close, workerFree);
    totalQueue += (start - close) * size;
    workerFree = start + service;
    busy += service;
    batches++;
  }
  const span = workerFree - firstArrival;
  return {
    batches,
    meanBatchSize: input.items / batches,
    meanAddedWaitSeconds: totalWait / input.items,
    meanWorkerQueueSeconds: totalQueue / input.items,
    utilization: span > 0 ? busy / span : 0,
  };
}
