import React, { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { ComponentType } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import {
  matchesKeymap,
  parseKeymap,
} from '@easyops-cn/docusaurus-search-local/dist/client/client/utils/keymap';
// The real search bar's own stylesheet, imported here so that it stays in the main CSS: the box
// below then has the same classes, size and dark-mode colours before and after the swap.
import styles from '@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar/SearchBar.module.css';
import { SEARCH_SHORTCUT_KEYMAP } from '@site/src/lib/site/search-shortcut';

type SearchBarProps = Record<string, unknown>;

/** What the reader had done in the stand-in box when the real one replaced it. */
interface HandOver {
  readonly container: HTMLElement;
  readonly value: string;
  readonly focused: boolean;
  readonly selectionStart: number | null;
  readonly selectionEnd: number | null;
}

let loading: Promise<ComponentType<SearchBarProps>> | undefined;

/**
 * search-local's search bar, fetched once per page session. Its module graph (lunr, the language
 * packs, autocomplete.js, comlink) becomes a chunk of its own because nothing else imports it
 * statically. A failed fetch (offline before the service worker had cached it) is forgotten, so
 * the next interaction tries again.
 */
function loadSearchBar(): Promise<ComponentType<SearchBarProps>> {
  loading ??= import('@easyops-cn/docusaurus-search-local/dist/client/client/theme/SearchBar').then(
    (module: { default: ComponentType<SearchBarProps> }) => module.default,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}

/** Sets a React-controlled input's value the way typing does, so that its onChange sees it. */
function typeInto(input: HTMLInputElement, value: string): void {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  setValue?.call(input, value);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

interface StandInProps {
  readonly onWanted: () => void;
  readonly handOver: React.MutableRefObject<HandOver | null>;
}

/**
 * The box shown until the search code arrives: the same markup as search-local's search bar
 * (icon, input, label from the same translation id), so the swap does not move anything.
 */
function StandIn({ onWanted, handOver }: StandInProps): React.JSX.Element {
  const container = useRef<HTMLDivElement>(null);
  const input = useRef<HTMLInputElement>(null);

  // Runs when the real bar replaces this one, before React removes this box from the page, so
  // the focus and the caret can still be read.
  useLayoutEffect(() => {
    const box = container.current;
    const field = input.current;
    return () => {
      const parent = box?.parentElement;
      if (!field || !parent) return;
      handOver.current = {
        container: parent,
        value: field.value,
        focused: document.activeElement === field,
        selectionStart: field.selectionStart,
        selectionEnd: field.selectionEnd,
      };
    };
  }, [handOver]);

  // search-local focuses its box on this shortcut; until it is loaded, this box does.
  useEffect(() => {
    const keymap = parseKeymap(SEARCH_SHORTCUT_KEYMAP);
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesKeymap(event, keymap)) return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);

  return (
    <div ref={container} className={clsx('navbar__search', styles.searchBarContainer)} dir="ltr">
      <svg aria-hidden="true" className={styles.searchIcon} focusable="false" viewBox="0 0 16 16">
        <path
          fill="currentColor"
          d="M6.02945 10.20327a4.17382 4.17382 0 1 1 4.17382-4.17382 4.15609 4.15609 0 0 1-4.17382 4.17382Zm9.69195 4.2199-4.8225-4.82338A5.88021 5.88021 0 0 0 12.058 6.02856 6.00467 6.00467 0 1 0 9.59979 10.8989l4.82338 4.82338a.89729.89729 0 0 0 1.29912 0 .89749.89749 0 0 0-.00087-1.29909Z"
        />
      </svg>
      <input
        ref={input}
        placeholder={translate({
          id: 'theme.SearchBar.label',
          message: 'Search',
          description: 'The ARIA label and placeholder for search button',
        })}
        // search-local's own box is labelled in English in every locale; the stand-in matches it
        // so that the box keeps its accessible name across the swap.
        aria-label="Search"
        className={`navbar__search-input ${styles.searchInput}`}
        onFocus={onWanted}
        onPointerEnter={onWanted}
        onTouchStart={onWanted}
      />
    </div>
  );
}

/**
 * The navbar search box of the offline search. Only this small box is in the main bundle;
 * search-local's search bar is loaded when the reader is about to search (pointer over the box,
 * touch, focus by click, Tab or the shortcut) and then replaces it, taking over the text typed
 * meanwhile, the caret and the focus. The search index is fetched by the real bar as before, when
 * its box gets the focus.
 */
export default function SearchBar(props: SearchBarProps): React.JSX.Element {
  const [RealSearchBar, setRealSearchBar] = useState<ComponentType<SearchBarProps> | null>(null);
  const handOver = useRef<HandOver | null>(null);

  const onWanted = useCallback(() => {
    loadSearchBar().then(
      (component) => setRealSearchBar(() => component),
      // Keep the stand-in; the next focus or hover retries.
      () => undefined,
    );
  }, []);

  // A layout effect, in the same commit that swapped the boxes: with a passive effect a key typed
  // between the swap and the effect would land on <body> and be lost (seen in the browser test).
  useLayoutEffect(() => {
    const state = handOver.current;
    if (!RealSearchBar || !state) return;
    handOver.current = null;
    const input = state.container.querySelector<HTMLInputElement>('input.navbar__search-input');
    if (!input) return;
    if (state.value) typeInto(input, state.value);
    if (state.focused) {
      // Focusing the real box is what makes search-local fetch its index and open the results.
      input.focus();
      input.setSelectionRange(state.selectionStart, state.selectionEnd);
    }
  }, [RealSearchBar]);

  return RealSearchBar ? (
    <RealSearchBar {...props} />
  ) : (
    <StandIn onWanted={onWanted} handOver={handOver} />
  );
}
