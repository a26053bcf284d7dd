import React, { Children, isValidElement, useEffect, useRef, type ReactNode } from 'react';
import Translate from '@docusaurus/Translate';
import styles from './styles.module.css';

/** A hint inside an `<Exercise>`, revealed on request. */
export function Hint({ children }: { readonly children: ReactNode }): ReactNode {
  return <>{children}</>;
}

/** The answer inside an `<Exercise>`, revealed on request. */
export function Answer({ children }: { readonly children: ReactNode }): ReactNode {
  return <>{children}</>;
}

/**
 * One exercise: the question (all children that are not a Hint or an Answer), then an optional
 * hint and the answer, each in a native `<details>`, so they work without JavaScript and with any
 * keyboard or screen reader. Exercises number themselves with a CSS counter. When the page is
 * printed, hints and answers open so that the paper copy holds them, and close again afterwards.
 *
 * ```mdx
 * <Exercise>
 * A service runs at 80 % utilization. ...
 *
 * <Hint>Use the M/M/1 mean response time.</Hint>
 * <Answer>R = S / (1 - ρ) = 5 S ...</Answer>
 * </Exercise>
 * ```
 */
export default function Exercise({ children }: { readonly children: ReactNode }): ReactNode {
  const root = useRef<HTMLElement>(null);
  const question: ReactNode[] = [];
  let hint: ReactNode = null;
  let answer: ReactNode = null;
  Children.forEach(children, (child) => {
    if (isValidElement<{ children: ReactNode }>(child) && child.type === Hint)
      hint = child.props.children;
    else if (isValidElement<{ children: ReactNode }>(child) && child.type === Answer)
      answer = child.props.children;
    else question.push(child);
  });

  useEffect(() => {
    const element = root.current;
    if (!element) return undefined;
    let opened: HTMLDetailsElement[] = [];
    const beforePrint = (): void => {
      opened = [...element.querySelectorAll('details')].filter((d) => !d.open);
      for (const details of opened) details.open = true;
    };
    const afterPrint = (): void => {
      for (const details of opened) details.open = false;
      opened = [];
    };
    window.addEventListener('beforeprint', beforePrint);
    window.addEventListener('afterprint', afterPrint);
    return () => {
      window.removeEventListener('beforeprint', beforePrint);
      window.removeEventListener('afterprint', afterPrint);
    };
  }, []);

  return (
    <section ref={root} className={styles.exercise}>
      <div className={styles.question}>{question}</div>
      {hint ? (
        <details className={styles.hint}>
          <summary>
            <Translate id="book.exercise.hint" description="Summary of an exercise's hint">
              提示
            </Translate>
          </summary>
          <div className={styles.body}>{hint}</div>
        </details>
      ) : null}
      {answer ? (
        <details className={styles.answer}>
          <summary>
            <Translate id="book.exercise.answer" description="Summary of an exercise's answer">
              答案
            </Translate>
          </summary>
          <div className={styles.body}>{answer}</div>
        </details>
      ) : null}
    </section>
  );
}
