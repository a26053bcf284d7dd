// Ejected from @docusaurus/theme-classic 3.10.2 to show the chapter's reading time under its
// title; the rest is the theme's own component.
import React, { type ReactNode } from 'react';
import clsx from 'clsx';
import { ThemeClassNames } from '@docusaurus/theme-common';
import { useDoc } from '@docusaurus/plugin-content-docs/client';
import { translate } from '@docusaurus/Translate';
import Heading from '@theme/Heading';
import MDXContent from '@theme/MDXContent';
import type { Props } from '@theme/DocItem/Content';
import styles from './styles.module.css';

/**
 Title can be declared inside md content or declared through
 front matter and added manually. To make both cases consistent,
 the added title is added under the same div.markdown block
 See https://github.com/facebook/docusaurus/pull/4882#issuecomment-853021120

 We render a "synthetic title" if:
 - user doesn't ask to hide it with front matter
 - the markdown content does not already contain a top-level h1 heading
*/
function useSyntheticTitle(): string | null {
  const { metadata, frontMatter, contentTitle } = useDoc();
  const shouldRender = !frontMatter.hide_title && typeof contentTitle === 'undefined';
  if (!shouldRender) {
    return null;
  }
  return metadata.title;
}

/** Set at build time by `markdown.parseFrontMatter` in docusaurus.config.ts (reading-time.ts). */
function useReadingMinutes(): number | undefined {
  const { frontMatter } = useDoc();
  const minutes = (frontMatter as { reading_minutes?: unknown }).reading_minutes;
  return typeof minutes === 'number' && Number.isFinite(minutes) && minutes > 0
    ? minutes
    : undefined;
}

function ReadingTime({ minutes }: { readonly minutes: number }): ReactNode {
  return (
    <p className={clsx(styles.readingTime, 'book-reading-time')}>
      {translate(
        {
          id: 'book.readingTime',
          message: '阅读时间约 {minutes} 分钟',
          description: 'Estimated reading time under a chapter title',
        },
        { minutes },
      )}
    </p>
  );
}

export default function DocItemContent({ children }: Props): ReactNode {
  const syntheticTitle = useSyntheticTitle();
  const minutes = useReadingMinutes();
  return (
    <div className={clsx(ThemeClassNames.docs.docMarkdown, 'markdown')}>
      {syntheticTitle && (
        <header>
          <Heading as="h1">{syntheticTitle}</Heading>
          {minutes !== undefined && <ReadingTime minutes={minutes} />}
        </header>
      )}
      {!syntheticTitle && minutes !== undefined && <ReadingTime minutes={minutes} />}
      <MDXContent>{children}</MDXContent>
    </div>
  );
}
