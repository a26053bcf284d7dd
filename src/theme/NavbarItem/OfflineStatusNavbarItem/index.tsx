import React, { useEffect, useState, type ReactNode } from 'react';
import clsx from 'clsx';
import { translate } from '@docusaurus/Translate';
import useBaseUrl from '@docusaurus/useBaseUrl';
import styles from './styles.module.css';

interface Props {
  readonly mobile?: boolean;
  readonly className?: string;
}

/** How long to look for this locale's service worker registration, at one look a second. */
const MAX_LOOKS = 60;

/**
 * True once the service worker of this locale (scope = its base URL, / or /en/) has an active
 * worker. plugin-pwa's worker precaches the locale's whole site during `install` and only then
 * activates, so an active worker means every page of this edition is on the device. The zh-Hans
 * worker's scope / also covers /en/, so the scope is compared exactly: the English edition is
 * only "available offline" once its own worker is.
 */
function useEditionCached(): boolean {
  const baseUrl = useBaseUrl('/');
  const [cached, setCached] = useState(false);
  useEffect(() => {
    if (!('serviceWorker' in navigator)) return undefined;
    const scope = new URL(baseUrl, window.location.href).href;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let looks = 0;
    const whenActivated = (worker: ServiceWorker) => {
      worker.addEventListener('statechange', () => {
        if (!stopped && worker.state === 'activated') setCached(true);
      });
    };
    // The plugin registers its worker after the page has loaded, so the first look may find none.
    const look = async () => {
      const registration = await navigator.serviceWorker.getRegistration(scope);
      if (stopped) return;
      if (registration?.scope === scope) {
        if (registration.active) return setCached(true);
        const pending = registration.installing ?? registration.waiting;
        if (pending) return whenActivated(pending);
      }
      if (++looks < MAX_LOOKS) timer = setTimeout(() => void look(), 1000);
    };
    void look();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [baseUrl]);
  return cached;
}

function CheckIcon(): ReactNode {
  return (
    <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M19.35 10.04A7.49 7.49 0 0 0 12 4C9.11 4 6.6 5.64 5.35 8.04A5.994 5.994 0 0 0 0 14c0 3.31 2.69 6 6 6h13c2.76 0 5-2.24 5-5 0-2.64-2.05-4.78-4.65-4.96zM10 17l-3.5-3.5 1.41-1.41L10 14.17l4.59-4.59L16 11l-6 6z"
      />
    </svg>
  );
}

/**
 * A navbar note that this edition of the book reads offline, shown once the service worker has
 * cached it. Nothing is rendered before (nor on the server, nor without service workers), so a
 * reader never sees a promise the browser has not kept yet.
 */
export default function OfflineStatusNavbarItem({ mobile, className }: Props): ReactNode {
  const cached = useEditionCached();
  if (!cached) return null;
  const label = translate({
    id: 'book.offline.ready',
    message: '可离线阅读',
    description: 'Navbar note once the service worker has cached the book',
  });
  const detail = translate({
    id: 'book.offline.readyDetail',
    message: '中文版全书已保存在这台设备上，断网时也能打开每一章。',
    description: 'Tooltip of the navbar note that the book is available offline',
  });
  const content = (
    <>
      <CheckIcon />
      <span>{label}</span>
    </>
  );
  if (mobile) {
    return (
      <li className="menu__list-item">
        <span className={clsx('menu__link', styles.status, className)} title={detail}>
          {content}
        </span>
      </li>
    );
  }
  return (
    <span
      className={clsx('navbar__item', styles.status, className)}
      title={detail}
      data-offline-ready="true"
    >
      {content}
    </span>
  );
}
