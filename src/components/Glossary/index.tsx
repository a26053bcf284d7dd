import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import { translate } from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import Heading from '@theme/Heading';
import { glossary, glossaryGroups, type GlossaryTerm } from '@site/src/data/glossary';
import { findChapter } from '@site/src/data/outline';
import { chapterHref, useWrittenDocs } from '@site/src/hooks/useWrittenDocs';
import styles from './styles.module.css';

function Entry({
  term,
  locale,
  written,
}: {
  term: GlossaryTerm;
  locale: 'zh-Hans' | 'en';
  written: Map<string, string>;
}): ReactNode {
  const isEnglish = locale === 'en';
  const href = chapterHref(term.chapter, written);
  const chapterLabel = translate(
    {
      id: 'book.glossary.chapter',
      message: '第 {number} 章 {title}',
      description: 'Chapter reference in a glossary entry',
    },
    { number: term.chapter, title: findChapter(term.chapter)?.chapter.title[locale] ?? '' },
  );
  return (
    <div className={styles.entry}>
      <Heading as="h3" id={term.id} className={styles.name}>
        {isEnglish ? term.en : term.zh}
        <span className={styles.other} lang={isEnglish ? 'zh-Hans' : 'en'}>
          {isEnglish ? term.zh : term.en}
        </span>
      </Heading>
      <p className={styles.definition}>
        {isEnglish ? term.definition.en : term.definition['zh-Hans']}
      </p>
      <p className={styles.chapter}>
        {href ? <Link to={href}>{chapterLabel}</Link> : chapterLabel}
      </p>
    </div>
  );
}

/**
 * Every glossary term of src/data/glossary.ts, grouped, each under a heading whose id is the
 * term's id, so `/docs/glossary#tail-latency` lands on it and the site search indexes it.
 */
export default function Glossary(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale = i18n.currentLocale === 'en' ? 'en' : 'zh-Hans';
  const written = useWrittenDocs();
  const collator = new Intl.Collator(locale === 'en' ? 'en' : 'zh-Hans-u-co-pinyin');
  return (
    <div className={styles.glossary}>
      {glossaryGroups.map((group) => {
        const terms = glossary
          .filter((term) => term.group === group.id)
          .sort((a, b) =>
            collator.compare(locale === 'en' ? a.en : a.zh, locale === 'en' ? b.en : b.zh),
          );
        if (terms.length === 0) return null;
        return (
          <section key={group.id}>
            <Heading as="h2" id={`group-${group.id}`}>
              {group.title[locale]}
            </Heading>
            {terms.map((term) => (
              <Entry key={term.id} term={term} locale={locale} written={written} />
            ))}
          </section>
        );
      })}
    </div>
  );
}
