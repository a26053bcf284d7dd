import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { checkBook, checkMermaid } from './checks';
import { outline, partDir } from '../../src/data/outline';

const root = path.resolve(__dirname, '../..');

test('the book passes every content check', () => {
  const problems = checkBook(root).flatMap((r) => r.problems);
  assert.deepEqual(
    problems.map((p) => `${p.file} [${p.check}] ${p.message}`),
    [],
  );
});

test("the book's mermaid diagrams all parse", async () => {
  assert.deepEqual(await checkMermaid(root), []);
});

test('every part of the outline has an English sidebar label', () => {
  const translations = JSON.parse(
    readFileSync(path.join(root, 'i18n/en/docusaurus-plugin-content-docs/current.json'), 'utf8'),
  ) as Record<string, { message: string }>;
  for (const part of outline) {
    const entry = translations[`sidebar.book.category.${partDir(part)}`];
    assert.ok(entry, `no translation for part ${part.number}`);
    assert.ok(entry.message.endsWith(part.title.en), `part ${part.number}: "${entry.message}"`);
  }
});

test('no English UI string is still the Chinese text write-translations copied in', () => {
  // `write-translations --locale en` adds a new id with its Chinese source message; the build
  // then inlines that text into English pages (src/lib/site/inline-translations.ts) unnoticed.
  for (const file of [
    'i18n/en/code.json',
    'i18n/en/docusaurus-plugin-content-docs/current.json',
    'i18n/en/docusaurus-theme-classic/navbar.json',
    'i18n/en/docusaurus-theme-classic/footer.json',
  ]) {
    const entries = JSON.parse(readFileSync(path.join(root, file), 'utf8')) as Record<
      string,
      { message: string }
    >;
    const chinese = Object.entries(entries)
      .filter(([, { message }]) => /\p{Script=Han}/u.test(message))
      .map(([id]) => id);
    assert.deepEqual(chinese, [], `${file}: ids whose English message has Chinese characters`);
  }
});
