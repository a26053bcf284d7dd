import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { INLINED_ID_PREFIX } from './inline-translations';

/**
 * Takes the widgets' strings out of the main bundle (see inline-translations.ts): a pre-loader
 * inlines each `widgets.*` message into the source that shows it, in the locale being built, and
 * a loader on the generated `@generated/codeTranslations` module drops those ids from the table
 * every page downloads. Both bundles get both, so the server renders what the client hydrates.
 */
export default function inlineTranslationsPlugin(context: LoadContext): Plugin {
  // From the site root rather than __dirname, which is not a folder under every TS loader.
  const here = path.join(context.siteDir, 'src/lib/site');
  const loader = path.join(here, 'inline-translations-loader.cjs');
  const tablePath = path.join(context.generatedFilesDir, 'codeTranslations.json');
  const { currentLocale, defaultLocale } = context.i18n;
  const sourceOptions = {
    part: 'source',
    tablePath,
    prefix: INLINED_ID_PREFIX,
    // A missing English string fails the build: shipping the Chinese text on an English page is
    // a bug, and the fix is one write-translations away.
    requireAll: currentLocale !== defaultLocale,
  };
  // Rspack 1.7's persistent cache neither tracks loader files nor notices new rules in the
  // config, so a warm cache kept serving untransformed modules: the cache version carries the
  // loader's code and options instead. (The table itself is a file dependency of each module.)
  const loaderVersion = createHash('sha256')
    .update(readFileSync(loader))
    .update(readFileSync(path.join(here, 'inline-translations.ts')))
    .update(JSON.stringify(sourceOptions))
    .digest('hex')
    .slice(0, 12);
  return {
    name: 'book-inline-translations',
    configureWebpack(config) {
      const cache = (config.experiments as { cache?: { version?: unknown } } | undefined)?.cache;
      const persistent = typeof cache === 'object' && typeof cache.version === 'string';
      return {
        ...(persistent && {
          experiments: { cache: { version: `${cache.version}-inline-${loaderVersion}` } },
        }),
        module: {
          rules: [
            {
              test: /\.tsx?$/,
              include: path.join(context.siteDir, 'src'),
              enforce: 'pre',
              use: [{ loader, options: sourceOptions }],
            },
            {
              include: tablePath,
              use: [{ loader, options: { part: 'table', prefix: INLINED_ID_PREFIX } }],
            },
          ],
        },
      };
    },
  };
}
