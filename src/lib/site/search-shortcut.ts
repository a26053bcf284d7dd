/**
 * The keys that focus the offline search box: search-local's default, set explicitly in its
 * options (search.ts) because the box shown before its code has loaded (src/theme-local-search)
 * has to listen for the same keys. Its own module so that the browser bundle can import it
 * without the config-side code of search.ts.
 */
export const SEARCH_SHORTCUT_KEYMAP = 'mod+k';
