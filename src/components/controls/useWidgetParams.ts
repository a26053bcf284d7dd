import { useCallback, useEffect, useRef, useState } from 'react';
import { formatParam, parseChoice, parseNumber, type NumberSpec } from '@site/src/lib/params';

export type ParamSpec =
  | ({ readonly kind: 'number' } & NumberSpec)
  | { readonly kind: 'choice'; readonly choices: readonly string[]; readonly default: string };

export type ParamValues<S extends Record<string, ParamSpec>> = {
  -readonly [K in keyof S]: S[K] extends { kind: 'number' } ? number : string;
};

function defaults<S extends Record<string, ParamSpec>>(spec: S): ParamValues<S> {
  const out: Record<string, number | string> = {};
  for (const [key, s] of Object.entries(spec)) out[key] = s.default;
  return out as ParamValues<S>;
}

/**
 * A widget's parameters, shared through the URL query as `<prefix>.<key>=<value>` so a reader can
 * send a colleague the exact state. The first render uses the defaults (the same on the server
 * and before hydration); after mount, values from the URL are parsed, validated and clamped, never
 * injected. Keys whose URL value had to be clamped or rejected are returned in `rejected`, for the
 * widget to say so.
 */
export function useWidgetParams<S extends Record<string, ParamSpec>>(
  prefix: string,
  spec: S,
): {
  values: ParamValues<S>;
  set: <K extends keyof S>(key: K, value: ParamValues<S>[K]) => void;
  rejected: readonly (keyof S)[];
  /** The query names this widget reads, `<prefix>.<key>`, for WidgetFrame and the tests. */
  urlKeys: readonly string[];
} {
  const specRef = useRef(spec);
  const [values, setValues] = useState<ParamValues<S>>(() => defaults(spec));
  const [rejected, setRejected] = useState<(keyof S)[]>([]);

  useEffect(() => {
    const query = new URLSearchParams(window.location.search);
    const next = defaults(specRef.current) as Record<string, number | string>;
    const bad: (keyof S)[] = [];
    for (const [key, s] of Object.entries(specRef.current)) {
      const raw = query.get(`${prefix}.${key}`);
      if (raw === null) continue;
      const parsed =
        s.kind === 'number' ? parseNumber(raw, s) : parseChoice(raw, s.choices, s.default);
      next[key] = parsed.value;
      if (parsed.status !== 'ok') bad.push(key as keyof S);
    }
    setValues(next as ParamValues<S>);
    setRejected(bad);
  }, [prefix]);

  const set = useCallback(
    <K extends keyof S>(key: K, value: ParamValues<S>[K]) => {
      setValues((previous) => ({ ...previous, [key]: value }));
      const url = new URL(window.location.href);
      const s = specRef.current[key as string];
      const name = `${prefix}.${String(key)}`;
      if (value === s.default) url.searchParams.delete(name);
      else
        url.searchParams.set(name, typeof value === 'number' ? formatParam(value) : String(value));
      window.history.replaceState(window.history.state, '', url);
    },
    [prefix],
  );

  const urlKeys = Object.keys(spec).map((key) => `${prefix}.${key}`);
  return { values, set, rejected, urlKeys };
}
