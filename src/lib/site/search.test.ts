import { test } from 'node:test';
import assert from 'node:assert/strict';
import { chooseSearch } from './search';
import lazySearchBarTheme from './lazy-search-bar';
import { SEARCH_SHORTCUT_KEYMAP } from './search-shortcut';

const full = { ALGOLIA_APP_ID: 'APP', ALGOLIA_API_KEY: 'KEY', ALGOLIA_INDEX_NAME: 'book' };

test('with no Algolia variables the offline search indexes both locales in Chinese and English', () => {
  const choice = chooseSearch({}, 'zh-Hans');
  assert.equal(choice.kind, 'local');
  if (choice.kind !== 'local') return;
  const [name, options] = choice.theme;
  assert.equal(name, '@easyops-cn/docusaurus-search-local');
  assert.deepEqual(options.language, ['en', 'zh']);
  assert.equal(options.hashed, true);
  assert.deepEqual(options.docsDir, ['docs', 'i18n/en/docusaurus-plugin-content-docs/current']);
});

test('the offline search is followed by the theme that loads its search bar on demand', () => {
  const choice = chooseSearch({}, 'en');
  if (choice.kind !== 'local') return assert.fail('expected the offline search');
  assert.deepEqual(choice.themes, [choice.theme, lazySearchBarTheme]);
  // The stand-in box answers the same shortcut as search-local's own.
  assert.equal(choice.theme[1].searchBarShortcutKeymap, SEARCH_SHORTCUT_KEYMAP);
});

test('all three Algolia variables switch to DocSearch with contextual search', () => {
  const choice = chooseSearch(full, 'en');
  assert.equal(choice.kind, 'algolia');
  if (choice.kind !== 'algolia') return;
  assert.equal(choice.themeConfig.appId, 'APP');
  assert.equal(choice.themeConfig.apiKey, 'KEY');
  assert.equal(choice.themeConfig.indexName, 'book');
  assert.equal(choice.themeConfig.contextualSearch, true);
  assert.deepEqual(choice.themeConfig.searchParameters, { queryLanguages: ['en'] });
  // No themes of its own: DocSearch's search bar (from the preset) is left as it is.
  assert.equal('themes' in choice, false);
});

test('the Chinese locale queries Algolia in Chinese', () => {
  const choice = chooseSearch(full, 'zh-Hans');
  assert.equal(choice.kind, 'algolia');
  if (choice.kind !== 'algolia') return;
  assert.deepEqual(choice.themeConfig.searchParameters, { queryLanguages: ['zh'] });
});

test('a missing or blank variable keeps the offline search', () => {
  for (const key of Object.keys(full)) {
    assert.equal(chooseSearch({ ...full, [key]: undefined }, 'en').kind, 'local', `${key} missing`);
    assert.equal(chooseSearch({ ...full, [key]: '  ' }, 'en').kind, 'local', `${key} blank`);
  }
});
