import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { chapterDocId, outline } from '../../src/data/outline';
import { findTerm } from '../../src/data/glossary';
import { countEnglishWords, countHanCharacters, parseMdx, type ParsedDoc } from './parse';

/**
 * The book's content checks (see CONTRIBUTING.md): both locales hold the same pages with the same
 * structure, headings carry explicit ASCII ids, chapters meet the writing guide's floors, and no
 * placeholder, broken relative link or broken diagram reaches a reader.
 */
export interface Problem {
  /** Path relative to the docs folder of the locale, e.g. `01-foundations/01-why-performance.mdx`. */
  readonly file: string;
  readonly check: string;
  readonly message: string;
}

export interface ChapterReport {
  readonly file: string;
  readonly chapter: number | undefined;
  readonly englishWords: number;
  readonly hanCharacters: number;
  readonly references: number;
  readonly widgets: number;
  readonly diagrams: number;
  readonly problems: readonly Problem[];
}

export const ZH_DIR = 'docs';
export const EN_DIR = 'i18n/en/docusaurus-plugin-content-docs/current';

export const FLOORS = {
  regular: { englishWords: 3500, hanCharacters: 6000 },
  closing: { englishWords: 2000, hanCharacters: 3500 },
} as const;
export const MIN_REFERENCES = 6;
const REQUIRED_FRONT_MATTER = ['id', 'title', 'sidebar_label', 'description', 'keywords'];
const ASCII_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const PLACEHOLDER = /\b(?:TODO|TBD|FIXME|XXX)\b|lorem ipsum|\blorem\b|待补充|占位|待完善|待定稿/gi;

