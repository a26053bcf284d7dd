import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkBook, checkMermaid, EN_DIR, ZH_DIR, type Problem } from './checks';
import { countEnglishWords, countHanCharacters, parseMdx } from './parse';

/** Writes a small book into a temporary folder: keys are paths relative to its root. */
function makeBook(files: Record<string, string>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'book-fixture-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    writeFileSync(path.join(root, rel), text);
  }
  return root;
}

const front = (id: string, title: string): string =>
  `---\nid: ${id}\ntitle: ${title}\nsidebar_label: ${title}\ndescription: ${title}.\nkeywords: [a]\n---\n\n`;

const zhPage = `${front('guide', '指南')}## 第一节 {/* #first */}\n\n正文。见[第二节](#second)。\n\n## 第二节 {/* #second */}\n\n\`\`\`bash title="run.sh"\necho hi\n\`\`\`\n\n$$\nL = \\lambda W\n$$\n`;
const enPage = `${front('guide', 'Guide')}## First {/* #first */}\n\nText. See [the second section](#second).\n\n## Second {/* #second */}\n\n\`\`\`bash title="run.sh"\necho hi\n\`\`\`\n\n$$\nL = \\lambda W\n$$\n`;

/** Inserts a block just before the second section's heading, in either language. */
function beforeSecond(page: string, block: string): string {
  const at = page.indexOf('\n## ', page.indexOf('\n## ') + 1);
  assert.ok(at > 0, 'fixture has a second heading');
  return `${page.slice(0, at)}\n${block}\n${page.slice(at)}`;
}

function problemsOf(files: Record<string, string>): Problem[] {
  return checkBook(makeBook(files)).flatMap((r) => r.problems);
}

function checksOf(files: Record<string, string>): string[] {
  return problemsOf(files).map((p) => p.check);
}

test('a matching pair of pages has no problem', () => {
  assert.deepEqual(
    problemsOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: enPage }),
    [],
  );
});

test('a page missing its translation fails', () => {
  const problems = problemsOf({ [`${ZH_DIR}/guide.mdx`]: zhPage });
  assert.deepEqual(
    problems.map((p) => p.check),
    ['counterpart'],
  );
  assert.match(problems[0].message, /only in Chinese/);
  assert.deepEqual(checksOf({ [`${EN_DIR}/guide.mdx`]: enPage }), ['counterpart']);
});

test('a heading without an explicit id, or with a non-ASCII one, fails', () => {
  const noId = enPage.replace('## Second {/* #second */}', '## Second');
  assert.ok(
    checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: noId }).includes(
      'heading-ids',
    ),
  );
  const chineseId = zhPage.replace('#first', '#第一节');
  assert.ok(
    checksOf({ [`${ZH_DIR}/guide.mdx`]: chineseId, [`${EN_DIR}/guide.mdx`]: enPage }).includes(
      'heading-ids',
    ),
  );
});

test('heading ids that differ between the locales fail', () => {
  const renamed = enPage.replaceAll('#second', '#later');
  const problems = problemsOf({
    [`${ZH_DIR}/guide.mdx`]: zhPage,
    [`${EN_DIR}/guide.mdx`]: renamed,
  });
  assert.equal(problems.length, 1);
  assert.equal(problems[0].check, 'heading-ids');
  assert.match(problems[0].message, /h2#second.*h2#later/);
});

test('different front matter ids fail', () => {
  const other = enPage.replace('id: guide', 'id: handbook');
  assert.deepEqual(checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: other }), [
    'front-matter',
  ]);
});

test('a missing front matter key fails', () => {
  const bare = enPage.replace(/description: .*\n/, '');
  assert.deepEqual(checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: bare }), [
    'front-matter',
  ]);
});

test('widgets with different props, or a missing code block or formula, fail', () => {
  const withWidget = (props: string) => (page: string) =>
    beforeSecond(page, `<QueueLatencyExplorer ${props} />`);
  const zh = withWidget('servers={2}')(zhPage);
  assert.deepEqual(
    problemsOf({
      [`${ZH_DIR}/guide.mdx`]: zh,
      [`${EN_DIR}/guide.mdx`]: withWidget('servers={2}')(enPage),
    }),
    [],
  );
  assert.deepEqual(
    checksOf({
      [`${ZH_DIR}/guide.mdx`]: zh,
      [`${EN_DIR}/guide.mdx`]: withWidget('servers={4}')(enPage),
    }),
    ['structure'],
  );
  const noCode = enPage.replace(/```bash[\s\S]*?```\n/, '');
  assert.deepEqual(checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: noCode }), [
    'structure',
  ]);
  const noMath = enPage.replace(/\$\$[\s\S]*?\$\$\n/, '');
  assert.deepEqual(checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: noMath }), [
    'structure',
  ]);
});

test('free-text props such as a title may differ between the locales', () => {
  const zh = beforeSecond(zhPage, '<Figure title="图一" src="a" />');
  const en = beforeSecond(enPage, '<Figure title="Figure one" src="a" />');
  assert.deepEqual(problemsOf({ [`${ZH_DIR}/guide.mdx`]: zh, [`${EN_DIR}/guide.mdx`]: en }), []);
});

test('placeholder text fails, in either language', () => {
  for (const word of ['TODO', 'TBD', 'Lorem ipsum']) {
    const en = enPage.replace('Text.', `Text. ${word}.`);
    assert.deepEqual(
      checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: en }),
      ['placeholder'],
      word,
    );
  }
  for (const word of ['待补充', '占位']) {
    const zh = zhPage.replace('正文。', `正文。${word}。`);
    assert.deepEqual(
      checksOf({ [`${ZH_DIR}/guide.mdx`]: zh, [`${EN_DIR}/guide.mdx`]: enPage }),
      ['placeholder'],
      word,
    );
  }
});

