/**
 * Input checks shared by every model. Each throws a `RangeError` that names the
 * parameter, so a widget can show the message and a test can match it; no model
 * ever returns a silent `NaN` for bad input.
 */

/** Throws unless `value` is a finite number. */
export function requireFinite(name: string, value: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${name} must be a finite number, got ${String(value)}`);
  }
  return value;
}

/** Throws unless `value` is finite and > 0. */
export function requirePositive(name: string, value: number): number {
  requireFinite(name, value);
  if (value <= 0) {
    throw new RangeError(`${name} must be greater than 0, got ${value}`);
  }
  return value;
}

/** Throws unless `value` is finite and >= 0. */
export function requireNonNegative(name: string, value: number): number {
  requireFinite(name, value);
  if (value < 0) {
    throw new RangeError(`${name} must be at least 0, got ${value}`);
  }
  return value;
}

/** Throws unless `value` is an integer >= `min` (default 1). */
export function requireInteger(name: string, value: number, min = 1): number {
  requireFinite(name, value);
  if (!Number.isInteger(value) || value < min) {
    throw new RangeError(`${name} must be an integer of at least ${min}, got ${value}`);
  }
  return value;
}

/** Throws unless `value` is a probability in [0, 1]. */
export function requireProbability(name: string, value: number): number {
  requireFinite(name, value);
  if (value < 0 || value > 1) {
    throw new RangeError(`${name} must be a probability in [0, 1], got ${value}`);
  }
  return value;
}

/** Throws unless `value` is in the open interval (0, 1), as a quantile level must be. */
export function requireOpenUnit(name: string, value: number): number {
  requireFinite(name, value);
  if (value <= 0 || value >= 1) {
    throw new RangeError(`${name} must be strictly between 0 and 1, got ${value}`);
  }
  return value;
}
