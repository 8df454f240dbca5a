// The demo server: a malformed escape or a path outside the root never crashes it or leaks a file.
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { serve } from '../../scripts/serve.mjs';

/** A raw GET, so the path reaches the server exactly as written (fetch would normalise it). */
const get = (port, path) =>
  new Promise((done, fail) =>
    request({ host: '127.0.0.1', port, path }, (res) => {
      let body = '';
      res.on('data', (c) => (body += c));
      res.on('end', () => done({ status: res.statusCode, body }));
    })
      .on('error', fail)
      .end(),
  );

describe('the demo server', () => {
  let server, port;
  const root = '.serve-test/site';
  before(async () => {
    mkdirSync(root, { recursive: true });
    mkdirSync('.serve-test/site-secret', { recursive: true });
    writeFileSync(`${root}/page.html`, 'page');
    writeFileSync('.serve-test/site-secret/key.txt', 'secret');
    server = await serve({ root, port: 0 });
    port = server.address().port;
  });
  after(() => {
    server.close();
    rmSync('.serve-test', { recursive: true, force: true });
  });

  it('serves a file inside its root', async () => {
    assert.deepEqual(await get(port, '/page.html'), { status: 200, body: 'page' });
  });

  it('answers a malformed % escape with 400 and keeps serving', async () => {
    assert.equal((await get(port, '/%E0%A4%A')).status, 400);
    assert.equal((await get(port, '/page.html')).status, 200);
  });

  it('never serves a sibling folder that shares the root’s name as a prefix', async () => {
    const res = await get(port, '/../site-secret/key.txt');
    assert.equal(res.status, 404);
    assert.doesNotMatch(res.body, /secret/);
    const encoded = await get(port, '/%2e%2e/site-secret/key.txt');
    assert.equal(encoded.status, 404);
  });
});
