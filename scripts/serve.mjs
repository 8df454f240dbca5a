// Serves the demo at http://127.0.0.1:8000/ (PORT=8080 to choose another port) from the repository
// root, with the strict Content-Security-Policy of docs/security.md. Loopback only; no dependencies.
//
//   node scripts/serve.mjs               serves until Ctrl+C
//   node scripts/serve.mjs --check-port  only checks that the port is free (npm run demo runs this
//                                        before its long build), and says plainly when it is not
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
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
  // Sources the docs pages link to ("This page’s source", a file named in a page): shown as text.
  '.md': 'text/plain; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
};

/**
 * The embed builder's page adds one Trusted Types policy, `sce-builder-preview`: its preview without
 * the script shows the code as pasted in a frame that runs no script (a sandboxed `srcdoc`).
 */
export const BUILDER_CSP = `${CSP} sce-builder-preview`;

const DEFAULT_PORT = 8000;

/** The port asked for with PORT (default 8000), or an error message a person can act on. */
export function requestedPort(value = process.env.PORT) {
  if (value === undefined || value === '') return { port: DEFAULT_PORT };
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return { error: `PORT must be a whole number from 1 to 65535; it is "${value}". For example: PORT=8080 npm run demo` };
  return { port };
}

/** What to tell a person whose port cannot be used, by the error's code. */
export function portProblem(error, port, host = '127.0.0.1') {
  if (error.code === 'EADDRINUSE')
    return `Port ${port} on ${host} is taken by another program (perhaps a demo that is still running).\nStop that program, or choose another port: PORT=${port === 8080 ? 8081 : 8080} npm run demo`;
  if (error.code === 'EACCES') return `Port ${port} needs more rights than this user has. Choose a port above 1023: PORT=8080 npm run demo`;
  return `Cannot serve on ${host}:${port}: ${error.message}`;
}

/** Resolves when nothing listens on the port (by listening on it for a moment), else rejects with the listen error. */
export function checkPort(port, host = '127.0.0.1') {
  return new Promise((done, fail) => {
    const probe = createNetServer();
    probe.once('error', fail);
    probe.listen(port, host, () => probe.close(() => done()));
  });
}

/** Storybook's own pages use inline scripts and styles; the strict policy is for the demo pages. */
const policyFor = (path) => (path.includes('/storybook-static/') ? null : path === '/demo/builder.html' ? BUILDER_CSP : CSP);

export function serve({ root = process.cwd(), port = requestedPort().port ?? DEFAULT_PORT, host = '127.0.0.1', csp = policyFor } = {}) {
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
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      done(server);
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { port, error } = requestedPort();
  if (error) {
    console.error(error);
    process.exit(1);
  }
  try {
    if (process.argv.includes('--check-port')) await checkPort(port);
    else {
      await serve({ port });
      const base = `http://127.0.0.1:${port}`;
      console.log(`Demo:          ${base}/
Documentation: ${base}/dist/docs/
Storybook:     ${base}/storybook-static/
Embed builder: ${base}/demo/builder.html
(Ctrl+C to stop)`);
    }
  } catch (e) {
    console.error(portProblem(e, port));
    process.exit(1);
  }
}
