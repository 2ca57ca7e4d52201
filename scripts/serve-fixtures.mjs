#!/usr/bin/env node
// A static server for the page fixtures in tests/fixtures/pages (plain Node, no dependencies).
//
//   import { startFixtureServer } from './scripts/serve-fixtures.mjs';
//   const server = await startFixtureServer();            // port 0: a free port
//   await page.goto(server.url('gov-policy.html'));        // http://127.0.0.1:PORT/gov-policy.html
//   server.url('gov-policy.html', 'www.example.gov.cn');  // http://www.example.gov.cn:PORT/gov-policy.html
//   await server.close();
//
// Listens on 127.0.0.1 only. Serves files in the root folder (default tests/fixtures/pages):
// .html as text/html; charset=utf-8; pages that have a `csp` in manifest.json get it as the
// Content-Security-Policy header. Everything else is 404: directories (no listing), missing
// files, and any path with a `..` segment (raw or percent-encoded). Only GET and HEAD.
//
// To open a page under its manifest host name, map the host to 127.0.0.1 in the browser:
// Chromium `--host-resolver-rules="MAP www.example.gov.cn 127.0.0.1"`, Firefox pref
// `network.dns.localDomains`. Match patterns ignore the port.
//
// Command line: `node scripts/serve-fixtures.mjs [port]` first (re)generates missing fixtures
// (big.html is git-ignored) with ensureFixtures() from scripts/build-fixtures.ts, loaded
// through tsx, then serves until Ctrl-C and prints the URLs.
import { createServer } from 'node:http';
import { readFileSync, realpathSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
export const DEFAULT_ROOT = resolve(HERE, '../tests/fixtures/pages');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.pdf': 'application/pdf',
};

/** file name (relative to root, '/' separated) → CSP header value, from root/manifest.json. */
function cspByFile(root) {
  try {
    const manifest = JSON.parse(readFileSync(join(root, 'manifest.json'), 'utf8'));
    const map = new Map();
    for (const page of manifest.pages ?? []) {
      if (page && typeof page.file === 'string' && typeof page.csp === 'string' && page.csp) map.set(page.file, page.csp);
    }
    return map;
  } catch {
    return new Map();
  }
}

/** The file a request path names inside root, or null (404) for anything not plainly inside it. */
function resolveRequestPath(root, rawUrl) {
  const rawPath = (rawUrl ?? '/').split(/[?#]/, 1)[0] ?? '/';
  let path;
  try {
    path = decodeURIComponent(rawPath);
  } catch {
    return null;
  }
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null;
  const segments = path.split('/').filter((s) => s !== '');
  if (segments.length === 0 || segments.some((s) => s === '..' || s === '.')) return null;
  if (rawPath.split('/').some((s) => s === '..' || /^(?:%2e|\.){2}$/i.test(s))) return null;
  const file = resolve(root, ...segments);
  if (!file.startsWith(root + sep)) return null;
  return { file, rel: segments.join('/') };
}

function send(res, status, headers, body, head) {
  res.writeHead(status, { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  res.end(head ? undefined : body);
}

function notFound(res, head) {
  const body = 'Not found\n';
  send(res, 404, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Length': Buffer.byteLength(body) }, body, head);
}

/**
 * Starts the fixture server on 127.0.0.1.
 * @param {{ port?: number, root?: string }} [options] port 0 (default) picks a free port; root
 *   defaults to tests/fixtures/pages.
 * @returns {Promise<{ port: number, root: string, url(path?: string, host?: string): string, close(): Promise<void> }>}
 */
export async function startFixtureServer({ port = 0, root = DEFAULT_ROOT } = {}) {
  const rootDir = realpathSync(resolve(root));
  const server = createServer((req, res) => {
    const head = req.method === 'HEAD';
    if (req.method !== 'GET' && !head) {
      send(res, 405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' }, 'Method not allowed\n', false);
      return;
    }
    const target = resolveRequestPath(rootDir, req.url);
    if (!target) {
      notFound(res, head);
      return;
    }
    stat(target.file)
      .then(async (info) => {
        if (!info.isFile()) {
          notFound(res, head);
          return;
        }
        // Symlinks must not lead out of the root either.
        const real = realpathSync(target.file);
        if (!real.startsWith(rootDir + sep)) {
          notFound(res, head);
          return;
        }
        const body = await readFile(real);
        const headers = {
          'Content-Type': TYPES[extname(real).toLowerCase()] ?? 'application/octet-stream',
          'Content-Length': body.length,
        };
        const csp = cspByFile(rootDir).get(target.rel);
        if (csp) headers['Content-Security-Policy'] = csp;
        send(res, 200, headers, body, head);
      })
      .catch(() => notFound(res, head));
  });

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', fail);
      ok();
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;

  return {
    port: actualPort,
    root: rootDir,
    /** URL of a fixture; with a host name (e.g. the manifest's), under that host on the same port. */
    url(path = '', host = '127.0.0.1') {
      return `http://${host}:${actualPort}/${String(path).replace(/^\/+/, '')}`;
    },
    close() {
      return new Promise((ok, fail) => {
        server.close((err) => (err ? fail(err) : ok()));
        server.closeAllConnections?.();
      });
    },
  };
}

function isMain() {
  try {
    return Boolean(process.argv[1]) && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isMain()) {
  const arg = process.argv[2];
  const port = arg === undefined ? 0 : Number(arg);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`serve-fixtures: not a port: ${arg}\nusage: node scripts/serve-fixtures.mjs [port]`);
    process.exit(2);
  }
  // The generator is TypeScript: load it through tsx (a project dependency) to fill in missing
  // pages such as the git-ignored big.html. The server itself stays dependency-free.
  try {
    const { tsImport } = await import('tsx/esm/api');
    const generator = await tsImport('./build-fixtures.ts', import.meta.url);
    const result = generator.ensureFixtures();
    if (result.built) console.log(`serve-fixtures: generated the fixtures in ${result.outDir}`);
  } catch (err) {
    console.error(`serve-fixtures: could not run the fixture generator (${err?.message ?? err}); run \`npx tsx scripts/build-fixtures.ts\`.`);
    process.exit(1);
  }
  const server = await startFixtureServer({ port });
  let pages = [];
  try {
    pages = JSON.parse(readFileSync(join(server.root, 'manifest.json'), 'utf8')).pages ?? [];
  } catch {
    // no manifest: list nothing
  }
  console.log(`Serving ${server.root} at ${server.url()}`);
  for (const p of pages) {
    console.log(`  ${server.url(p.file).padEnd(48)} as ${server.url(p.file, p.host)}${p.csp ? '  (CSP header)' : ''}`);
  }
  const hosts = [...new Set(pages.map((p) => p.host))];
  if (hosts.length) {
    console.log(`Chromium: --host-resolver-rules="${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}"`);
  }
  console.log('Ctrl-C to stop.');
  const stop = () => {
    server.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
