import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Prism } from 'prism-react-renderer';
import {
  extraPrismLanguages,
  PRISM_GLOBAL_MODULE,
  prismImportsFor,
  remarkPrismLanguages,
} from './prism-languages';

type Tree = Parameters<ReturnType<typeof remarkPrismLanguages>>[0];

const code = (lang: string | null): Tree => ({ type: 'code', lang, value: 'x' });

test('a page gets the global set-up first, then each grammar it needs once', () => {
  assert.deepEqual(prismImportsFor(['promql', 'bash', 'sh', 'BASH', 'yaml']), [
    PRISM_GLOBAL_MODULE,
    'prismjs/components/prism-bash',
    'prismjs/components/prism-promql',
  ]);
});

test('languages prism-react-renderer has, unknown ones and none need no import', () => {
  assert.deepEqual(prismImportsFor(['yaml', 'go', 'python', 'json', 'sql', 'mermaid', 'hcl']), []);
  assert.deepEqual(prismImportsFor([]), []);
});

test('every extra grammar exists in prismjs and is not already in prism-react-renderer', () => {
  for (const language of extraPrismLanguages) {
    for (const source of prismImportsFor([language]).slice(1)) {
      const file = path.join(process.cwd(), 'node_modules', `${source}.js`);
      assert.ok(existsSync(file), `${source} for ${language}`);
      const grammar = source.slice('prismjs/components/prism-'.length);
      assert.equal(Prism.languages[grammar], undefined, `${grammar} is built in already`);
    }
  }
});

test('the plugin prepends one ESM import node per module, with its estree', () => {
  const tree: Tree = {
    type: 'root',
    children: [code('java'), { type: 'paragraph', children: [] }, code('java'), code(null)],
  };
  remarkPrismLanguages()(tree);
  const esm = (tree.children ?? []).filter((node) => node.type === 'mdxjsEsm');
  assert.deepEqual(
    esm.map((node) => node.value),
    [`import "${PRISM_GLOBAL_MODULE}";`, 'import "prismjs/components/prism-java";'],
  );
  assert.deepEqual(
    (tree.children ?? []).slice(0, 2).map((node) => node.type),
    ['mdxjsEsm', 'mdxjsEsm'],
  );
  const estree = esm[1].data?.estree as { body: { type: string; source: { value: string } }[] };
  assert.equal(estree.body[0].type, 'ImportDeclaration');
  assert.equal(estree.body[0].source.value, 'prismjs/components/prism-java');
});

test('a page without such code blocks is left unchanged', () => {
  const tree: Tree = { type: 'root', children: [code('yaml'), code('mermaid')] };
  const before = JSON.stringify(tree);
  remarkPrismLanguages()(tree);
  assert.equal(JSON.stringify(tree), before);
});
