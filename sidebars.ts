import { existsSync } from 'node:fs';
import path from 'node:path';
import type { SidebarsConfig } from '@docusaurus/plugin-content-docs';
import { chapterDocId, outline, partDir } from './src/data/outline';

/**
 * The book's sidebar: the preface, then the 8 parts of the outline in order, each listing the
 * chapters that are written. A chapter not written yet has no file and no entry; a part with no
 * written chapter is left out until its first chapter lands. Category labels are translated
 * through i18n/en/docusaurus-plugin-content-docs/current.json, keyed by `key`.
 */
const docsDir = path.join(__dirname, 'docs');
const isWritten = (docId: string): boolean => existsSync(path.join(docsDir, `${docId}.mdx`));

const parts = outline
  .map((part) => ({
    part,
    docIds: part.chapters.map((chapter) => chapterDocId(part, chapter)).filter(isWritten),
  }))
  .filter(({ docIds }) => docIds.length > 0)
  .map(({ part, docIds }) => ({
    type: 'category' as const,
    key: partDir(part),
    label: `第${'一二三四五六七八'[part.number - 1]}部分 ${part.title['zh-Hans']}`,
    collapsed: false,
    items: docIds,
  }));

const sidebars: SidebarsConfig = {
  book: ['preface', ...parts, 'glossary'],
};

export default sidebars;
