// Runs one suite of node:test files through tsx. `node --test` finds no .ts files by itself (and
// then reports 0 tests), so the files are listed here explicitly.
//   node scripts/run-node-tests.mjs unit|content|e2e [extra node --test flags]
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const suites = {
  unit: ['src'],
  content: ['scripts'],
  e2e: ['tests/e2e'],
};

/** Test files under `dir`, relative to the root, sorted. */
export function findTests(dir) {
  const out = [];
  const walk = (rel) => {
    for (const name of readdirSync(path.join(root, rel))) {
      const child = path.posix.join(rel, name);
      if (name === 'node_modules' || name === 'fixtures') continue;
      if (statSync(path.join(root, child)).isDirectory()) walk(child);
      else if (/\.test\.tsx?$/.test(name)) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

const [suite, ...extra] = process.argv.slice(2);
if (!suites[suite]) {
  console.error(`usage: node scripts/run-node-tests.mjs ${Object.keys(suites).join('|')}`);
  process.exit(2);
}
const files = suites[suite].flatMap(findTests);
if (files.length === 0) {
  console.error(`no test files found for the ${suite} suite`);
  process.exit(1);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...extra, ...files], {
  cwd: root,
  stdio: 'inherit',
});
process.exit(result.status ?? 1);
