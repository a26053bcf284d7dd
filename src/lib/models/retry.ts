import { requireInteger, requireNonNegative, requireProbability } from './validate';

/**
 * Expected attempts per call when each attempt fails independently with probability p and a
 * failed attempt is retried until `attempts` tries (including the first) have been made:
 *
 *   E = 1 + p + p² + … + p^{a-1} = (1 - p^a) / (1 - p),   and E = a when p = 1.
 *
 * Beyer, B., Jones, C., Petoff, J. & Murphy, N. R. (eds.) Site Reliability Engineering,
 * O'Reilly, 2016, ch. 21 "Handling Overload" (per-request retry limit of three attempts).
 *
 * @param attempts total tries including the first (integer >= 1)
 * @param failureProbability probability that one attempt fails, in [0, 1]
 */
export function expectedAttempts(attempts: number, failureProbability: number): number {
  requireInteger('attempts', attempts);
  requireProbability('failureProbability', failureProbability);
  let sum = 0;
  let term = 1;
  for (let i = 0; i < attempts; i++) {
    sum += term;
    term *= failureProbability;
  }
  return sum;
}

/** Inputs of {@link retryAmplification}. */
export interface RetryAmplificationInput {
  /** Layers of services that each retry their downstream call (integer >= 1). */
  depth: number;
  /** Tries per call at every layer, including the first (integer >= 1; 3 is common). */
  attemptsPerLayer: number;
  /** Probability that one attempt fails, independently of every other, in [0, 1]. */
  failureProbability: number;
  /**
   * Retry budget: retries allowed per original call at each layer (>= 0), e.g. 0.1 for the
   * SRE book's 10 % per-client budget. Omit for no budget.
   */
  retryBudgetRatio?: number;
}

/** Result of {@link retryAmplification}; "load" is calls per top-level request. */
export interface RetryAmplificationResult {
  /** attemptsPerLayer^depth: calls reaching the deepest layer when it always fails. */
  worstCase: number;
  /** min(attemptsPerLayer, 1 + ratio)^depth: the same with the retry budget. */
  worstCaseWithBudget: number;
  /** Expected attempts per call at one layer, (1 - p^a) / (1 - p). */
  attemptsPerCall: number;
  /** min(attemptsPerCall, 1 + ratio): the budget caps retries at `ratio` per call. */
  attemptsPerCallWithBudget: number;
  /** Expected calls reaching layer k = 1..depth: attemptsPerCall^k. */
  loadPerLayer: number[];
  /** The same with the retry budget: attemptsPerCallWithBudget^k. */
  loadPerLayerWithBudget: number[];
  /** Probability that a call fails after all its attempts, p^a (without a budget). */
  callFailureProbability: number;
}

/**
 * Retry amplification through a stack of `depth` services that each retry their downstream
 * call up to `attemptsPerLayer` tries. Every attempt that reaches layer k makes its own calls
 * further down, so calls multiply layer by layer:
 *
 * - worst case (the deepest dependency always fails, every layer exhausts its tries): the
 *   deepest layer receives a^d calls per user request; 3 tries at each of 3 layers is 27.
 * - independent failures with probability p per attempt: each call makes
 *   E = (1 - p^a)/(1 - p) attempts on average, and layer k receives E^k; p = 0 gives 1.
 * - with a retry budget of ratio r (retries at most r × original calls per client), a layer
 *   sends at most (1 + r) attempts per call on average, so load is min(E, 1 + r)^k and the
 *   worst case min(a, 1 + r)^d: (1.1)^3 ≈ 1.33 instead of 27.
 *
 * Real failures are correlated (overload makes every attempt likelier to fail), which makes
 * the independent case optimistic and the worst case the one to plan for. The budget is the
 * SRE book's per-client ratio; gRPC's retry throttling (proposal A6) is stricter under
 * sustained failure: a token bucket loses 1 token per failed attempt and gains tokenRatio per
 * success, and retries stop while tokens <= maxTokens / 2, so amplification falls to 1.
 *
 * Beyer, Jones, Petoff & Murphy (eds.) Site Reliability Engineering, O'Reilly, 2016, ch. 21
 * "Handling Overload" (at most three attempts per request; per-client retry budget of about
 * 10 %) and ch. 22 "Addressing Cascading Failures" (retries multiplying across layers); gRPC
 * proposal A6 "gRPC Retry Design" (maxAttempts capped at 5, retry throttling).
 */
export function retryAmplification(input: RetryAmplificationInput): RetryAmplificationResult {
  const { depth, attemptsPerLayer, failureProbability } = input;
  requireInteger('depth', depth);
  requireInteger('attemptsPerLayer', attemptsPerLayer);
  requireProbability('failureProbability', failureProbability);
  const ratio =
    input.retryBudgetRatio === undefined
      ? Infinity
      : requireNonNegative('retryBudgetRatio', input.retryBudgetRatio);
  const attemptsPerCall = expectedAttempts(attemptsPerLayer, failureProbability);
  const attemptsPerCallWithBudget = Math.min(attemptsPerCall, 1 + ratio);
  const loadPerLayer: number[] = [];
  const loadPerLayerWithBudget: number[] = [];
  for (let k = 1; k <= depth; k++) {
    loadPerLayer.push(attemptsPerCall ** k);
    loadPerLayerWithBudget.push(attemptsPerCallWithBudget ** k);
  }
  return {
    worstCase: attemptsPerLayer ** depth,
    worstCaseWithBudget: Math.min(attemptsPerLayer, 1 + ratio) ** depth,
    attemptsPerCall,
    attemptsPerCallWithBudget,
    loadPerLayer,
    loadPerLayerWithBudget,
    callFailureProbability: failureProbability ** attemptsPerLayer,
  };
}
