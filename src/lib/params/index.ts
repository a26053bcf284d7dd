/**
 * Parsing and clamping of what a reader types into a widget, or puts in its URL. Pure, so it is
 * tested without a browser. Text never reaches the page as markup: a parameter is a finite number
 * inside its range or one of a fixed list of choices, or it is rejected.
 */

export interface NumberSpec {
  readonly min: number;
  readonly max: number;
  readonly default: number;
  /** Round to an integer (server counts, batch sizes). */
  readonly integer?: boolean;
}

export type ParseStatus = 'ok' | 'clamped' | 'invalid';

export interface Parsed<T> {
  readonly value: T;
  readonly status: ParseStatus;
}

/** Longest text considered at all: anything longer is not a number a reader meant. */
const MAX_LENGTH = 32;

/**
 * Reads a number from text. Accepts an optional sign, decimals, exponents and a trailing %
 * (which divides by 100). Out of range clamps to the nearest bound (`clamped`); text that is not a
 * finite number keeps `fallback` (`invalid`).
 */
export function parseNumber(
  raw: string | null | undefined,
  spec: NumberSpec,
  fallback = spec.default,
): Parsed<number> {
  if (raw === null || raw === undefined) return { value: fallback, status: 'invalid' };
  const text = raw.trim().replace(/,/g, '');
  if (text.length === 0 || text.length > MAX_LENGTH) return { value: fallback, status: 'invalid' };
  const percent = text.endsWith('%');
  const body = percent ? text.slice(0, -1).trim() : text;
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(body))
    return { value: fallback, status: 'invalid' };
  let value = Number(body) / (percent ? 100 : 1);
  if (!Number.isFinite(value)) {
    // 1e999 overflows to Infinity: it is still "too large", so clamp rather than reject.
    value = value > 0 ? spec.max : spec.min;
    return { value, status: 'clamped' };
  }
  return clampNumber(value, spec);
}

/** Clamps (and rounds, for integer specs) a finite number into the spec's range. */
export function clampNumber(value: number, spec: NumberSpec): Parsed<number> {
  if (!Number.isFinite(value)) return { value: spec.default, status: 'invalid' };
  const rounded = spec.integer ? Math.round(value) : value;
  const clamped = Math.min(spec.max, Math.max(spec.min, rounded));
  return { value: clamped, status: clamped === value ? 'ok' : 'clamped' };
}

/** One of a fixed list of choices, or the default (`invalid`). */
export function parseChoice<T extends string>(
  raw: string | null | undefined,
  choices: readonly T[],
  fallback: T,
): Parsed<T> {
  const found = choices.find((choice) => choice === raw);
  return found === undefined
    ? { value: fallback, status: raw == null ? 'ok' : 'invalid' }
    : { value: found, status: 'ok' };
}

/**
 * A short, stable text for a number in a URL or a field: integers exactly, other numbers with at
 * most 6 significant digits (no floating-point noise such as 0.30000000000000004).
 */
export function formatParam(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(6)));
}
