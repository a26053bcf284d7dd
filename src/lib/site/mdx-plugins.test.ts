import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findTerm } from '../../data/glossary';
import { rehypeKatexStylesheet, remarkTermEntries } from './mdx-plugins';

type Node = Parameters<ReturnType<typeof rehypeKatexStylesheet>>[0];

const katexSpan: Node = {
  type: 'element',
  tagName: 'span',
  properties: { className: ['katex'] },
  children: [],
};
const paragraph = (...children: Node[]): Node => ({
  type: 'element',
  tagName: 'p',
  properties: {},
  children,
});

test('a page with KaTeX output gets exactly one <Head> linking the stylesheet', () => {
  const tree: Node = { type: 'root', children: [paragraph(paragraph(katexSpan)), paragraph()] };
  rehypeKatexStylesheet({ href: '/book/katex/katex.min.css' })(tree);
  const heads = (tree.children ?? []).filter((n) => n.name === 'Head');
  assert.equal(heads.length, 1);
  const link = heads[0].children?.[0];
  assert.equal(link?.name, 'link');
  const attrs = Object.fromEntries((link?.attributes ?? []).map((a) => [a.name, a.value]));
  assert.deepEqual(attrs, { rel: 'stylesheet', href: '/book/katex/katex.min.css' });
});

test('a page without formulas is left unchanged', () => {
  const tree: Node = { type: 'root', children: [paragraph({ type: 'text', children: [] })] };
  const before = JSON.stringify(tree);
  rehypeKatexStylesheet({ href: '/katex/katex.min.css' })(tree);
  assert.equal(JSON.stringify(tree), before);
});

test('a missing stylesheet URL is a RangeError naming href', () => {
  assert.throws(() => rehypeKatexStylesheet({ href: '' }), RangeError);
  assert.throws(() => rehypeKatexStylesheet({ href: '' }), /href/);
});

function termNode(id: string, type = 'mdxJsxTextElement'): Node {
  return { type, name: 'Term', attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: id }] };
}

test('each <Term> carries its own glossary entry, nested ones included', () => {
  const inline = termNode('tail-latency');
  const flow = termNode('throughput', 'mdxJsxFlowElement');
  const tree: Node = { type: 'root', children: [{ type: 'paragraph', children: [inline] }, flow] };
  remarkTermEntries()(tree);
  for (const [node, id] of [
    [inline, 'tail-latency'],
    [flow, 'throughput'],
  ] as const) {
    const entry = node.attributes?.find((a) => a.name === 'entry')?.value;
    assert.equal(typeof entry, 'string');
    const term = findTerm(id);
    assert.ok(term, `${id} is in the glossary`);
    assert.deepEqual(JSON.parse(entry as string), {
      id,
      zh: term.zh,
      en: term.en,
      definition: term.definition,
      chapter: term.chapter,
    });
  }
});

test('an unknown id and other tags are left alone', () => {
  const unknown = termNode('no-such-term');
  const other: Node = {
    type: 'mdxJsxTextElement',
    name: 'Answer',
    attributes: [{ type: 'mdxJsxAttribute', name: 'id', value: 'tail-latency' }],
  };
  const tree: Node = { type: 'root', children: [unknown, other] };
  remarkTermEntries()(tree);
  assert.equal(unknown.attributes?.length, 1);
  assert.equal(other.attributes?.length, 1);
});
