import React, { type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/**
 * The frame every widget shares: a titled figure, its controls, the chart, a one-line reading in
 * words (announced politely when it changes) and, when the URL held values that had to be
 * clamped or rejected, a visible note. `data-widget` names the widget for tests and keeps its text
 * out of the search index.
 */
export default function WidgetFrame({
  name,
  title,
  controls,
  reading,
  urlRejected = false,
  urlKeys = [],
  children,
}: {
  /** Component name, e.g. "QueueLatencyExplorer". */
  readonly name: string;
  readonly title: string;
  readonly controls: ReactNode;
  /** The current result in one sentence: "At 85 % utilization p99 is 12.7x the service time." */
  readonly reading: ReactNode;
  readonly urlRejected?: boolean;
  /** The URL query names the widget reads (from useWidgetParams), exposed for the browser tests. */
  readonly urlKeys?: readonly string[];
  readonly children: ReactNode;
}): ReactNode {
  return (
    <figure className={styles.widget} data-widget={name} data-url-keys={urlKeys.join(' ')}>
      <figcaption className={styles.title}>{title}</figcaption>
      {urlRejected ? (
        <p className={styles.urlNote} role="status">
          <Translate
            id="widgets.url.rejected"
            description="Shown when a shared link held out-of-range or invalid parameters"
          >
            链接中的部分参数无效或超出范围，已改用默认值或最接近的有效值。
          </Translate>
        </p>
      ) : null}
      <div className={styles.controls}>{controls}</div>
      {children}
      <p className={styles.reading} aria-live="polite" data-reading="">
        {reading}
      </p>
    </figure>
  );
}
