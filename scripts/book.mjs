// `npm run book`: the whole bilingual site with search on a fresh clone. Installs the
// dependencies if they are missing, builds both locales and serves the build at
// http://127.0.0.1:3000/ (Chinese) and http://127.0.0.1:3000/en/ (English).
// PORT=8080 npm run book serves elsewhere; --no-build serves the last build.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startStaticServer } from './static-server.mjs';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const run = (command, args, env = {}) => {
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
};

if (!existsSync(path.join(root, 'node_modules', '.package-lock.json'))) {
  run(npm, ['ci', '--no-audit', '--no-fund']);
}
if (!process.argv.includes('--no-build')) {
  // Served locally at the root, whatever a deploy environment says.
  run(path.join(root, 'node_modules', '.bin', 'docusaurus'), ['build'], { BASE_URL: '/' });
}
const port = Number(process.env.PORT ?? 3000);
const { url } = await startStaticServer(path.join(root, 'build'), { port });
console.log(`\nThe book is at ${url}/ (中文) and ${url}/en/ (English). Ctrl+C stops the server.`);
