import { parse as parseYaml } from 'yaml';

/**
 * A structural reading of one MDX document: enough to compare the two locales of a page and to
 * measure its prose, without running MDX. Lines inside fenced code are never read as headings,
 * tags or prose.
 */
export interface Heading {
  readonly level: number;
  readonly text: string;
  /** The explicit id written as `{/* #id *\/}`, or undefined when the heading has none. */
  readonly id: string | undefined;
  readonly line: number;
}

export interface CodeBlock {
  readonly lang: string;
  readonly meta: string;
  readonly body: string;
  readonly line: number;
}

export interface Tag {
  readonly name: string;
  /** Attributes other than free-text ones (title, label...), normalized for comparison. */
  readonly props: string;
  readonly line: number;
}

export interface Link {
  readonly target: string;
  readonly line: number;
}

export interface ParsedDoc {
  readonly frontMatter: Record<string, unknown>;
  readonly headings: readonly Heading[];
  /** Every fenced block, mermaid included. */
  readonly codeBlocks: readonly CodeBlock[];
  readonly mathBlocks: number;
  readonly tags: readonly Tag[];
  readonly links: readonly Link[];
  /** Prose only: no front matter, code, math, tables, imports, JSX tags or comments. */
  readonly prose: string;
  /** Number of list items in the section whose heading id is `references`. */
  readonly referenceCount: number;
  /** The whole source, for searches such as placeholders. */
  readonly source: string;
}

const HEADING = /^(#{1,6})\s+(.*?)\s*$/;
const HEADING_ID = /\{\/\*\s*#([^\s*]+)\s*\*\/\}\s*$/;
const FENCE = /^(\s*)(`{3,}|~{3,})\s*([\w+-]*)\s*(.*)$/;
const TAG = /<([A-Z][A-Za-z0-9]*(?:\.[A-Z][A-Za-z0-9]*)?)((?:\s+[^<>]*?)?)\s*\/?>/g;
/** Attributes whose value is prose, which the two languages word differently. */
const TEXT_PROPS = new Set([
  'title',
  'label',
  'caption',
  'question',
  'hint',
  'summary',
  'alt',
  'description',
]);
const MD_LINK = /\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;

function splitFrontMatter(source: string): {
  data: Record<string, unknown>;
  body: string;
  offset: number;
} {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(source);
  if (!match) return { data: {}, body: source, offset: 0 };
  const data = (parseYaml(match[1]) ?? {}) as Record<string, unknown>;
  return { data, body: source.slice(match[0].length), offset: match[0].split('\n').length - 1 };
}

function normalizeProps(raw: string): string {
  const props: string[] = [];
  const attr = /([A-Za-z_][\w-]*)(?:\s*=\s*("[^"]*"|'[^']*'|\{[^}]*\}))?/g;
  for (const m of raw.matchAll(attr)) {
    if (TEXT_PROPS.has(m[1])) continue;
    props.push(m[2] === undefined ? m[1] : `${m[1]}=${m[2].replace(/\s+/g, ' ')}`);
  }
  return props.sort().join(' ');
}

export function parseMdx(source: string): ParsedDoc {
  const { data, body, offset } = splitFrontMatter(source);
  const lines = body.split(/\r?\n/);
  const headings: Heading[] = [];
  const codeBlocks: CodeBlock[] = [];
  const tags: Tag[] = [];
  const links: Link[] = [];
  const proseLines: string[] = [];
  let mathBlocks = 0;
  let referenceCount = 0;
  let inReferences = false;

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const lineNo = i + 1 + offset;
    const fence = FENCE.exec(line);
    if (fence) {
      const marker = fence[2];
      const start = i;
      const bodyLines: string[] = [];
      i++;
      while (i < lines.length && !lines[i].trim().startsWith(marker)) bodyLines.push(lines[i++]);
      codeBlocks.push({
        lang: fence[3],
        meta: fence[4].trim(),
        body: bodyLines.join('\n'),
        line: start + 1 + offset,
      });
      continue;
    }
    if (line.trim() === '$$' || /^\s*\$\$.*\$\$\s*$/.test(line)) {
      mathBlocks++;
      if (line.trim() === '$$') {
        i++;
        while (i < lines.length && lines[i].trim() !== '$$') i++;
      }
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const idMatch = HEADING_ID.exec(heading[2]);
      const text = heading[2].replace(HEADING_ID, '').trim();
      const level = heading[1].length;
      headings.push({ level, text, id: idMatch?.[1], line: lineNo });
      if (level <= 2) inReferences = idMatch?.[1] === 'references';
      proseLines.push(text);
      continue;
    }
    for (const m of line.matchAll(TAG))
      tags.push({ name: m[1], props: normalizeProps(m[2]), line: lineNo });
    for (const m of line.matchAll(MD_LINK)) links.push({ target: m[1], line: lineNo });
    if (inReferences && /^\s*(?:[-*+]|\d+\.)\s+\S/.test(line)) referenceCount++;

    const trimmed = line.trim();
    if (trimmed.startsWith('|') || /^(import|export)\s/.test(trimmed)) continue;
    proseLines.push(
      line
        .replace(/\{\/\*[\s\S]*?\*\/\}/g, ' ')
        .replace(/<!--[\s\S]*?-->/g, ' ')
        .replace(/<\/?[A-Za-z][^<>]*>/g, ' ')
        .replace(/\$[^$\n]+\$/g, ' ')
        .replace(/`[^`]*`/g, ' ')
        .replace(/\]\([^)]*\)/g, ']'),
    );
  }
  return {
    frontMatter: data,
    headings,
    codeBlocks,
    mathBlocks,
    tags,
    links,
    prose: proseLines.join('\n'),
    referenceCount,
    source,
  };
}

/** English words in prose: runs of Latin letters, digits inside a word allowed (p99, HTTP/2 counts as 2). */
export function countEnglishWords(prose: string): number {
  return prose.match(/[A-Za-z][A-Za-z0-9'’-]*/g)?.length ?? 0;
}

/** Chinese characters in prose (Unicode script Han). */
export function countHanCharacters(prose: string): number {
  return prose.match(/\p{Script=Han}/gu)?.length ?? 0;
}
