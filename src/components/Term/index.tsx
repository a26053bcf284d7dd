import React, { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import type { TermEntry } from '@site/src/lib/site/mdx-plugins';
import { useChapterHref } from '@site/src/hooks/useWrittenDocs';
import styles from './styles.module.css';

/**
 * A glossary term in running text: `<Term id="tail-latency" />` shows the term in the page's
 * language (or the children, when the sentence needs another form). Hovering, focusing or tapping
 * it opens a small card with the other language's name, the definition and a link to the chapter
 * that explains it; Escape or leaving closes it. Without JavaScript it is a link to the glossary.
 * An unknown id is a build-time content-check failure, and renders the children plainly.
 *
 * The glossary entry arrives as `entry` (JSON), added to each `<Term>` of an MDX page at build time
 * by `remarkTermEntries` (src/lib/site/mdx-plugins.ts): a page carries only its own terms instead
 * of every page bundling the whole glossary. Without `entry` the children render plainly.
 */
export default function Term({
  entry,
  children,
}: {
  readonly id: string;
  readonly entry?: string;
  readonly children?: ReactNode;
}): ReactNode {
  const term = parseEntry(entry);
  const { i18n } = useDocusaurusContext();
  const isEnglish = i18n.currentLocale === 'en';
  const chapterHref = useChapterHref(term?.chapter ?? 0);
  const [open, setOpen] = useState(false);
  const [hydrated, setHydrated] = useState(false);
  const cardId = useId();
  const wrapper = useRef<HTMLSpanElement>(null);
  const closeTimer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // A tap focuses the button (which opens the card) and then clicks it: that click must not
  // close the card it just opened.
  const openedAt = useRef(0);

  useEffect(() => {
    // After hydration the term becomes a button; before it, a plain link to the glossary.
    setHydrated(true); // eslint-disable-line react-hooks/set-state-in-effect -- a one-time switch on mount
    return () => clearTimeout(closeTimer.current);
  }, []);

  // Hover, focus and Escape are listened to on the wrapper (the button and its card together),
  // so moving from the term into the card to click its link keeps the card open.
  useEffect(() => {
    const element = wrapper.current;
    if (!element) return undefined;
    const show = (): void => {
      clearTimeout(closeTimer.current);
      openedAt.current = Date.now();
      setOpen(true);
    };
    const hideSoon = (): void => {
      clearTimeout(closeTimer.current);
      closeTimer.current = setTimeout(() => setOpen(false), 150);
    };
    const onFocusOut = (event: FocusEvent): void => {
      if (!element.contains(event.relatedTarget as Node | null)) hideSoon();
    };
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape') return;
      clearTimeout(closeTimer.current);
      setOpen(false);
      element.querySelector('button')?.focus();
    };
    element.addEventListener('mouseenter', show);
    element.addEventListener('mouseleave', hideSoon);
    element.addEventListener('focusin', show);
    element.addEventListener('focusout', onFocusOut);
    element.addEventListener('keydown', onKeyDown);
    return () => {
      element.removeEventListener('mouseenter', show);
      element.removeEventListener('mouseleave', hideSoon);
      element.removeEventListener('focusin', show);
      element.removeEventListener('focusout', onFocusOut);
      element.removeEventListener('keydown', onKeyDown);
    };
  }, [hydrated]);

  if (!term) return <>{children}</>;
  const label = children ?? (isEnglish ? term.en : term.zh);
  const otherName = isEnglish ? term.zh : term.en;
  const definition = isEnglish ? term.definition.en : term.definition['zh-Hans'];
  const glossaryHref = `/docs/glossary#${term.id}`;

  if (!hydrated) {
    return (
      <Link className={styles.term} to={glossaryHref}>
        {label}
      </Link>
    );
  }

  return (
    <span ref={wrapper} className={styles.wrapper}>
      <button
        type="button"
        className={styles.term}
        aria-expanded={open}
        aria-controls={cardId}
        onClick={() =>
          setOpen((value) => (value && Date.now() - openedAt.current < 400 ? true : !value))
        }
      >
        {label}
      </button>
      <span id={cardId} className={styles.card} hidden={!open} role="group" aria-label={otherName}>
        <span className={styles.otherName} lang={isEnglish ? 'zh-Hans' : 'en'}>
          {otherName}
        </span>
        <span className={styles.definition}>{definition}</span>
        <span className={styles.links}>
          {chapterHref ? (
            <Link to={chapterHref}>
              {translate(
                {
                  id: 'book.term.chapter',
                  message: '详见第 {number} 章',
                  description: 'Link from a term card to its chapter',
                },
                { number: term.chapter },
              )}
            </Link>
          ) : null}
          <Link to={glossaryHref}>
            {translate({ id: 'book.term.glossary', message: '术语表' })}
          </Link>
        </span>
      </span>
    </span>
  );
}

function parseEntry(entry: string | undefined): TermEntry | undefined {
  if (!entry) return undefined;
  try {
    return JSON.parse(entry) as TermEntry;
  } catch {
    return undefined;
  }
}
