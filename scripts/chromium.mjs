// Finds the Chromium the browser tests drive, installing Debian's package when it is missing and
// apt-get is available as root; otherwise says exactly what to install. Never downloads a browser
// build of its own.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((candidate) => existsSync(candidate));
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/** The Chromium executable, installed from Debian when possible; exits with a message otherwise. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (process.env.CHROME_PATH) {
    console.error(`CHROME_PATH is set to ${process.env.CHROME_PATH}, but no file is there.`);
    process.exit(1);
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (hasCommand('apt-get') && isRoot) {
    console.log('Chromium is missing: installing Debian packages chromium and fonts-noto-cjk...');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    const install =
      update.status === 0 &&
      spawnSync(
        'apt-get',
        ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-noto-cjk'],
        {
          stdio: 'inherit',
          env,
        },
      );
    const installed = findChromium();
    if (install && install.status === 0 && installed) return installed;
  }
  console.error(
    [
      'The browser tests need Chromium and none was found.',
      'Install it, then run the tests again:',
      '  Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
      '  elsewhere: install Chromium or Chrome and set CHROME_PATH=/path/to/chrome',
    ].join('\n'),
  );
  process.exit(1);
}
