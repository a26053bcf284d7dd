/**
 * Which search the site uses. Algolia DocSearch when all three credentials are set,
 * otherwise the offline search of `@easyops-cn/docusaurus-search-local`, which indexes both
 * locales (Chinese segmented by jieba) at build time and needs no service.
 *
 * Kept free of Docusaurus imports so that it can be unit-tested and read at config load.
 */
import lazySearchBarTheme from './lazy-search-bar';
import { SEARCH_SHORTCUT_KEYMAP } from './search-shortcut';

export type SearchEnv = Readonly<Record<string, string | undefined>>;

export interface AlgoliaSearch {
  readonly kind: 'algolia';
  readonly themeConfig: {
    readonly appId: string;
    readonly apiKey: string;
    readonly indexName: string;
    readonly contextualSearch: true;
    readonly searchParameters: Readonly<Record<string, unknown>>;
  };
}

export interface LocalSearch {
  readonly kind: 'local';
  /** [theme name, options] of search-local. */
  readonly theme: readonly [string, Readonly<Record<string, unknown>>];
  /**
   * Everything for `themes` in docusaurus.config.ts: search-local, then the theme whose search box
   * loads search-local's search bar on demand (it must come after search-local to replace it).
   */
  readonly themes: readonly unknown[];
}

export type SearchChoice = AlgoliaSearch | LocalSearch;

const ALGOLIA_KEYS = ['ALGOLIA_APP_ID', 'ALGOLIA_API_KEY', 'ALGOLIA_INDEX_NAME'] as const;

/**
 * @param env usually `process.env`
 * @param locale the locale being built; Algolia's query language follows it (zh for zh-Hans)
 */
export function chooseSearch(env: SearchEnv, locale: string): SearchChoice {
  const values = ALGOLIA_KEYS.map((key) => env[key]?.trim() ?? '');
  if (values.every((value) => value.length > 0)) {
    const [appId, apiKey, indexName] = values;
    const language = locale.startsWith('zh') ? 'zh' : 'en';
    return {
      kind: 'algolia',
      themeConfig: {
        appId,
        apiKey,
        indexName,
        contextualSearch: true,
        searchParameters: { queryLanguages: [language] },
      },
    };
  }
  const theme = [
    '@easyops-cn/docusaurus-search-local',
    {
      hashed: true,
      language: ['en', 'zh'],
      indexBlog: false,
      indexPages: false,
      docsRouteBasePath: ['docs'],
      docsDir: ['docs', 'i18n/en/docusaurus-plugin-content-docs/current'],
      highlightSearchTermsOnTargetPage: false,
      explicitSearchResultPath: true,
      searchBarShortcutHint: false,
      searchBarShortcutKeymap: SEARCH_SHORTCUT_KEYMAP,
      // Widgets and formulas are not prose: keep their text out of the index. A diagram's
      // labels are indexed once, from its light copy.
      ignoreCssSelectors: ['.katex', '[data-widget]', '.mermaid-static__dark'],
    },
  ] as const;
  return { kind: 'local', theme, themes: [theme, lazySearchBarTheme] };
}

/** Names of the Algolia variables, for messages and the README. */
export const algoliaEnvKeys: readonly string[] = ALGOLIA_KEYS;
