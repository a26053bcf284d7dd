import React, { type ReactNode } from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import { useWrittenDocs } from '@site/src/hooks/useWrittenDocs';
import {
  chapterDocId,
  outline,
  type ChapterOutline,
  type PartOutline,
} from '@site/src/data/outline';
import styles from './styles.module.css';

type Locale = 'zh-Hans' | 'en';

function ChapterEntry({
  part,
  chapter,
  locale,
  written,
}: {
  part: PartOutline;
  chapter: ChapterOutline;
  locale: Locale;
  written: Map<string, string>;
}): ReactNode {
  const href = written.get(chapterDocId(part, chapter));
  const label = (
    <>
      <span className={styles.number}>{chapter.number}</span>
      {chapter.title[locale]}
    </>
  );
  return (
    <li className={styles.chapter}>
      {href ? (
        <Link to={href}>{label}</Link>
      ) : (
        <span className={styles.unwritten}>
          {label}
          <span className={styles.badge}>
            <Translate
              id="book.contents.inPreparation"
              description="Badge on a chapter that is not written yet"
            >
              撰写中
            </Translate>
          </span>
        </span>
      )}
    </li>
  );
}

/**
 * The table of contents: every part and chapter of the outline, with the chapters that are
 * written linked. Titles come from src/data/outline.ts, links from the docs plugin's data, so a
 * chapter becomes a link the moment its file lands.
 */
export default function BookContents(): ReactNode {
  const { i18n } = useDocusaurusContext();
  const locale: Locale = i18n.currentLocale === 'en' ? 'en' : 'zh-Hans';
  const written = useWrittenDocs();
  return (
    <ol className={styles.parts}>
      {outline.map((part) => (
        <li key={part.slug} className={styles.part}>
          <Heading as="h3" className={styles.partTitle}>
            <Translate
              id="book.contents.partLabel"
              description="Part heading on the home page; {number} is the part number"
              values={{ number: part.number }}
            >
              {'第 {number} 部分'}
            </Translate>{' '}
            · {part.title[locale]}
          </Heading>
          <ol className={styles.chapters}>
            {part.chapters.map((chapter) => (
              <ChapterEntry
                key={chapter.slug}
                part={part}
                chapter={chapter}
                locale={locale}
                written={written}
              />
            ))}
          </ol>
        </li>
      ))}
    </ol>
  );
}
