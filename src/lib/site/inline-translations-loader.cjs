// The Rspack loader of the inline-translations plugin (see inline-translations.ts). Rspack loads
// loaders with Node's own require, which cannot read TypeScript on Node 20, so this shim compiles
// the transform with tsx, as the test runner does; it holds no logic of its own.
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS is what Rspack loads. */
const { require: tsxRequire } = require('tsx/cjs/api');
const { readFileSync } = require('node:fs');

const { inlineTranslations, withoutInlinedIds } = tsxRequire(
  './inline-translations.ts',
  __filename,
);

/**
 * options.part is 'table' for `.docusaurus/codeTranslations.json` (drop the inlined ids) or
 * 'source' for a source file (inline their messages, read from options.tablePath).
 */
module.exports = function inlineTranslationsLoader(source) {
  const { part, tablePath, prefix, requireAll } = this.getOptions();
  if (part === 'table') return withoutInlinedIds(source, prefix);
  // Read here rather than passed in the options: in `docusaurus start` the table is rewritten
  // when code.json changes, and the dependency recompiles the sources with the new messages.
  this.addDependency(tablePath);
  const table = JSON.parse(readFileSync(tablePath, 'utf8'));
  return inlineTranslations(source, this.resourcePath, { table, prefix, requireAll });
};
