import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * Copies KaTeX's stylesheet and fonts from the installed `katex` package into a static folder
 * of the build, so formulas render with no CDN at run time (readers in mainland China get every
 * asset from our own host) and the fonts stay separate files that the browser loads only when
 * a glyph needs them, instead of being inlined into the global CSS as base64.
 *
 * Returns the folder to add to `staticDirectories`; its `katex/` subfolder is served at
 * `<baseUrl>katex/`. The copy is skipped when the same KaTeX version is already there.
 */
export function vendorKatexAssets(siteDir: string): string {
  const require = createRequire(path.join(siteDir, 'package.json'));
  const katexDist = path.dirname(require.resolve('katex/dist/katex.min.css'));
  const { version } = JSON.parse(
    readFileSync(path.join(katexDist, '..', 'package.json'), 'utf8'),
  ) as { version: string };
  const staticRoot = path.join(siteDir, 'node_modules', '.cache', 'book-static');
  const target = path.join(staticRoot, 'katex');
  const stamp = path.join(target, 'VERSION');
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === version) return staticRoot;

  mkdirSync(path.join(target, 'fonts'), { recursive: true });
  copyFileSync(path.join(katexDist, 'katex.min.css'), path.join(target, 'katex.min.css'));
  for (const font of readdirSync(path.join(katexDist, 'fonts'))) {
    // woff2 is what every browser we support loads; woff is the stylesheet's declared fallback.
    if (font.endsWith('.woff2') || font.endsWith('.woff')) {
      copyFileSync(path.join(katexDist, 'fonts', font), path.join(target, 'fonts', font));
    }
  }
  writeFileSync(stamp, version);
  return staticRoot;
}
