import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  ENGLISH_WORDS_PER_MINUTE,
  HAN_CHARACTERS_PER_MINUTE,
  readingTime,
  readingTimeOfMdx,
} from './reading-time';

test('the rates are inside the ranges the book states (300-500 chars/min, 200-250 words/min)', () => {
  assert.ok(HAN_CHARACTERS_PER_MINUTE >= 300 && HAN_CHARACTERS_PER_MINUTE <= 500);
  assert.ok(ENGLISH_WORDS_PER_MINUTE >= 200 && ENGLISH_WORDS_PER_MINUTE <= 250);
});

test('4,000 Han characters read in 10 minutes at 400 characters a minute', () => {
  const t = readingTime('性'.repeat(4000));
  assert.equal(t.hanCharacters, 4000);
  assert.equal(t.englishWords, 0);
  assert.ok(Math.abs(t.seconds - 600) < 1e-9);
  assert.equal(t.minutes, 10);
});

test('2,380 English words read in 10 minutes at 238 words a minute', () => {
  const t = readingTime('latency '.repeat(2380));
  assert.equal(t.englishWords, 2380);
  assert.ok(Math.abs(t.seconds - 600) < 1e-9);
  assert.equal(t.minutes, 10);
});

test('mixed prose adds the two times: 400 characters and 238 words take 2 minutes', () => {
  const t = readingTime(`${'延迟'.repeat(200)} ${'tail '.repeat(238)}`);
  assert.ok(Math.abs(t.seconds - 120) < 1e-9);
  assert.equal(t.minutes, 2);
});

test('a short page still reads as 1 minute, an empty one too, and rounding is to the nearest', () => {
  assert.equal(readingTime('一句话。').minutes, 1);
  assert.equal(readingTime('').minutes, 1);
  // 1,000 characters = 2.5 min rounds to 3 (half up); 900 = 2.25 rounds to 2.
  assert.equal(readingTime('字'.repeat(1000)).minutes, 3);
  assert.equal(readingTime('字'.repeat(900)).minutes, 2);
});

test('time grows with the text: doubling the prose doubles the seconds', () => {
  const once = readingTime('排队论解释了利用率与延迟的关系。Little law holds.');
  const twice = readingTime('排队论解释了利用率与延迟的关系。Little law holds.'.repeat(2));
  assert.ok(Math.abs(twice.seconds - 2 * once.seconds) < 1e-9);
});

test('an MDX chapter: front matter, code, math, tables and imports are not read', () => {
  const prose = '字'.repeat(800);
  const source = [
    '---',
    'id: x',
    `title: ${'标题'.repeat(50)}`,
    '---',
    "import Widget from '@site/src/components/Widget';",
    '',
    prose,
    '',
    '```java title="A.java"',
    `// ${'注释'.repeat(500)}`,
    'class A {}',
    '```',
    '',
    '$$',
    '\\text{公式} = 1',
    '$$',
    '',
    '| 列 | 列 |',
    '| --- | --- |',
    `| ${'表'.repeat(300)} | x |`,
    '',
    '<Widget label="不读" />',
  ].join('\n');
  const t = readingTimeOfMdx(source);
  assert.equal(t.hanCharacters, 800);
  assert.equal(t.minutes, 2);
});

test('a heading and the text of an exercise count, its tags do not', () => {
  const t = readingTimeOfMdx(
    ['## 练习 {/* #exercises */}', '', '<Exercise>', '', '四个字呀', '', '</Exercise>'].join('\n'),
  );
  assert.equal(t.hanCharacters, 6);
  assert.equal(t.englishWords, 0);
});

test('a non-string throws a RangeError naming the parameter', () => {
  assert.throws(() => readingTime(undefined as unknown as string), {
    name: 'RangeError',
    message: /prose/,
  });
});
