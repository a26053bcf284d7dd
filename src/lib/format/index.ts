/**
 * Number formatting for widget readings and axes. Pure and locale-aware through Intl, and
 * deliberate about the values a model may return: Infinity reads as "∞", never as "Infinity",
 * and NaN (which a model should never return) reads as "–" rather than "NaN".
 */

const SECOND_UNITS: readonly { readonly factor: number; readonly unit: string }[] = [
  { factor: 1, unit: 's' },
  { factor: 1e-3, unit: 'ms' },
  { factor: 1e-6, unit: 'µs' },
  { factor: 1e-9, unit: 'ns' },
];

/** The symbol shown for an infinite value, e.g. the response time of an unstable queue. */
export const INFINITY_SYMBOL = '∞';
/** Shown in place of a value that does not exist. */
export const MISSING_SYMBOL = '–';

// Building an Intl.NumberFormat costs far more than using one, and a chart formats dozens of
// ticks per slider step: keep one per locale and precision.
const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}|${digits}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumSignificantDigits: digits });
    numberFormats.set(key, format);
  }
  return format;
}

/** A number with at most `digits` significant digits, grouped as the locale groups them. */
export function formatNumber(value: number, locale = 'en', digits = 3): string {
  if (Number.isNaN(value)) return MISSING_SYMBOL;
  if (!Number.isFinite(value)) return value > 0 ? INFINITY_SYMBOL : `-${INFINITY_SYMBOL}`;
  return numberFormat(locale, digits).format(value);
}

/** Seconds in the largest unit that keeps the value at or above 1: 0.0127 -> "12.7 ms". */
export function formatSeconds(seconds: number, locale = 'en', digits = 3): string {
  if (!Number.isFinite(seconds)) return formatNumber(seconds, locale, digits);
  if (seconds === 0) return '0 s';
  const magnitude = Math.abs(seconds);
  const unit =
    SECOND_UNITS.find((u) => magnitude >= u.factor) ?? SECOND_UNITS[SECOND_UNITS.length - 1];
  // Round first, so 0.99996 s reads "1 s" rather than "1,000 ms".
  const scaled = Number((seconds / unit.factor).toPrecision(digits));
  if (Math.abs(scaled) >= 1000 && unit.factor < 1) {
    const larger = SECOND_UNITS[SECOND_UNITS.indexOf(unit) - 1];
    return `${formatNumber(seconds / larger.factor, locale, digits)} ${larger.unit}`;
  }
  return `${formatNumber(scaled, locale, digits)} ${unit.unit}`;
}

/** A fraction in [0, 1] as a percentage: 0.634 -> "63.4 %". */
export function formatPercent(fraction: number, locale = 'en', digits = 3): string {
  if (!Number.isFinite(fraction)) return formatNumber(fraction, locale, digits);
  return `${formatNumber(fraction * 100, locale, digits)} %`;
}

const SI_PREFIXES: readonly { readonly factor: number; readonly prefix: string }[] = [
  { factor: 1e12, prefix: 'T' },
  { factor: 1e9, prefix: 'G' },
  { factor: 1e6, prefix: 'M' },
  { factor: 1e3, prefix: 'k' },
  { factor: 1, prefix: '' },
];

/** A rate or size with an SI prefix: (2.5e9, 'bit/s') -> "2.5 Gbit/s". */
export function formatSi(value: number, unit: string, locale = 'en', digits = 3): string {
  if (!Number.isFinite(value)) return `${formatNumber(value, locale, digits)} ${unit}`;
  const magnitude = Math.abs(value);
  const prefix =
    SI_PREFIXES.find((p) => magnitude >= p.factor) ?? SI_PREFIXES[SI_PREFIXES.length - 1];
  return `${formatNumber(value / prefix.factor, locale, digits)} ${prefix.prefix}${unit}`;
}

/** Bytes with binary prefixes (KiB, MiB, GiB), as the book writes data sizes. */
export function formatBytes(bytes: number, locale = 'en', digits = 3): string {
  if (!Number.isFinite(bytes)) return `${formatNumber(bytes, locale, digits)} B`;
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes;
  let i = 0;
  while (Math.abs(value) >= 1024 && i < units.length - 1) {
    value /= 1024;
    i++;
  }
  return `${formatNumber(value, locale, digits)} ${units[i]}`;
}
