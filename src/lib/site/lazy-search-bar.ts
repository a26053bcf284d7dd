import path from 'node:path';
import type { Plugin } from '@docusaurus/types';

/** The folder of the theme component that stands in for search-local's SearchBar. */
export const LAZY_SEARCH_BAR_THEME_PATH = path.resolve(__dirname, '../../theme-local-search');

/**
 * A theme, listed after `@easyops-cn/docusaurus-search-local`, whose `SearchBar` shows a plain
 * search box and loads the plugin's own search bar (with lunr, its language packs, autocomplete.js
 * and comlink: 14 KB gzip measured) only when the reader reaches for the box. It is a theme of
 * its own rather than a swizzle in src/theme so that it exists only with the offline search: with
 * Algolia, `@theme/SearchBar` stays DocSearch's, which loads its modal on demand by itself.
 */
export default function lazySearchBarTheme(): Plugin {
  return {
    name: 'book-lazy-search-bar',
    getThemePath() {
      return LAZY_SEARCH_BAR_THEME_PATH;
    },
  };
}
