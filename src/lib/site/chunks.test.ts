import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isWidgetModule } from './chunks';

test('widget folders, models, formatting, params and d3 count as widget code', () => {
  for (const resource of [
    '/repo/src/components/QueueLatencyExplorer/index.tsx',
    '/repo/src/components/charts/ChartFrame.tsx',
    '/repo/src/components/controls/WidgetFrame.tsx',
    '/repo/src/lib/models/mm1.ts',
    '/repo/src/lib/format/index.ts',
    '/repo/src/lib/params/index.ts',
    '/repo/node_modules/d3-scale/src/linear.js',
    '/repo/node_modules/d3-shape/src/line.js',
    '/repo/node_modules/internmap/src/index.js',
    'C:\\repo\\src\\components\\CacheHitRatio\\index.tsx',
  ]) {
    assert.equal(isWidgetModule(resource), true, resource);
  }
});

test('the book-wide tags, the contents list, the glossary, CSS and the rest stay shared', () => {
  for (const resource of [
    '/repo/src/components/Term/index.tsx',
    '/repo/src/components/Exercise/index.tsx',
    '/repo/src/components/BookContents/index.tsx',
    '/repo/src/components/Glossary/index.tsx',
    '/repo/src/components/charts/styles.module.css',
    '/repo/src/lib/site/search.ts',
    '/repo/src/theme/MDXComponents.tsx',
    '/repo/node_modules/react/index.js',
    '/repo/node_modules/@mdx-js/react/lib/index.js',
    undefined,
  ]) {
    assert.equal(isWidgetModule(resource), false, String(resource));
  }
});
