import React, { useId, useState, type ReactNode } from 'react';
import { translate } from '@docusaurus/Translate';
import {
  clampNumber,
  formatParam,
  parseNumber,
  type NumberSpec,
  type ParseStatus,
} from '@site/src/lib/params';
import styles from './styles.module.css';

export interface NumberControlProps {
  /** Visible label, with its unit: "Utilization ρ", "Servers c". */
  readonly label: string;
  readonly value: number;
  readonly spec: NumberSpec;
  readonly onChange: (value: number) => void;
  /** Slider step, in the value's units (ignored on a log slider). */
  readonly step?: number;
  /** A logarithmic slider, for ranges spanning decades (rates, sizes). */
  readonly log?: boolean;
  /** How the value reads to a screen reader and in the readout, e.g. "85 %". */
  readonly format?: (value: number) => string;
}

const LOG_STEPS = 200;

/**
 * A labelled slider with a text field beside it. Both are native inputs, so they work with the
 * keyboard (arrows, Page Up/Down, Home/End) and assistive technology. Whatever is typed is parsed:
 * out of range is clamped to the nearest bound and not-a-number keeps the last value, each with a
 * visible message, so NaN or Infinity never reaches a model or the screen.
 */
export default function NumberControl({
  label,
  value,
  spec,
  onChange,
  step,
  log = false,
  format = formatParam,
}: NumberControlProps): ReactNode {
  const id = useId();
  const [draft, setDraft] = useState(formatParam(value));
  const [status, setStatus] = useState<ParseStatus>('ok');

  // Follow the value when it changes from elsewhere (slider, URL), unless the text already
  // says it: adjusting state during render, as React's docs advise instead of an effect.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    if (parseNumber(draft, spec).value !== value) setDraft(formatParam(value));
  }

  const toSlider = (v: number): number =>
    log
      ? Math.round(
          ((Math.log(v) - Math.log(spec.min)) / (Math.log(spec.max) - Math.log(spec.min))) *
            LOG_STEPS,
        )
      : v;
  const fromSlider = (s: number): number => {
    if (!log) return s;
    const v = Math.exp(
      Math.log(spec.min) + (s / LOG_STEPS) * (Math.log(spec.max) - Math.log(spec.min)),
    );
    // Rounding to 3 significant digits can step past a bound (1,048,576 -> 1,050,000): clamp.
    return clampNumber(spec.integer ? Math.round(v) : Number(v.toPrecision(3)), spec).value;
  };

  const commitText = (text: string): void => {
    setDraft(text);
    const parsed = parseNumber(text, spec, value);
    setStatus(parsed.status);
    if (parsed.status !== 'invalid' && parsed.value !== value) onChange(parsed.value);
  };

  const message =
    status === 'clamped'
      ? translate(
          {
            id: 'widgets.control.clamped',
            message: '已限制在 {min} 到 {max} 之间',
            description: 'Shown when a typed value is out of range and was clamped',
          },
          { min: format(spec.min), max: format(spec.max) },
        )
      : status === 'invalid'
        ? translate(
            {
              id: 'widgets.control.invalid',
              message: '请输入 {min} 到 {max} 之间的数字',
              description: 'Shown when the typed text is not a number',
            },
            { min: format(spec.min), max: format(spec.max) },
          )
        : '';

  return (
    <div className={styles.control}>
      <label className={styles.label} htmlFor={`${id}-range`}>
        {label}
      </label>
      <div className={styles.inputs}>
        <input
          id={`${id}-range`}
          className={styles.range}
          type="range"
          min={log ? 0 : spec.min}
          max={log ? LOG_STEPS : spec.max}
          step={log ? 1 : (step ?? (spec.integer ? 1 : (spec.max - spec.min) / 100))}
          value={toSlider(value)}
          aria-valuetext={format(value)}
          onChange={(event) => {
            setStatus('ok');
            const position = Number(event.target.value);
            let next = fromSlider(position);
            // On a log slider over integers, one step near the bottom can round back to the same
            // integer, and the arrow keys would seem dead: move by at least 1 in that direction.
            if (log && spec.integer && next === value && position !== toSlider(value)) {
              next = clampNumber(value + Math.sign(position - toSlider(value)), spec).value;
            }
            onChange(next);
          }}
        />
        <input
          className={styles.number}
          type="text"
          inputMode="decimal"
          aria-label={label}
          aria-invalid={status === 'invalid'}
          aria-describedby={message ? `${id}-message` : undefined}
          value={draft}
          onChange={(event) => commitText(event.target.value)}
          onBlur={() => {
            if (status !== 'ok') setStatus('ok');
            setDraft(formatParam(value));
          }}
        />
      </div>
      <p id={`${id}-message`} className={styles.message} role="status">
        {message}
      </p>
    </div>
  );
}
