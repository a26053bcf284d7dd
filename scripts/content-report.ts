/**
 * `npm run check:content`: the content checks as a per-page report, one line per doc, then every
 * problem. Exits 1 when there is any problem, so it can gate a commit; `npm test` runs the same
 * checks through scripts/content/book.test.ts.
 */
import path from 'node:path';
import { checkBook, checkMermaid } from './content/checks';
import { outline } from '../src/data/outline';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..');
  const reports = checkBook(root);
  const mermaidProblems = await checkMermaid(root);

  const pad = (value: string | number, width: number): string => String(value).padStart(width);
  console.log(
    `${'doc'.padEnd(58)} ${pad('en words', 9)} ${pad('zh chars', 9)} ${pad('refs', 5)} ${pad('tags', 5)} ${pad('mermaid', 8)}  status`,
  );
  for (const r of reports) {
    const status = r.problems.length === 0 ? 'ok' : `${r.problems.length} problem(s)`;
    console.log(
      `${r.file.padEnd(58)} ${pad(r.englishWords, 9)} ${pad(r.hanCharacters, 9)} ${pad(r.references, 5)} ${pad(r.widgets, 5)} ${pad(r.diagrams, 8)}  ${status}`,
    );
  }
  const written = reports.filter((r) => r.chapter !== undefined).length;
  const total = outline.reduce((n, part) => n + part.chapters.length, 0);
  console.log(`\nchapters written: ${written} of ${total}`);

  const problems = [...reports.flatMap((r) => r.problems), ...mermaidProblems];
  for (const p of problems) console.log(`- ${p.file} [${p.check}] ${p.message}`);
  console.log(
    problems.length === 0
      ? 'content checks: no problems'
      : `content checks: ${problems.length} problem(s)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
}

void main();
