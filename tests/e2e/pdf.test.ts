import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildPdf } from '../../scripts/pdf';
import { readPdf } from '../../scripts/pdf-reader';
import { chapterDocId, findChapter } from '../../src/data/outline';
import { buildDir, openSite, type Site } from './harness';

let site: Site;
let outDir: string;
before(async () => {
  site = await openSite();
  outDir = mkdtempSync(path.join(os.tmpdir(), 'book-pdf-'));
});
after(async () => {
  await site?.close();
  if (outDir) rmSync(outDir, { recursive: true, force: true });
});

const docId = '01-foundations/02-key-metrics';
const source = readFileSync(path.join(__dirname, '../../docs', `${docId}.mdx`), 'utf8');
const squash = (text: string): string => text.replace(/\s+/g, '');

/**
 * Labels of the chapter's first Mermaid diagram that its prose never uses: text that can only
 * be in the PDF if the diagram was drawn into it.
 */
function diagramOnlyLabels(): string[] {
  const blocks = [...source.matchAll(/```mermaid\n([\s\S]*?)```/g)].map((m) => m[1]);
  const prose = source.replace(/```mermaid\n[\s\S]*?```/g, '');
  const labels = [...(blocks[0] ?? '').matchAll(/\["([^"]+)"\]/g)]
    .flatMap((m) => m[1].split(/<br\s*\/?>/))
    .map(squash);
  return labels.filter((label) => label.length >= 4 && !squash(prose).includes(label));
}

test('npm run pdf --only prints one chapter with its title, contents page number and diagram', async () => {
  const found = findChapter(2);
  assert.ok(found && chapterDocId(found.part, found.chapter) === docId, 'chapter 2 is key-metrics');
  const title = found.chapter.title['zh-Hans'];
  const outFile = path.join(outDir, 'chapter.pdf');

  const result = await buildPdf({
    locale: 'zh-Hans',
    only: [docId],
    buildDir,
    outFile,
    browser: site.browser,
  });
  assert.deepEqual(result.warnings, []);

  const pdf = readPdf(readFileSync(outFile));
  // Cover, contents, then a chapter of some 7,000 characters with 4 charts and 2 diagrams.
  assert.ok(pdf.pageCount >= 15, `${pdf.pageCount} pages`);
  const pages = Array.from({ length: pdf.pageCount }, (_, i) => squash(pdf.pageText(i)));

  // The chapter starts on the page the contents give, and that page shows its title.
  assert.ok(pages[1].startsWith('2目录'), 'page 2 is the contents');
  const start = pages.findIndex((text, i) => i > 1 && text.includes(`第2章${squash(title)}`));
  assert.ok(start > 1, `the title "${title}" is printed after the cover and contents`);
  assert.ok(
    pages[1].includes(`${squash(title)}${start + 1}`),
    `the contents list the chapter at page ${start + 1}`,
  );
  // Chromium draws the footer before the page's content.
  assert.ok(pages[start].startsWith(String(start + 1)), 'the footer numbers the page');
  assert.ok(pdf.outlineTitles().includes(title), 'the chapter is a bookmark');

  // The first diagram was drawn: its labels, which the prose never uses, are in the text.
  const labels = diagramOnlyLabels();
  assert.ok(labels.length >= 2, `labels only the diagram has: ${labels.join(', ')}`);
  const all = pages.join('');
  for (const label of labels) assert.ok(all.includes(label), `the diagram's label "${label}"`);

  // No navbar, sidebar or slider made it to paper; the widgets' readings did.
  assert.ok(!all.includes('跳到主要内容'), 'no skip link or navbar');
  assert.ok(!all.includes('文档侧边栏'), 'no sidebar');
  assert.ok(all.includes(squash('1 个服务台时')), "the queueing widget's reading");
});
