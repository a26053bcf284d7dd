import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from '@babel/parser';
import {
  InlineTranslationError,
  inlineTranslations,
  withoutInlinedIds,
  type InlineOptions,
} from './inline-translations';

const english: InlineOptions = {
  table: {
    'widgets.q.title': 'Queue latency explorer',
    'widgets.q.reading': 'At {utilization} utilization p99 is {ratio} times the service time.',
    'widgets.url.rejected': 'Some parameters in the link were invalid.',
    'book.term.open': 'Open the term card',
  },
  prefix: 'widgets.',
  requireAll: true,
};

const header = "import Translate, { translate } from '@docusaurus/Translate';\n";

/** The transform of a .tsx module body, without its import line; the result must still parse. */
function inline(body: string, options: InlineOptions = english, filename = 'Widget.tsx'): string {
  const out = inlineTranslations(header + body, filename, options);
  parse(out, { sourceType: 'module', plugins: ['typescript', 'jsx'] });
  assert.ok(out.startsWith(header), 'the import line is left as it was');
  return out.slice(header.length);
}

test('translate() gets the locale message, placeholders and description untouched', () => {
  assert.equal(
    inline(
      `const reading = translate(
  {
    id: 'widgets.q.reading',
    message: '利用率 {utilization} 时 p99 是服务时间的 {ratio} 倍。',
    description: 'The reading under the chart',
  },
  { utilization: pct(rho), ratio: <b>{ratio}</b> },
);`,
    ),
    `const reading = translate(
  {
    id: 'widgets.q.reading',
    message: "At {utilization} utilization p99 is {ratio} times the service time.",
    description: 'The reading under the chart',
  },
  { utilization: pct(rho), ratio: <b>{ratio}</b> },
);`,
  );
});

test('<Translate> children become the locale message; attributes and values stay', () => {
  assert.equal(
    inline(`const a = (
  <Translate
    id="widgets.url.rejected"
    description="Shown when a shared link held invalid parameters"
    values={{ n: count as number }}
  >
    链接中的部分参数无效。
  </Translate>
);`),
    `const a = (
  <Translate
    id="widgets.url.rejected"
    description="Shown when a shared link held invalid parameters"
    values={{ n: count as number }}
  >{"Some parameters in the link were invalid."}</Translate>
);`,
  );
  assert.equal(
    inline(`const b = <Translate id={'widgets.q.title'} />;`),
    `const b = <Translate id={'widgets.q.title'}>{"Queue latency explorer"}</Translate>;`,
  );
});

test('a message without a message property is added; quotes and newlines are escaped', () => {
  const options = { ...english, table: { 'widgets.q.title': 'It\'s "quoted"\nand\u2028split' } };
  assert.equal(
    inline(`translate({ id: 'widgets.q.title' });`, options),
    `translate({message: "It's \\"quoted\\"\\nand\u2028split", id: 'widgets.q.title' });`,
  );
});

test('ids outside the prefix, and calls without an id, are left to the table', () => {
  const body = `translate({ id: 'book.term.open', message: '打开术语卡片' });
translate({ message: '没有 id' });
<Translate id="book.term.open">打开</Translate>;`;
  assert.equal(inline(body), body);
});

test('a template-literal or computed message is replaced whole: the id decides at run time', () => {
  assert.equal(
    inline('translate({ id: `widgets.q.title`, message: `排队${suffix}` });'),
    'translate({ id: `widgets.q.title`, message: "Queue latency explorer" });',
  );
});

test('aliased imports are followed, other functions named translate are not', () => {
  const source = `import Tr, { translate as t } from '@docusaurus/Translate';
const a = t({ id: 'widgets.q.title', message: '排队' });
const b = translate({ id: 'widgets.q.title', message: '排队' });
const c = <Tr id="widgets.q.title">排队</Tr>;`;
  assert.equal(
    inlineTranslations(source, 'Aliased.tsx', english),
    `import Tr, { translate as t } from '@docusaurus/Translate';
const a = t({ id: 'widgets.q.title', message: "Queue latency explorer" });
const b = translate({ id: 'widgets.q.title', message: '排队' });
const c = <Tr id="widgets.q.title">{"Queue latency explorer"}</Tr>;`,
  );
});

test('a file that does not import @docusaurus/Translate is returned as it is', () => {
  const source = `export const label = translate({ id: 'widgets.q.title', message: '排队' });`;
  assert.equal(inlineTranslations(source, 'Other.ts', english), source);
});

test('a translated locale without the message fails with the file, line and id', () => {
  assert.throws(
    () =>
      inlineTranslations(
        `${header}\nconst a = translate({ id: 'widgets.q.missing', message: '缺失' });`,
        'src/components/Q/index.tsx',
        english,
      ),
    (error: unknown) =>
      error instanceof InlineTranslationError &&
      error.message.includes('src/components/Q/index.tsx:3') &&
      error.message.includes('"widgets.q.missing"'),
  );
});

test('the default locale keeps the source message of an id it has no entry for', () => {
  const source = `${header}const a = translate({ id: 'widgets.q.missing', message: '缺失' });`;
  assert.equal(inlineTranslations(source, 'Q.tsx', { ...english, requireAll: false }), source);
});

test('an id that is not a static string is an error, whatever the locale', () => {
  for (const requireAll of [true, false]) {
    for (const body of [
      'translate({ id: key, message: "x" });',
      'translate({ id: `widgets.${key}`, message: "x" });',
      'translate(descriptor);',
      'translate({ ...descriptor });',
      '<Translate id={key}>x</Translate>;',
      '<Translate {...props}>x</Translate>;',
    ]) {
      assert.throws(
        () => inlineTranslations(header + body, 'Dynamic.tsx', { ...english, requireAll }),
        InlineTranslationError,
        body,
      );
    }
  }
});

test('a .ts file parses without JSX, so type assertions in angle brackets still work', () => {
  const source = `${header}const a = <string>translate({ id: 'widgets.q.title', message: '排队' });`;
  assert.equal(
    inlineTranslations(source, 'label.ts', english),
    `${header}const a = <string>translate({ id: 'widgets.q.title', message: "Queue latency explorer" });`,
  );
});

test('the table loses exactly the inlined ids', () => {
  assert.deepEqual(
    JSON.parse(
      withoutInlinedIds(
        JSON.stringify({
          'widgets.q.title': 'Queue',
          'theme.common.skipToMainContent': 'Skip to main content',
          'book.widgets.note': 'Not a widget id',
        }),
        'widgets.',
      ),
    ),
    {
      'theme.common.skipToMainContent': 'Skip to main content',
      'book.widgets.note': 'Not a widget id',
    },
  );
});
