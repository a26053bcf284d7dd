import { useAllDocsData } from '@docusaurus/plugin-content-docs/client';
import { chapterDocId, findChapter } from '@site/src/data/outline';

/** Doc id to its URL in the current locale, for the docs that exist. */
export function useWrittenDocs(): Map<string, string> {
  const allDocs = useAllDocsData();
  const docs = allDocs.default?.versions[0]?.docs ?? [];
  return new Map(docs.map((doc) => [doc.id, doc.path]));
}

/** URL of chapter `number` among the written docs, or undefined while it is not written. */
export function chapterHref(number: number, written: Map<string, string>): string | undefined {
  const found = findChapter(number);
  return found && written.get(chapterDocId(found.part, found.chapter));
}

/** URL of chapter `number` in the current locale, or undefined while it is not written. */
export function useChapterHref(number: number): string | undefined {
  return chapterHref(number, useWrittenDocs());
}
