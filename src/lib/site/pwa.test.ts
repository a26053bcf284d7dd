import { test } from 'node:test';
import assert from 'node:assert/strict';
import { precachePagesAsServed, servedUrl } from './pwa';

test('a page file is precached at the URL it is read at (trailingSlash: false)', () => {
  assert.equal(servedUrl('docs/preface.html'), 'docs/preface');
  assert.equal(
    servedUrl('docs/01-foundations/01-why-performance.html'),
    'docs/01-foundations/01-why-performance',
  );
  assert.equal(servedUrl('widgets.html'), 'widgets');
});

test('index.html, 404.html and every non-page asset keep their file name', () => {
  for (const url of [
    'index.html',
    'docs/index.html',
    '404.html',
    'assets/js/main.1a2b.js',
    'assets/css/styles.css',
    'search-index.json',
    'img/icon-192.png',
    'katex/fonts/KaTeX_Main-Regular.woff2',
  ])
    assert.equal(servedUrl(url), url);
});

test('the manifest transform keeps revisions and sizes and only renames pages', async () => {
  const entries = [
    { url: 'docs/preface.html', revision: 'abc', size: 10 },
    { url: 'assets/js/main.1a2b.js', revision: null, size: 20 },
  ];
  const result = await precachePagesAsServed(entries);
  assert.deepEqual(result.manifest, [
    { url: 'docs/preface', revision: 'abc', size: 10 },
    { url: 'assets/js/main.1a2b.js', revision: null, size: 20 },
  ]);
  assert.deepEqual(result.warnings, []);
});
