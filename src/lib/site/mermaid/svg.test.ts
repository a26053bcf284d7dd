import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  diagramHtml,
  diagramLabel,
  finishRootElement,
  languageOfFile,
  MIN_SCALE,
  scopeSvgIds,
  type RenderedDiagram,
} from './svg';

// The shape of mermaid 11's output for a sequence diagram: most ids carry the render id, the
// actors' do not.
const prefix = 'mermaid-abc-0-light';
const sequence = [
  `<svg id="${prefix}" width="100%" xmlns="http://www.w3.org/2000/svg" style="max-width: 450px;"`,
  ` viewBox="-50 -10 450 267" role="graphics-document document" aria-roledescription="sequence"`,
  ` aria-labelledby="chart-title-${prefix}" aria-describedby="desc">`,
  `<title id="chart-title-${prefix}">Replica lag</title><desc id="desc">A read after a write</desc>`,
  `<style>#${prefix}{fill:#333;}#${prefix} #actor0 rect,#root-0>text{stroke:#abc;}</style>`,
  `<defs><linearGradient id="${prefix}-gradient"></linearGradient>`,
  `<marker id="${prefix}-arrowhead"></marker></defs>`,
  `<g id="root-0"><rect id="actor0" fill="url(#${prefix}-gradient)"></rect></g>`,
  `<use href="#actor0"></use><use xlink:href="#root-0"></use>`,
  `<line marker-end="url(#${prefix}-arrowhead)" filter="url(#actor0)"></line>`,
  `</svg>`,
].join('');

function ids(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
}

test('every id contains the render id, and only those that did not change', () => {
  const scoped = scopeSvgIds(sequence, prefix);
  for (const id of ids(scoped)) assert.ok(id.includes(prefix), `${id} is scoped`);
  assert.ok(scoped.includes(`id="${prefix}-actor0"`));
  assert.ok(scoped.includes(`id="${prefix}-root-0"`));
  assert.ok(scoped.includes(`id="${prefix}-desc"`));
  // already unique: untouched
  assert.ok(scoped.includes(` id="chart-title-${prefix}"`));
});

test('references follow the renamed ids: url(), href, xlink:href, aria and CSS selectors', () => {
  const scoped = scopeSvgIds(sequence, prefix);
  assert.ok(scoped.includes(`href="#${prefix}-actor0"`));
  assert.ok(scoped.includes(`xlink:href="#${prefix}-root-0"`));
  assert.ok(scoped.includes(`filter="url(#${prefix}-actor0)"`));
  assert.ok(scoped.includes(`fill="url(#${prefix}-gradient)"`), 'a prefixed reference stays');
  assert.ok(scoped.includes(`aria-describedby="${prefix}-desc"`));
  assert.ok(scoped.includes(`aria-labelledby="chart-title-${prefix}"`));
  assert.ok(scoped.includes(`#${prefix} #${prefix}-actor0 rect,#${prefix}-root-0>text{`));
  // colours in declarations are not ids
  assert.ok(scoped.includes('stroke:#abc;') && scoped.includes('fill:#333;'));
  // every reference points at an id that exists
  const defined = new Set(ids(scoped));
  const refs = [...scoped.matchAll(/url\(#([^)]+)\)|href="#([^"]+)"/g)].map((m) => m[1] ?? m[2]);
  assert.equal(refs.length, 5);
  for (const ref of refs) assert.ok(defined.has(ref), `#${ref} exists`);
});

test('two copies of one diagram under different render ids share no id', () => {
  const other = 'mermaid-abc-0-dark';
  const light = scopeSvgIds(sequence, prefix);
  const dark = scopeSvgIds(sequence.replaceAll(prefix, other), other);
  const overlap = ids(light).filter((id) => ids(dark).includes(id));
  assert.deepEqual(overlap, []);
});

test('an SVG whose ids are all prefixed comes back unchanged', () => {
  const svg = `<svg id="${prefix}"><g id="${prefix}-a"></g><marker id="${prefix}_flowchart-v2-pointEnd"></marker></svg>`;
  assert.equal(scopeSvgIds(svg, prefix), svg);
});

test('the root gets role img, the label, a fluid width bounded by its natural size', () => {
  const root = finishRootElement(sequence, 'Sequence diagram: a "quoted" <label> & more', 449.2);
  const start = /^<svg[^>]*>/.exec(root)![0];
  assert.match(start, /\srole="img"/);
  assert.match(
    start,
    /\saria-label="Sequence diagram: a &quot;quoted&quot; &lt;label&gt; &amp; more"/,
  );
  assert.match(start, /\swidth="100%"/);
  assert.match(start, /style="max-width:450px;--mermaid-min-width:270px"/);
  assert.equal(Math.ceil(450 * MIN_SCALE), 270);
  assert.doesNotMatch(start, /graphics-document/);
  // the rest of the SVG is untouched
  assert.equal(root.slice(start.length), sequence.slice(/^<svg[^>]*>/.exec(sequence)![0].length));
  assert.throws(() => finishRootElement('<div></div>', 'x', 10), /not an SVG/);
});

test('the label names the kind in the page language, then the title or else the labels', () => {
  const base: RenderedDiagram = {
    svg: '',
    width: 100,
    kind: 'flowchart-v2',
    labels: ['用户请求', '根节点 等待全部子请求返回'],
  };
  assert.equal(diagramLabel(base, 'zh'), '流程图：用户请求；根节点 等待全部子请求返回');
  assert.equal(
    diagramLabel({ ...base, labels: ['Client', 'Server'] }, 'en'),
    'Flowchart: Client; Server',
  );
  assert.equal(
    diagramLabel({ ...base, kind: 'sequence', title: 'Replica lag' }, 'en'),
    'Sequence diagram: Replica lag',
  );
  assert.equal(diagramLabel({ ...base, kind: 'mindmap', labels: [] }, 'en'), 'Diagram');
});

test('files under i18n/en are English, all others Chinese', () => {
  assert.equal(languageOfFile('i18n/en/docusaurus-plugin-content-docs/current/preface.mdx'), 'en');
  assert.equal(languageOfFile('/site/i18n/en/docusaurus-plugin-content-docs/current/a.mdx'), 'en');
  assert.equal(languageOfFile('docs/preface.mdx'), 'zh');
  assert.equal(languageOfFile('docs/i18n-notes.mdx'), 'zh');
});

test('the box holds the light copy, then the dark one, with labels kept apart for search', () => {
  const html = diagramHtml({
    light: '<svg><text>Client</text><text>Server</text></svg>',
    dark: '<svg><foreignObject><p>Client</p></foreignObject></svg>',
  });
  assert.equal(
    html,
    '<div class="mermaid-static__light"><svg><text>Client</text>\n<text>Server</text>\n</svg></div>' +
      '<div class="mermaid-static__dark"><svg><foreignObject><p>Client</p></foreignObject>\n</svg></div>',
  );
});
