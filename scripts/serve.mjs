// Serves the demo at http://127.0.0.1:8000/ (PORT to change) from the repository root, with the
// strict Content-Security-Policy the README publishes. Loopback only; no dependencies.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, isAbsolute, join, normalize, relative, resolve } from 'node:path';

export const CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html stem-cell-explainers";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * The embed builder's page adds one Trusted Types policy, `sce-builder-preview`: its preview without
 * the script shows the code as pasted in a frame that runs no script (a sandboxed `srcdoc`).
 */
export const BUILDER_CSP = `${CSP} sce-builder-preview`;

/** Storybook's own pages use inline scripts and styles; the strict policy is for the demo pages. */
const policyFor = (path) => (path.includes('/storybook-static/') ? null : path === '/demo/builder.html' ? BUILDER_CSP : CSP);

export function serve({ root = process.cwd(), port = Number(process.env.PORT) || 8000, host = '127.0.0.1', csp = policyFor } = {}) {
  const base = resolve(root);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    if (path === '/favicon.ico') return void res.writeHead(204).end();
    let file = normalize(join(base, path === '/' ? 'demo/index.html' : path));
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    // Inside the root, not merely sharing its prefix (/work/main-other is not in /work/main).
    const inside = relative(base, file);
    if (!inside || inside.startsWith('..') || isAbsolute(inside) || !existsSync(file)) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const policy = csp?.(path);
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'no-store',
      ...(policy && { 'content-security-policy': policy }),
    });
    createReadStream(file).pipe(res);
  });
  return new Promise((done) => server.listen(port, host, () => done(server)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const server = await serve();
  const { port } = server.address();
  console.log(`Demo: http://127.0.0.1:${port}/   (Ctrl+C to stop)`);
}