test('a broken relative link or anchor fails', () => {
  const missingPage = enPage.replace('(#second)', '(./nowhere.mdx)');
  assert.deepEqual(
    checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: missingPage }),
    ['links'],
  );
  const missingAnchor = enPage.replace('(#second)', '(#third)');
  assert.deepEqual(
    checksOf({ [`${ZH_DIR}/guide.mdx`]: zhPage, [`${EN_DIR}/guide.mdx`]: missingAnchor }),
    ['links'],
  );
  const otherPage = enPage.replace('(#second)', '(./other.mdx#intro)');
  const other = `${front('other', 'Other')}## Intro {/* #intro */}\n\nText.\n`;
  const otherZh = `${front('other', '其他')}## 引言 {/* #intro */}\n\n正文。\n`;
  assert.deepEqual(
    problemsOf({
      [`${ZH_DIR}/guide.mdx`]: zhPage,
      [`${EN_DIR}/guide.mdx`]: otherPage,
      [`${ZH_DIR}/other.mdx`]: otherZh,
      [`${EN_DIR}/other.mdx`]: other,
    }),
    [],
  );
});

test('a <Term> whose id the glossary does not have fails', () => {
  const withTerm = (id: string) => (page: string) =>
    page.replace(/(Text\.|正文。)/, `$1 <Term id="${id}" />`);
  assert.deepEqual(
    problemsOf({
      [`${ZH_DIR}/guide.mdx`]: withTerm('throughput')(zhPage),
      [`${EN_DIR}/guide.mdx`]: withTerm('throughput')(enPage),
    }),
    [],
  );
  const checks = checksOf({
    [`${ZH_DIR}/guide.mdx`]: withTerm('no-such-term')(zhPage),
    [`${EN_DIR}/guide.mdx`]: withTerm('no-such-term')(enPage),
  });
  assert.deepEqual(checks, ['glossary', 'glossary']);
});

test('a code block without a language tag fails', () => {
  const zh = zhPage.replace('```bash title="run.sh"', '```');
  const en = enPage.replace('```bash title="run.sh"', '```');
  assert.ok(
    checksOf({ [`${ZH_DIR}/guide.mdx`]: zh, [`${EN_DIR}/guide.mdx`]: en }).includes('code'),
  );
});

test('a numbered path that is not a chapter of the outline fails', () => {
  const files = {
    [`${ZH_DIR}/01-foundations/09-made-up.mdx`]: zhPage,
    [`${EN_DIR}/01-foundations/09-made-up.mdx`]: enPage,
  };
  assert.deepEqual(checksOf(files), ['layout']);
});

test('a chapter below the floors or with too few references fails', () => {
  const file = '01-foundations/01-why-performance.mdx';
  const refsZh = `\n## 参考文献 {/* #references */}\n\n${'- 文献\n'.repeat(6)}`;
  const refsEn = `\n## References {/* #references */}\n\n${'- A source\n'.repeat(6)}`;
  const longZh = zhPage.replace('正文。', '分布式系统'.repeat(1200)) + refsZh;
  const longEn = enPage.replace('Text.', 'word '.repeat(3500)) + refsEn;
  assert.deepEqual(
    problemsOf({ [`${ZH_DIR}/${file}`]: longZh, [`${EN_DIR}/${file}`]: longEn }),
    [],
  );

  const short = problemsOf({
    [`${ZH_DIR}/${file}`]: zhPage + refsZh,
    [`${EN_DIR}/${file}`]: enPage + refsEn,
  });
  assert.deepEqual(
    short.map((p) => p.check),
    ['floors', 'floors'],
  );

  const fewRefs = problemsOf({
    [`${ZH_DIR}/${file}`]:
      zhPage.replace('正文。', '分布式系统'.repeat(1200)) + refsZh.replace(/- 文献\n/, ''),
    [`${EN_DIR}/${file}`]: longEn,
  });
  assert.deepEqual(
    fewRefs.map((p) => p.check),
    ['references'],
  );
});

test('prose counts leave out code, tables, formulas and front matter', () => {
  const doc = parseMdx(
    `${front('x', 'Title words here')}One two three.\n\n\`\`\`js\nconst not = counted;\n\`\`\`\n\n| a | b |\n|---|---|\n| no | no |\n\n$$\nx = y\n$$\n\nFour $inline math$ five.\n`,
  );
  assert.equal(countEnglishWords(doc.prose), 5);
  assert.equal(countHanCharacters('延迟 latency 吞吐量'), 5);
});

test('a broken mermaid diagram fails, a valid one passes', async () => {
  const diagram = (body: string) => (page: string) =>
    beforeSecond(page, `\`\`\`mermaid\n${body}\n\`\`\``);
  const good = diagram('flowchart LR\n  A["请求<br/>request"] --> B');
  const root = makeBook({
    [`${ZH_DIR}/guide.mdx`]: good(zhPage),
    [`${EN_DIR}/guide.mdx`]: good(enPage),
  });
  assert.deepEqual(await checkMermaid(root), []);
  const bad = diagram('flowchart LR\n  A --> ');
  const broken = makeBook({
    [`${ZH_DIR}/guide.mdx`]: good(zhPage),
    [`${EN_DIR}/guide.mdx`]: bad(enPage),
  });
  const problems = await checkMermaid(broken);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].check, 'mermaid');
  assert.match(problems[0].message, /^\[en\]/);
});
