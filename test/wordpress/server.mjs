// A real WordPress for the tests, on this machine: Debian's wordpress package (6.1) on PHP's built-in
// server, with a MariaDB of its own (data under /tmp, a socket of its own, no network port). On a fresh
// machine it first installs the Debian packages it needs. Everything it starts it stops in stop(), by
// process id; everything it writes (its /tmp folder and one /etc/wordpress/config-*.php) it removes.
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';

const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
const THEME = '/usr/share/wordpress/wp-content/themes/twentytwentythree';

const installed = () =>
  existsSync('/usr/share/wordpress/wp-settings.php') &&
  existsSync(THEME) &&
  existsSync('/usr/sbin/mariadbd') &&
  existsSync('/usr/bin/mariadb-install-db') &&
  existsSync('/usr/bin/php') &&
  /mysqli/.test(execFileSync('php', ['-m'], { encoding: 'utf8' }));

/** Installs the Debian packages when one is missing (as root, or with sudo), without recommends. */
export function ensurePackages() {
  if (installed()) return false;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const apt = (...args) =>
    execFileSync(sudo[0] ?? 'apt-get', [...(sudo.length ? ['apt-get'] : []), ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  console.log(`wordpress test: installing ${PACKAGES.join(', ')} with apt-get`);
  apt('-o', 'DPkg::Lock::Timeout=600', 'update', '-qq');
  apt('-o', 'DPkg::Lock::Timeout=600', 'install', '-y', '-qq', '--no-install-recommends', ...PACKAGES);
  if (!installed()) throw new Error('wordpress test: the Debian packages did not install');
  return true;
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
async function until(what, check, ms = 30_000) {
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) if (await check()) return;
  throw new Error(`wordpress test: timed out waiting for ${what}`);
}

/** A cookie-keeping client for one WordPress user. */
export class Client {
  constructor(base) {
    this.base = base;
    this.cookies = new Map([['wordpress_test_cookie', 'WP%20Cookie%20check']]);
  }

  async fetch(path, options = {}) {
    const headers = { ...(options.headers ?? {}), cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ') };
    if (this.nonce) headers['x-wp-nonce'] = this.nonce;
    const res = await fetch(new URL(path, this.base), { redirect: 'manual', ...options, headers });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const i = pair.indexOf('=');
      this.cookies.set(pair.slice(0, i), pair.slice(i + 1));
    }
    return res;
  }

  async login(user, password) {
    const body = new URLSearchParams({
      log: user,
      pwd: password,
      'wp-submit': 'Log In',
      testcookie: '1',
      redirect_to: `${this.base}/wp-admin/`,
    });
    const res = await this.fetch('/wp-login.php', { method: 'POST', body });
    if (res.status !== 302) throw new Error(`wordpress test: ${user} could not log in (${res.status})`);
    this.nonce = undefined;
    this.nonce = await (await this.fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text();
    if (!/^[0-9a-f]{10}$/.test(this.nonce)) throw new Error(`wordpress test: no REST nonce for ${user}: ${this.nonce.slice(0, 200)}`);
    return this;
  }

  /** A REST call (plain permalinks: ?rest_route=). Returns { status, body }. */
  async rest(route, { method = 'GET', body } = {}) {
    const [path, query = ''] = route.split('?');
    const res = await this.fetch(`/?rest_route=${encodeURIComponent(path)}${query ? `&${query}` : ''}`, {
      method,
      headers: body ? { 'content-type': 'application/json' } : {},
      body: body ? JSON.stringify(body) : undefined,
    });
    const text = await res.text();
    let json;
    try {
      json = JSON.parse(text);
    } catch {
      json = text;
    }
    return { status: res.status, body: json };
  }
}

/**
 * Starts MariaDB and WordPress, installs WordPress through its install form, and returns
 * { base, admin: { user, password }, client(), sql(), debugLog(), dir, stop() }.
 */
export async function startWordPress() {
  ensurePackages();
  const dir = mkdtempSync('/tmp/wp-sce-');
  const started = [];
  const id = `sce-test-${process.pid}`;
  const config = `/etc/wordpress/config-${id}.php`;
  const stop = async () => {
    for (const child of started.reverse()) {
      if (child.exitCode !== null || child.signalCode !== null) continue;
      const exited = new Promise((r) => child.once('exit', r));
      try {
        process.kill(-child.pid, 'SIGTERM'); // its own process group: PHP's workers, or mariadbd alone
      } catch {
        // it has exited already
      }
      await Promise.race([exited, sleep(10_000)]);
    }
    rmSync(config, { force: true });
    if (!process.env.KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
  };
  const run = (command, args, log) => {
    const child = spawn(command, args, { detached: true, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...(log ?? {}) } });
    const err = [];
    child.stderr.on('data', (d) => err.push(d));
    child.errors = () => Buffer.concat(err).toString();
    started.push(child);
    return child;
  };
  try {
    // MariaDB: data, socket and pid under our folder; no TCP port.
    const sock = `${dir}/mysqld.sock`;
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${dir}/db`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      { stdio: 'ignore' },
    );
    const db = run('/usr/sbin/mariadbd', [
      '--no-defaults',
      `--datadir=${dir}/db`,
      `--socket=${sock}`,
      '--skip-networking',
      '--user=root',
      `--pid-file=${dir}/mysqld.pid`,
      `--log-error=${dir}/mysqld.err`,
      '--innodb-buffer-pool-size=32M',
      '--skip-log-bin',
    ]);
    await until('MariaDB', () => db.exitCode === null && existsSync(sock)).catch((e) => {
      throw new Error(
        `${e.message}: ${existsSync(`${dir}/mysqld.err`) ? readFileSync(`${dir}/mysqld.err`, 'utf8').slice(-2000) : db.errors()}`,
      );
    });
    const sql = (query) =>
      execFileSync('mariadb', ['--no-defaults', '-S', sock, '-u', 'root', '-N', '-B', '-e', query], { encoding: 'utf8' });
    sql('CREATE DATABASE wordpress');

    // wp-content of our own: the Debian theme linked in, plugins and uploads empty.
    const content = `${dir}/wp-content`;
    for (const d of ['plugins', 'themes', 'uploads', 'mu-plugins']) mkdirSync(`${content}/${d}`, { recursive: true });
    symlinkSync(THEME, `${content}/themes/twentytwentythree`);

    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    writeFileSync(
      config,
      `<?php
// Written by stem-cell-explainers' WordPress test (test/wordpress/server.mjs); removed when it stops.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', 'localhost:${sock}' );
define( 'WP_CONTENT_DIR', '${content}' );
define( 'WP_CONTENT_URL', '${base}/wp-content' );
define( 'WP_HOME', '${base}' );
define( 'WP_SITEURL', '${base}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${dir}/debug.log' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'FS_METHOD', 'direct' );
define( 'WP_ENVIRONMENT_TYPE', 'local' );
`,
    );
    // The router: picks our config, serves wp-content from our folder, PHP files as themselves, the rest via index.php.
    writeFileSync(
      `${dir}/router.php`,
      `<?php
$_SERVER['WORDPRESS_CONFIG'] = '${id}';
$path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( false !== strpos( $path, '..' ) ) { http_response_code( 400 ); return true; }
if ( 0 === strpos( $path, '/wp-content/' ) ) {
	$file = '${content}' . substr( $path, 11 );
	if ( is_file( $file ) && ! preg_match( '/\\.php$/', $file ) ) {
		$types = array( 'js' => 'text/javascript', 'css' => 'text/css', 'svg' => 'image/svg+xml', 'png' => 'image/png', 'woff2' => 'font/woff2', 'json' => 'application/json', 'txt' => 'text/plain' );
		$ext = strtolower( pathinfo( $file, PATHINFO_EXTENSION ) );
		header( 'Content-Type: ' . ( isset( $types[ $ext ] ) ? $types[ $ext ] : 'application/octet-stream' ) );
		readfile( $file );
		return true;
	}
}
$file = '/usr/share/wordpress' . $path;
if ( is_dir( $file ) ) { $file = rtrim( $file, '/' ) . '/index.php'; }
if ( is_file( $file ) && preg_match( '/\\.php$/', $file ) ) {
	$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = substr( $file, strlen( '/usr/share/wordpress' ) );
	$_SERVER['SCRIPT_FILENAME'] = $file;
	chdir( dirname( $file ) );
	require $file;
	return true;
}
if ( is_file( $file ) ) { return false; }
$_SERVER['SCRIPT_NAME'] = $_SERVER['PHP_SELF'] = '/index.php';
$_SERVER['SCRIPT_FILENAME'] = '/usr/share/wordpress/index.php';
chdir( '/usr/share/wordpress' );
require '/usr/share/wordpress/index.php';
`,
    );
    const php = run('php', ['-S', `127.0.0.1:${port}`, '-t', '/usr/share/wordpress', `${dir}/router.php`], { PHP_CLI_SERVER_WORKERS: '2' });
    await until(
      'php -S',
      async () =>
        php.exitCode === null &&
        (await fetch(`${base}/wp-login.php`).then(
          () => true,
          () => false,
        )),
    );

    // WordPress's install form, as a person would send it.
    const admin = { user: 'admin', password: 'correct horse battery staple 1' };
    const form = new URLSearchParams({
      weblog_title: 'Clinic',
      user_name: admin.user,
      admin_password: admin.password,
      admin_password2: admin.password,
      pw_weak: '1',
      admin_email: 'admin@example.test',
      blog_public: '0',
      language: '',
      Submit: 'Install WordPress',
    });
    const res = await fetch(`${base}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
    const html = await res.text();
    if (!/Success!/.test(html))
      throw new Error(
        `wordpress test: install failed: ${html
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .slice(0, 500)}`,
      );

    return {
      base,
      dir,
      content,
      admin,
      sql,
      client: () => new Client(base),
      debugLog: () => (existsSync(`${dir}/debug.log`) ? readFileSync(`${dir}/debug.log`, 'utf8') : ''),
      stop,
    };
  } catch (e) {
    await stop();
    throw e;
  }
}
