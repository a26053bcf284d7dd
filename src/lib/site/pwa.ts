import type { ManifestEntry, ManifestTransform } from 'workbox-build';

/**
 * The URL a page is read at, for a file of the build: with `trailingSlash: false` the doc read
 * at /docs/preface is the file docs/preface.html. plugin-pwa's service worker looks a request
 * up in the precache by its URL and by URL + /index.html only, so a page precached under its
 * .html name would never be found offline. Hosts that serve foo.html for /foo (GitHub Pages,
 * `docusaurus serve`, scripts/static-server.mjs) serve the same bytes for the served URL, so
 * the service worker fetches and caches it under that name. index.html and 404.html keep
 * theirs: the worker already finds / at /index.html, and 404.html is never read as /404.
 */
export function servedUrl(url: string): string {
  if (!url.endsWith('.html')) return url;
  const file = url.slice(url.lastIndexOf('/') + 1);
  if (file === 'index.html' || file === '404.html') return url;
  return url.slice(0, -'.html'.length);
}

/** workbox-build `manifestTransforms` entry applying {@link servedUrl} to every precached file. */
export const precachePagesAsServed: ManifestTransform = (entries) => ({
  manifest: entries.map((entry: ManifestEntry & { size: number }) => ({
    ...entry,
    url: servedUrl(entry.url),
  })),
  warnings: [],
});
