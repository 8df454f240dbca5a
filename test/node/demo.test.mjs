// `npm run demo`'s first step: the port is checked before the long build, and a taken or mistyped port
// gets a plain sentence saying which port and how to choose another, never a stack trace.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:net';
import { describe, it } from 'node:test';

/** `node scripts/serve.mjs --check-port` with this PORT: its exit status and what it printed. */
const checkPort = (port) => {
  const run = spawnSync(process.execPath, ['scripts/serve.mjs', '--check-port'], {
    encoding: 'utf8',
    env: { ...process.env, PORT: String(port) },
  });
  return { status: run.status, said: run.stdout + run.stderr };
};

/** A port another program listens on, for the length of `fn`. */
async function whileTaken(fn) {
  const other = createServer();
  await new Promise((done) => other.listen(0, '127.0.0.1', done));
  try {
    return fn(other.address().port);
  } finally {
    await new Promise((done) => other.close(done));
  }
}

describe('npm run demo’s port check', () => {
  it('says which port is taken and how to choose another, without a stack trace', async () => {
    await whileTaken((port) => {
      const { status, said } = checkPort(port);
      assert.equal(status, 1);
      assert.match(said, new RegExp(`Port ${port} on 127\\.0\\.0\\.1 is taken by another program`));
      assert.match(said, /PORT=8080 npm run demo/);
      assert.doesNotMatch(said, /\n\s+at |Error:/, 'no stack trace');
    });
  });

  it('says what PORT must be when it is not a port number', () => {
    const { status, said } = checkPort('eighty');
    assert.equal(status, 1);
    assert.match(said, /PORT must be a whole number from 1 to 65535; it is "eighty"/);
    assert.doesNotMatch(said, /\n\s+at /);
  });

  it('passes quietly when the port is free', async () => {
    // A port that was just free: taken for a moment, then released.
    const port = await whileTaken((p) => p);
    const { status, said } = checkPort(port);
    assert.equal(status, 0, said);
    assert.equal(said, '');
  });
});
