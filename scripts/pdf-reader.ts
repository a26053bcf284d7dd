/**
 * Just enough of a PDF reader for the PDFs Chromium (Skia) writes: objects in the clear with a
 * classic xref table, Flate-compressed streams. It finds the pages in order, the page each named
 * destination (an element id) lands on, the bookmark titles and the text of a page through the
 * fonts' ToUnicode maps. `npm run pdf` uses it for the table of contents' page numbers and the
 * browser test uses it to read the PDF back; it is not a general PDF parser (no object streams,
 * no encryption, no incremental updates), and says so by throwing when it meets one.
 */
import { inflateSync } from 'node:zlib';

type Ref = number;

export interface PdfFile {
  readonly pageCount: number;
  /** Object numbers of the pages, in reading order. */
  readonly pages: readonly Ref[];
  /** 0-based page index of every named destination (Chromium names them after element ids). */
  destinations(): Map<string, number>;
  /** Titles of the document outline (bookmarks), depth first. */
  outlineTitles(): string[];
  /** The text drawn on one page (0-based), glyphs mapped back to Unicode, one line per text
   * object; no layout. */
  pageText(index: number): string;
  /** The document information dictionary's /Title. */
  readonly title: string | undefined;
}

export function readPdf(bytes: Uint8Array): PdfFile {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const latin1 = buffer.toString('latin1');
  if (!latin1.startsWith('%PDF-')) throw new RangeError('bytes: not a PDF');
  if (latin1.includes('/ObjStm'))
    throw new RangeError('bytes: object streams are not supported by this reader');

  // Every "N 0 obj" at the start of a line, with where its body starts.
  const starts = new Map<Ref, number>();
  for (const match of latin1.matchAll(/(?:^|[\r\n])(\d+) 0 obj\s/g)) {
    starts.set(Number(match[1]), (match.index ?? 0) + match[0].length);
  }
  const bodies = new Map<Ref, string>();
  const body = (ref: Ref): string => {
    const cached = bodies.get(ref);
    if (cached !== undefined) return cached;
    const start = starts.get(ref);
    if (start === undefined) throw new RangeError(`bytes: object ${ref} is missing`);
    const streamAt = latin1.indexOf('stream', start);
    const endAt = latin1.indexOf('endobj', start);
    // Only the dictionary part of a stream object: its data may hold any bytes.
    const text =
      streamAt !== -1 && streamAt < endAt
        ? latin1.slice(start, streamAt)
        : latin1.slice(start, endAt);
    bodies.set(ref, text);
    return text;
  };
  const stream = (ref: Ref): Buffer => {
    const start = starts.get(ref);
    if (start === undefined) throw new RangeError(`bytes: object ${ref} is missing`);
    const dict = body(ref);
    const length = /\/Length (\d+)(?! \d+ R)/.exec(dict);
    let dataStart = latin1.indexOf('stream', start) + 'stream'.length;
    if (latin1[dataStart] === '\r') dataStart += 1;
    if (latin1[dataStart] === '\n') dataStart += 1;
    const dataEnd = length ? dataStart + Number(length[1]) : latin1.indexOf('endstream', dataStart);
    const data = buffer.subarray(dataStart, dataEnd);
    return /\/Filter \/FlateDecode/.test(dict) ? inflateSync(data) : data;
  };
  const refOf = (dict: string, key: string): Ref | undefined => {
    const match = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    return match ? Number(match[1]) : undefined;
  };
  const refsIn = (text: string): Ref[] => [...text.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));

  const trailer = latin1.slice(latin1.lastIndexOf('trailer'));
  const catalog = body(refOf(trailer, 'Root') ?? -1);
  const pages: Ref[] = [];
  const walk = (ref: Ref): void => {
    const node = body(ref);
    if (/\/Type \/Pages\b/.test(node)) {
      const kids = /\/Kids \[([^\]]*)\]/.exec(node);
      for (const kid of refsIn(kids?.[1] ?? '')) walk(kid);
    } else pages.push(ref);
  };
  walk(refOf(catalog, 'Pages') ?? -1);
  const pageIndex = new Map(pages.map((ref, i) => [ref, i]));

  const infoRef = refOf(trailer, 'Info');
  const titleMatch =
    infoRef === undefined
      ? null
      : /\/Title (<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))/.exec(body(infoRef));

  const fontMaps = new Map<Ref, { width: number; map: Map<number, string> }>();
  const fontMap = (ref: Ref): { width: number; map: Map<number, string> } => {
    const cached = fontMaps.get(ref);
    if (cached) return cached;
    const map = new Map<number, string>();
    let width = /\/Subtype \/Type0/.test(body(ref)) ? 2 : 1;
    const toUnicode = refOf(body(ref), 'ToUnicode');
    if (toUnicode !== undefined) {
      const cmap = stream(toUnicode).toString('latin1');
      const range = /<([0-9A-Fa-f]+)>\s*<[0-9A-Fa-f]+>\s*endcodespacerange/.exec(cmap);
      if (range) width = range[1].length / 2;
      for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
        for (const m of section[1].matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
          map.set(parseInt(m[1], 16), utf16(m[2]));
      }
      for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
        for (const m of section[1].matchAll(
          /<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(<[0-9A-Fa-f]+>|\[[^\]]*\])/g,
        )) {
          const [low, high] = [parseInt(m[1], 16), parseInt(m[2], 16)];
          if (m[3].startsWith('[')) {
            [...m[3].matchAll(/<([0-9A-Fa-f]+)>/g)].forEach((d, i) =>
              map.set(low + i, utf16(d[1])),
            );
          } else {
            const first = utf16(m[3].slice(1, -1));
            const base = first.codePointAt(first.length - 1) ?? 0;
            for (let code = low; code <= high; code += 1)
              map.set(code, first.slice(0, -1) + String.fromCodePoint(base + code - low));
          }
        }
      }
    }
    const entry = { width, map };
    fontMaps.set(ref, entry);
    return entry;
  };

  return {
    pageCount: pages.length,
    pages,
    title: titleMatch ? pdfString(titleMatch[1]) : undefined,
    destinations() {
      const out = new Map<string, number>();
      const destsRef = refOf(catalog, 'Dests');
      if (destsRef === undefined) return out;
      for (const m of body(destsRef).matchAll(/\/([^\s[/]*)\s*\[(\d+) 0 R/g)) {
        const page = pageIndex.get(Number(m[2]));
        if (page !== undefined) out.set(decodeName(m[1]), page);
      }
      return out;
    },
    outlineTitles() {
      const titles: string[] = [];
      const visit = (ref: Ref | undefined): void => {
        for (let item = ref; item !== undefined; item = refOf(body(item), 'Next')) {
          const title = /\/Title (<[0-9A-Fa-f]*>|\((?:\\.|[^\\)])*\))/.exec(body(item));
          if (title) titles.push(pdfString(title[1]));
          visit(refOf(body(item), 'First'));
        }
      };
      const root = refOf(catalog, 'Outlines');
      if (root !== undefined) visit(refOf(body(root), 'First'));
      return titles;
    },
    pageText(index) {
      const page = pages[index];
      if (page === undefined) throw new RangeError(`index: the PDF has ${pages.length} pages`);
      const dict = body(page);
      const fonts = new Map<string, Ref>();
      const fontDict = /\/Font <<([^>]*)>>/.exec(dict);
      for (const m of (fontDict?.[1] ?? '').matchAll(/\/(\S+) (\d+) 0 R/g))
        fonts.set(m[1], Number(m[2]));
      const contents = /\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(dict);
      const streams = contents?.[1]
        ? refsIn(contents[1])
        : contents?.[2]
          ? [Number(contents[2])]
          : [];
      let text = '';
      for (const ref of streams) {
        const ops = stream(ref).toString('latin1');
        let font: { width: number; map: Map<number, string> } | undefined;
        for (const m of ops.matchAll(
          /\/(\S+) [\d.]+ Tf|(<[0-9A-Fa-f]*>|\[[^\]]*\]) ?T[Jj]|\b(ET)\b/g,
        )) {
          if (m[1] !== undefined) {
            const fontRef = fonts.get(m[1]);
            font = fontRef === undefined ? undefined : fontMap(fontRef);
          } else if (m[2] !== undefined && font) {
            for (const hex of m[2].matchAll(/<([0-9A-Fa-f]*)>/g)) {
              for (let i = 0; i + font.width * 2 <= hex[1].length; i += font.width * 2) {
                text += font.map.get(parseInt(hex[1].slice(i, i + font.width * 2), 16)) ?? '';
              }
            }
          } else if (m[3] !== undefined && !text.endsWith('\n')) text += '\n';
        }
      }
      // Noto CJK maps some glyphs to the Kangxi radicals (U+2F00...) first: NFKC folds them back
      // to the ideographs a reader searches for.
      return text.normalize('NFKC');
    },
  };
}

function utf16(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4)
    out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

function decodeName(name: string): string {
  return name.replace(/#([0-9A-Fa-f]{2})/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

/** A PDF text string: <FEFF...> UTF-16BE hex, or a literal (...) in PDFDocEncoding/UTF-16BE. */
function pdfString(token: string): string {
  if (token.startsWith('<')) {
    const hex = token.slice(1, -1);
    return hex.toUpperCase().startsWith('FEFF')
      ? utf16(hex.slice(4))
      : Buffer.from(hex, 'hex').toString('latin1');
  }
  const raw = token
    .slice(1, -1)
    .replace(/\\([nrtbf()\\]|[0-7]{1,3})/g, (_, c: string) =>
      /^[0-7]/.test(c)
        ? String.fromCharCode(parseInt(c, 8))
        : (({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' } as Record<string, string>)[c] ?? c),
    );
  if (raw.startsWith('\u00fe\u00ff')) {
    return Buffer.from(raw.slice(2), 'latin1').swap16().toString('utf16le');
  }
  return raw;
}
