import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { readPdf } from './pdf-reader';

/**
 * A PDF written by hand in the shape Skia gives Chromium's: a nested page tree, a two-byte font
 * with a ToUnicode map (one bfchar, one bfrange), Flate content streams, named destinations,
 * a two-level outline and a UTF-16 title. Offsets in the xref table are computed, not guessed.
 */
function handmadePdf(): Buffer {
  const cmap = [
    'begincmap',
    '1 begincodespacerange <0000> <FFFF> endcodespacerange',
    // 0x0001 is the glyph Noto CJK maps to KANGXI RADICAL ONE (U+2F00) rather than U+4E00.
    '2 beginbfchar <0001> <2F00> <0002> <7AE0> endbfchar',
    '1 beginbfrange <0010> <0012> <0041> endbfrange',
    'endcmap',
  ].join('\n');
  const page1 = 'BT /F1 12 Tf 72 700 Td <00010002> Tj ET';
  const page2 = 'BT /F1 12 Tf 72 700 Td [<0010> -20 <00110012>] TJ ET\nBT /F1 9 Tf <0012> Tj ET';
  const streams: Record<number, Buffer> = {
    9: deflateSync(Buffer.from(cmap, 'latin1')),
    10: deflateSync(Buffer.from(page1, 'latin1')),
    11: deflateSync(Buffer.from(page2, 'latin1')),
  };
  const objects: Record<number, string> = {
    1: '<</Type /Catalog /Pages 2 0 R /Dests 12 0 R /Outlines 13 0 R>>',
    2: '<</Type /Pages /Kids [3 0 R] /Count 2>>',
    3: '<</Type /Pages /Parent 2 0 R /Kids [4 0 R 5 0 R] /Count 2>>',
    4: '<</Type /Page /Parent 3 0 R /Resources <</Font <</F1 8 0 R>>>> /Contents 10 0 R>>',
    5: '<</Type /Page /Parent 3 0 R /Resources <</Font <</F1 8 0 R>>>> /Contents [11 0 R]>>',
    6: '<</Title <FEFF4E66>>>',
    8: '<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+Test /Encoding /Identity-H /ToUnicode 9 0 R>>',
    12: '<</toc [4 0 R /XYZ 0 800 0]\n/doc-02-key#2Dmetrics [5 0 R /XYZ 0 700 0]>>',
    13: '<</Type /Outlines /First 14 0 R /Last 15 0 R>>',
    14: '<</Title <FEFF76EE5F55> /Parent 13 0 R /Next 15 0 R /Dest [4 0 R /XYZ 0 800 0]>>',
    15: '<</Title (Chapter \\(two\\)) /Parent 13 0 R /Prev 14 0 R /First 16 0 R /Last 16 0 R>>',
    16: '<</Title (Section) /Parent 15 0 R>>',
  };
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n%\xe2\xe3\n', 'latin1')];
  const offsets: number[] = [];
  let length = parts[0].length;
  for (let n = 1; n <= 16; n += 1) {
    if (objects[n] === undefined && streams[n] === undefined) continue;
    offsets[n] = length;
    const chunk = streams[n]
      ? Buffer.concat([
          Buffer.from(`${n} 0 obj\n<</Filter /FlateDecode /Length ${streams[n].length}>> stream\n`),
          streams[n],
          Buffer.from('\nendstream\nendobj\n'),
        ])
      : Buffer.from(`${n} 0 obj\n${objects[n]}\nendobj\n`, 'latin1');
    parts.push(chunk);
    length += chunk.length;
  }
  const xref = ['xref', '0 17', '0000000000 65535 f '];
  for (let n = 1; n <= 16; n += 1)
    xref.push(
      offsets[n] === undefined
        ? '0000000000 65535 f '
        : `${String(offsets[n]).padStart(10, '0')} 00000 n `,
    );
  parts.push(
    Buffer.from(
      `${xref.join('\n')}\ntrailer\n<</Size 17 /Root 1 0 R /Info 6 0 R>>\nstartxref\n${length}\n%%EOF\n`,
      'latin1',
    ),
  );
  return Buffer.concat(parts);
}

test('readPdf walks a nested page tree in order', () => {
  const pdf = readPdf(handmadePdf());
  assert.equal(pdf.pageCount, 2);
  assert.deepEqual(pdf.pages, [4, 5]);
  assert.equal(pdf.title, '书');
});

test('readPdf maps named destinations to page indexes, decoding #xx in names', () => {
  const pdf = readPdf(handmadePdf());
  assert.deepEqual(
    pdf.destinations(),
    new Map([
      ['toc', 0],
      ['doc-02-key-metrics', 1],
    ]),
  );
});

test('readPdf reads outline titles depth first, hex UTF-16 and escaped literals', () => {
  assert.deepEqual(readPdf(handmadePdf()).outlineTitles(), ['目录', 'Chapter (two)', 'Section']);
});

test('readPdf maps glyphs back through ToUnicode and folds Kangxi radicals (NFKC)', () => {
  const pdf = readPdf(handmadePdf());
  assert.equal(pdf.pageText(0), '一章\n');
  // bfrange <0010>..<0012> -> A..C; a TJ array with a kerning number; one line per BT/ET.
  assert.equal(pdf.pageText(1), 'ABC\nC\n');
  assert.throws(() => pdf.pageText(2), RangeError);
});

test('readPdf refuses what it cannot read', () => {
  assert.throws(() => readPdf(Buffer.from('hello')), /not a PDF/);
  const withObjectStream = Buffer.concat([handmadePdf(), Buffer.from('9 0 obj <</Type /ObjStm>>')]);
  assert.throws(() => readPdf(withObjectStream), /object streams/);
});
