// Types for the parts of @easyops-cn/docusaurus-search-local 0.55.3 that the lazy search box
// imports by path; the package ships JavaScript there without declarations.

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap' {
  export interface ParsedKeymap {
    key: string;
    ctrl: boolean;
    alt: boolean;
    shift: boolean;
    meta: boolean;
  }
  export function parseKeymap(keymap: string): ParsedKeymap;
  export function matchesKeymap(event: KeyboardEvent, keymap: ParsedKeymap): boolean;
}

declare module '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar' {
  const SearchBar: import('react').ComponentType<Record<string, unknown>>;
  export default SearchBar;
}