/** Docs paths (relative, forward slashes) of `.md`/`.mdx` files under `dir`, sorted. */
export function listDocs(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (sub: string): void => {
    for (const name of readdirSync(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${name}` : name;
      if (statSync(path.join(dir, rel)).isDirectory()) walk(rel);
      else if (/\.mdx?$/.test(name)) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The chapter number for a docs path, from the outline, or undefined for other docs. */
export function chapterOf(file: string): number | undefined {
  for (const part of outline) {
    for (const chapter of part.chapters) {
      if (file === `${chapterDocId(part, chapter)}.mdx`) return chapter.number;
    }
  }
  return undefined;
}

function sequence(doc: ParsedDoc): {
  headings: string[];
  tags: string[];
  code: string[];
} {
  return {
    headings: doc.headings
      .filter((h) => h.level >= 2 && h.level <= 3)
      .map((h) => `h${h.level}#${h.id ?? '?'}`),
    tags: doc.tags.map((t) => (t.props ? `<${t.name} ${t.props}>` : `<${t.name}>`)),
    code: doc.codeBlocks.map(
      (c) => `${c.lang || '(none)'}${/title=/.test(c.meta) ? ' titled' : ''}`,
    ),
  };
}

function firstDifference(a: readonly string[], b: readonly string[]): string | undefined {
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (a[i] !== b[i])
      return `item ${i + 1}: zh-Hans has ${a[i] ?? '(nothing)'}, en has ${b[i] ?? '(nothing)'}`;
  }
  return undefined;
}

function checkOne(file: string, doc: ParsedDoc, locale: string): Problem[] {
  const problems: Problem[] = [];
  const add = (check: string, message: string): void => {
    problems.push({ file, check, message: `[${locale}] ${message}` });
  };
  for (const key of REQUIRED_FRONT_MATTER) {
    if (doc.frontMatter[key] === undefined || doc.frontMatter[key] === '')
      add('front-matter', `missing "${key}"`);
  }
  const seen = new Set<string>();
  for (const h of doc.headings) {
    if (h.level < 2 || h.level > 3) continue;
    if (!h.id) add('heading-ids', `line ${h.line}: "${h.text}" has no explicit id {/* #id */}`);
    else if (!ASCII_ID.test(h.id))
      add('heading-ids', `line ${h.line}: id "${h.id}" is not ASCII kebab-case`);
    else if (seen.has(h.id)) add('heading-ids', `line ${h.line}: id "${h.id}" is used twice`);
    if (h.id) seen.add(h.id);
  }
  for (const c of doc.codeBlocks) {
    if (!c.lang) add('code', `line ${c.line}: code block without a language tag`);
  }
  for (const tag of doc.tags.filter((t) => t.name === 'Term')) {
    const id = /(?:^| )id=["']([^"']*)["']/.exec(tag.props)?.[1];
    if (!id || !findTerm(id))
      add(
        'glossary',
        `line ${tag.line}: <Term> with id "${id ?? ''}" that the glossary does not have`,
      );
  }
  for (const m of doc.source.matchAll(PLACEHOLDER)) {
    const line = doc.source.slice(0, m.index).split('\n').length;
    add('placeholder', `line ${line}: placeholder text "${m[0]}"`);
  }
  return problems;
}

function checkLinks(
  file: string,
  doc: ParsedDoc,
  docsDir: string,
  locale: string,
  idsOf: (f: string) => Set<string> | undefined,
): Problem[] {
  const problems: Problem[] = [];
  for (const link of doc.links) {
    if (/^[a-z]+:/i.test(link.target) || link.target.startsWith('/')) continue;
    const [rawPath, anchor] = link.target.split('#');
    let target = file;
    if (rawPath) {
      if (!/\.mdx?$/.test(rawPath)) continue; // static assets and the like: the build checks them
      target = path.posix.normalize(path.posix.join(path.posix.dirname(file), rawPath));
      if (!existsSync(path.join(docsDir, target))) {
        problems.push({
          file,
          check: 'links',
          message: `[${locale}] line ${link.line}: link to missing page ${link.target}`,
        });
        continue;
      }
    }
    if (anchor) {
      const ids = idsOf(target);
      if (ids && !ids.has(anchor)) {
        problems.push({
          file,
          check: 'links',
          message: `[${locale}] line ${link.line}: link to missing anchor #${anchor} in ${target}`,
        });
      }
    }
  }
  return problems;
}

function checkLayout(file: string): Problem[] {
  const numbered = file.split('/').some((segment) => /^\d{2}-/.test(segment));
  if (!numbered)
    return file.includes('/')
      ? [
          {
            file,
            check: 'layout',
            message: 'docs in folders must be chapters named <NN-part>/<NN-chapter>.mdx',
          },
        ]
      : [];
  if (chapterOf(file) === undefined) {
    return [
      {
        file,
        check: 'layout',
        message:
          'numbered path matches no chapter of src/data/outline.ts (part and chapter number and slug)',
      },
    ];
  }
  return [];
}

/** All checks but mermaid syntax, for the book rooted at `root`. */
export function checkBook(root: string): ChapterReport[] {
  const zhDir = path.join(root, ZH_DIR);
  const enDir = path.join(root, EN_DIR);
  const zhFiles = listDocs(zhDir);
  const enFiles = listDocs(enDir);
  const all = [...new Set([...zhFiles, ...enFiles])].sort();
  const parsed = new Map<string, ParsedDoc>();
  const read = (dir: string, file: string): ParsedDoc | undefined => {
    const key = `${dir}::${file}`;
    if (!parsed.has(key)) {
      const full = path.join(dir, file);
      if (!existsSync(full)) return undefined;
      parsed.set(key, parseMdx(readFileSync(full, 'utf8')));
    }
    return parsed.get(key);
  };
  const idsIn =
    (dir: string) =>
    (file: string): Set<string> | undefined => {
      const doc = read(dir, file);
      return (
        doc && new Set(doc.headings.map((h) => h.id).filter((id): id is string => Boolean(id)))
      );
    };

  return all.map((file): ChapterReport => {
    const problems: Problem[] = [...checkLayout(file)];
    const zh = read(zhDir, file);
    const en = read(enDir, file);
    if (!zh)
      problems.push({
        file,
        check: 'counterpart',
        message: `only in English: add ${ZH_DIR}/${file}`,
      });
    if (!en)
      problems.push({
        file,
        check: 'counterpart',
        message: `only in Chinese: add ${EN_DIR}/${file}`,
      });
    if (zh)
      problems.push(
        ...checkOne(file, zh, 'zh-Hans'),
        ...checkLinks(file, zh, zhDir, 'zh-Hans', idsIn(zhDir)),
      );
    if (en)
      problems.push(
        ...checkOne(file, en, 'en'),
        ...checkLinks(file, en, enDir, 'en', idsIn(enDir)),
      );
    if (zh && en) {
      if (zh.frontMatter.id !== en.frontMatter.id) {
        problems.push({
          file,
          check: 'front-matter',
          message: `id differs: zh-Hans "${String(zh.frontMatter.id)}", en "${String(en.frontMatter.id)}"`,
        });
      }
      const a = sequence(zh);
      const b = sequence(en);
      const compare = (check: string, what: string, x: string[], y: string[]): void => {
        const diff = firstDifference(x, y);
        if (diff)
          problems.push({ file, check, message: `${what} differ between locales, ${diff}` });
      };
      compare('heading-ids', 'heading ids', a.headings, b.headings);
      compare('structure', 'tags and their props', a.tags, b.tags);
      compare('structure', 'code blocks', a.code, b.code);
      if (zh.mathBlocks !== en.mathBlocks) {
        problems.push({
          file,
          check: 'structure',
          message: `math blocks differ: zh-Hans ${zh.mathBlocks}, en ${en.mathBlocks}`,
        });
      }
    }
    const chapter = chapterOf(file);
    const englishWords = en ? countEnglishWords(en.prose) : 0;
    const hanCharacters = zh ? countHanCharacters(zh.prose) : 0;
    const references = Math.min(zh?.referenceCount ?? 0, en?.referenceCount ?? 0);
    if (chapter !== undefined) {
      const floor = chapter >= 22 ? FLOORS.closing : FLOORS.regular;
      if (en && englishWords < floor.englishWords) {
        problems.push({
          file,
          check: 'floors',
          message: `[en] ${englishWords} English words of prose, the floor is ${floor.englishWords}`,
        });
      }
      if (zh && hanCharacters < floor.hanCharacters) {
        problems.push({
          file,
          check: 'floors',
          message: `[zh-Hans] ${hanCharacters} Chinese characters of prose, the floor is ${floor.hanCharacters}`,
        });
      }
      if (chapter <= 21) {
        for (const [locale, doc] of [
          ['zh-Hans', zh],
          ['en', en],
        ] as const) {
          if (doc && doc.referenceCount < MIN_REFERENCES) {
            problems.push({
              file,
              check: 'references',
              message: `[${locale}] ${doc.referenceCount} entries under a "references" heading, at least ${MIN_REFERENCES} needed`,
            });
          }
        }
      }
    }
    const both = zh ?? en;
    return {
      file,
      chapter,
      englishWords,
      hanCharacters,
      references,
      widgets: both ? both.tags.length : 0,
      diagrams: both ? both.codeBlocks.filter((c) => c.lang === 'mermaid').length : 0,
      problems,
    };
  });
}

/**
 * Mermaid sanitizes labels with DOMPurify, which needs a window: give it jsdom's before mermaid
 * is first imported, so that parsing (not rendering) works in Node.
 */
async function loadMermaid(): Promise<typeof import('mermaid').default> {
  const g = globalThis as { window?: unknown };
  if (g.window === undefined) {
    const { JSDOM } = await import('jsdom');
    g.window = new JSDOM('').window;
  }
  return (await import('mermaid')).default;
}

/** Mermaid blocks of every doc in both locales, parsed by mermaid itself. */
export async function checkMermaid(root: string): Promise<Problem[]> {
  const mermaid = await loadMermaid();
  const problems: Problem[] = [];
  for (const [locale, dir] of [
    ['zh-Hans', ZH_DIR],
    ['en', EN_DIR],
  ] as const) {
    const full = path.join(root, dir);
    for (const file of listDocs(full)) {
      const doc = parseMdx(readFileSync(path.join(full, file), 'utf8'));
      for (const block of doc.codeBlocks.filter((c) => c.lang === 'mermaid')) {
        try {
          await mermaid.parse(block.body);
        } catch (error) {
          const first = String((error as Error).message ?? error)
            .split('\n')
            .slice(0, 2)
            .join(' ');
          problems.push({
            file,
            check: 'mermaid',
            message: `[${locale}] line ${block.line}: ${first}`,
          });
        }
      }
    }
  }
  return problems;
}
