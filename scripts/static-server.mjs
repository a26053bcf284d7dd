// A small static server for the built site, as GitHub Pages serves it: /docs/preface is
// build/docs/preface.html, folders serve index.html, anything else is the locale's 404.html.
// It gzips text when the client accepts it (docusaurus serve does not), so page weight can be
// measured as a reader receives it. Binds to 127.0.0.1 only. `base` serves the build under the
// base URL it was built for (BASE_URL=/repo/ puts every asset under /repo/), as Pages does.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml)|image\/svg)/;

function resolveFile(dir, urlPath) {
  const clean = path.normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const base = path.join(dir, clean);
  if (!base.startsWith(dir)) return undefined;
  for (const candidate of [base, `${base}.html`, path.join(base, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Starts the server; resolves with its base URL and a close function. */
export function startStaticServer(dir, { port = 0, host = '127.0.0.1', base = '/' } = {}) {
  const root = path.resolve(dir);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const inBase = url.pathname.startsWith(base);
    let file = inBase ? resolveFile(root, `/${url.pathname.slice(base.length)}`) : undefined;
    let status = 200;
    if (!file) {
      status = 404;
      const locale404 = url.pathname.startsWith(`${base}en/`)
        ? path.join(root, 'en', '404.html')
        : undefined;
      file = locale404 && existsSync(locale404) ? locale404 : path.join(root, '404.html');
    }
    const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
    let body = readFileSync(file);
    const headers = { 'content-type': type, 'cache-control': 'no-cache' };
    if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
      headers.vary = 'accept-encoding';
    }
    headers['content-length'] = body.length;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      resolve({
        url: `http://${host}:${address.port}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'build';
  const port = Number(process.argv[3] ?? 3000);
  startStaticServer(dir, { port }).then(({ url }) => {
    console.log(`Serving ${dir} at ${url}/ (Ctrl+C to stop)`);
  });
}
