import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  diagramId,
  findMermaidBlocks,
  mermaidElement,
  remarkStaticMermaid,
  type MdastNode,
} from './remark';
import type { RenderOutcome, RenderRequest } from './renderer';

const code = (lang: string | null, value: string, line = 1): MdastNode => ({
  type: 'code',
  lang,
  value,
  position: { start: { line } },
});

function tree(): MdastNode {
  return {
    type: 'root',
    children: [
      { type: 'paragraph', children: [{ type: 'text', value: 'flowchart LR' }] },
      code('mermaid', 'flowchart LR\n  A --> B', 3),
      code('ts', 'const a = 1;'),
      {
        type: 'blockquote',
        children: [code('Mermaid ', 'sequenceDiagram\n  A->>B: hi', 9)],
      },
      code(null, 'flowchart LR'),
      code('mermaid', 'flowchart LR\n  A --> B', 14),
    ],
  };
}

test('block detection finds mermaid fences at any depth, in order, and nothing else', () => {
  const blocks = findMermaidBlocks(tree());
  assert.deepEqual(
    blocks.map((b) => b.node.position?.start.line),
    [3, 9, 14],
  );
  for (const { node, parent, index } of blocks) assert.equal(parent.children?.[index], node);
});

test('render ids are valid CSS identifiers, unique per file, position and theme, and stable', () => {
  const ids = new Set<string>();
  for (const file of [
    'docs/preface.mdx',
    'i18n/en/docusaurus-plugin-content-docs/current/preface.mdx',
  ]) {
    for (const index of [0, 1, 10]) {
      for (const theme of ['light', 'dark'] as const) {
        const id = diagramId(file, index, theme);
        assert.match(id, /^[a-z][\w-]*$/);
        ids.add(id);
      }
    }
  }
  assert.equal(ids.size, 12);
  assert.equal(diagramId('docs/a.mdx', 1, 'dark'), diagramId('docs/a.mdx', 1, 'dark'));
});

test('the element is a div whose inner HTML is the given string, as an estree literal', () => {
  const html = '<div class="x">"quoted" \\ </script></div>';
  const element = mermaidElement(html) as unknown as {
    type: string;
    name: string;
    attributes: {
      name: string;
      value: string | { data: { estree: { body: { expression: unknown }[] } } };
    }[];
  };
  assert.equal(element.type, 'mdxJsxFlowElement');
  assert.equal(element.name, 'div');
  assert.equal(element.attributes[0].value, 'mermaid-static');
  const expression = element.attributes[1];
  assert.equal(expression.name, 'dangerouslySetInnerHTML');
  assert.ok(typeof expression.value === 'object');
  const object = expression.value.data.estree.body[0].expression as {
    properties: { key: { name: string }; value: { value: string; raw: string } }[];
  };
  assert.equal(object.properties[0].key.name, '__html');
  assert.equal(object.properties[0].value.value, html);
  assert.equal(JSON.parse(object.properties[0].value.raw), html);
});

/** A renderer that draws each source as an SVG naming it, and fails on the word `broken`. */
function fakeRenderer() {
  const calls: RenderRequest[] = [];
  const render = async (request: RenderRequest): Promise<RenderOutcome[]> => {
    calls.push(request);
    return request.diagrams.map(({ id, source }) =>
      source.includes('broken')
        ? { ok: false, error: 'Parse error on line 2' }
        : {
            ok: true,
            diagram: {
              svg: `<svg id="${id}" viewBox="0 0 200 100"><g id="actor0"><text>${request.theme}</text></g></svg>`,
              width: 200,
              kind: 'flowchart-v2',
              labels: ['A', 'B'],
            },
          },
    );
  };
  return { calls, render };
}

const themes = { light: 'neutral', dark: 'dark' } as const;

test('the plugin renders all diagrams of a file in one call per theme and replaces the blocks', async () => {
  const { calls, render } = fakeRenderer();
  const root = tree();
  await remarkStaticMermaid({ render, themes, siteDir: '/site' })(root, {
    path: '/site/i18n/en/docusaurus-plugin-content-docs/current/preface.mdx',
  });
  assert.equal(calls.length, 2);
  assert.deepEqual(calls.map((c) => c.theme).sort(), ['dark', 'neutral']);
  for (const call of calls) assert.equal(call.diagrams.length, 3);
  const all = calls.flatMap((c) => c.diagrams.map((d) => d.id));
  assert.equal(new Set(all).size, 6, 'every copy has its own id');
  // the blocks are gone, the rest of the tree is as it was
  assert.deepEqual(findMermaidBlocks(root), []);
  const kinds = root.children!.map((n) => n.type);
  assert.deepEqual(kinds, [
    'paragraph',
    'mdxJsxFlowElement',
    'code',
    'blockquote',
    'code',
    'mdxJsxFlowElement',
  ]);
  const html = JSON.stringify(root.children![1]);
  assert.ok(html.includes('mermaid-static__light') && html.includes('mermaid-static__dark'));
  assert.ok(html.includes('aria-label=\\"Flowchart: A; B\\"'), 'English label from the path');
  assert.ok(html.includes('>neutral<') && html.includes('>dark<'));
  assert.ok(!/id=\\"actor0\\"/.test(html), 'ids scoped');
});

test('a file without diagrams is left alone and costs no render call', async () => {
  const { calls, render } = fakeRenderer();
  const root: MdastNode = { type: 'root', children: [code('ts', 'x')] };
  const before = JSON.stringify(root);
  await remarkStaticMermaid({ render, themes, siteDir: '/site' })(root, {
    path: '/site/docs/a.mdx',
  });
  assert.equal(calls.length, 0);
  assert.equal(JSON.stringify(root), before);
});

test('a diagram that does not render fails with the file, the line and the reason', async () => {
  const { render } = fakeRenderer();
  const root: MdastNode = {
    type: 'root',
    children: [code('mermaid', 'flowchart LR\n  A -->', 4), code('mermaid', 'broken', 12)],
  };
  await assert.rejects(
    remarkStaticMermaid({ render, themes, siteDir: '/site' })(root, {
      path: '/site/docs/01-foundations/01-why-performance.mdx',
    }),
    (error: Error) => {
      assert.match(
        error.message,
        /^docs\/01-foundations\/01-why-performance\.mdx:12: the mermaid diagram does not render: Parse error on line 2$/,
      );
      return true;
    },
  );
});
