import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import lazySearchBarTheme, { LAZY_SEARCH_BAR_THEME_PATH } from './lazy-search-bar';

test('the lazy search theme provides a SearchBar component', () => {
  const themePath = lazySearchBarTheme().getThemePath?.();
  assert.equal(themePath, LAZY_SEARCH_BAR_THEME_PATH);
  assert.ok(existsSync(path.join(LAZY_SEARCH_BAR_THEME_PATH, 'SearchBar', 'index.tsx')));
});
