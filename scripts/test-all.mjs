// `npm test`: every check the project has, in order of cost, on a fresh clone too. It installs the
// dependencies when they are missing and finds (or installs) Chromium for the browser tests.
// Each node:test suite reports its own count; the last line sums them, with each non-test step
// (typecheck, lint, format, build) counted as one check, as "N passed, N failed".
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { ensureChromium } from './chromium.mjs';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  console.log('Dependencies are missing: running npm ci...');
  const ci = spawnSync(npm, ['ci', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
  if (ci.status !== 0) process.exit(ci.status ?? 1);
}
process.env.CHROME_PATH = ensureChromium();

/** Runs a command, echoing its output, and resolves with its exit code and output. */
function run(command, args, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, ...env } });
    let output = '';
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

// The tests build and serve the site at /, whatever a deploy environment says.
const buildEnv = { BASE_URL: '/', SITE_URL: 'http://127.0.0.1' };
const steps = [
  { name: 'typecheck', command: bin('tsc'), args: [] },
  { name: 'lint', command: bin('eslint'), args: ['.'] },
  { name: 'format', command: bin('prettier'), args: ['--check', '.'] },
  {
    name: 'unit',
    command: process.execPath,
    args: ['scripts/run-node-tests.mjs', 'unit', '--test-reporter=spec'],
    tests: true,
  },
  {
    name: 'content',
    command: process.execPath,
    args: ['scripts/run-node-tests.mjs', 'content', '--test-reporter=spec'],
    tests: true,
  },
  { name: 'build', command: bin('docusaurus'), args: ['build'], env: buildEnv },
  {
    name: 'e2e',
    command: process.execPath,
    args: ['scripts/run-node-tests.mjs', 'e2e', '--test-reporter=spec', '--test-concurrency=1'],
    tests: true,
    env: buildEnv,
  },
];

let passed = 0;
let failed = 0;
const summary = [];
const started = Date.now();
for (const step of steps) {
  console.log(`\n=== ${step.name} ===`);
  const t0 = Date.now();
  const { code, output } = await run(step.command, step.args, step.env);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  if (step.tests) {
    const pass = Number(/ℹ pass (\d+)/.exec(output)?.[1] ?? 0);
    const fail = Number(/ℹ fail (\d+)/.exec(output)?.[1] ?? 0);
    // A suite that crashed before reporting, or ran nothing, is a failure of its own.
    const broken = code !== 0 && fail === 0 ? 1 : 0;
    const empty = pass + fail === 0 ? 1 : 0;
    passed += pass;
    failed += fail + Math.max(broken, empty);
    summary.push(`${step.name}: ${pass} passed, ${fail} failed (${seconds} s)`);
  } else {
    if (code === 0) passed++;
    else failed++;
    summary.push(
      `${step.name}: ${code === 0 ? 'ok' : `failed with exit code ${code}`} (${seconds} s)`,
    );
  }
  if (step.name === 'build' && code !== 0) {
    summary.push('e2e: skipped because the build failed');
    failed++;
    break;
  }
}
console.log('\n=== summary ===');
for (const line of summary) console.log(line);
console.log(`total time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
