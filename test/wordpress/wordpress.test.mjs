// The plugin and the WordPress recipes of docs/wordpress.md in a real WordPress (Debian's 6.1 on PHP 8.2, WP_DEBUG on),
// done through WordPress's own screens as a clinic would: an Administrator uploads the zip, sets the
// clinic's figure, reviewer, dates and the site's language (Hindi); a Contributor adds the three blocks
// through the inserter and submits the post; an Author writes own questions in the Classic editor's
// Visual tab and pastes the shortcode lines of docs/wordpress.md; posts saved by the first version are opened in
// the editor; the Administrator deactivates, reactivates and deletes the plugin on the Plugins screen.
// Visitors' pages are read as HTML, in Chromium with and without JavaScript, and in Firefox and WebKit.
// test/wordpress/server.mjs starts and stops everything; test/wordpress/numbers.test.mjs proves the figure.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { clinicNotes, faqEntries } from '../../dist/content/index.js';
import { clinicNotesHi, faqEntriesHi } from '../../dist/content/hi/index.js';
import { renderElement } from '../../dist/ssr.js';
import { doseResultIn, footerLines, stepsDoseLink } from '../../dist/internal/bundled.js';
import { footerHtml } from '../../dist/internal/fallback-markup.js';
import '../../dist/locales/hi.js';
import { TAGS } from '../../dist/internal/tags.js';
import { launchFirefox, launchWebKit } from '../../scripts/browsers.mjs';
import { launch } from '../../scripts/chromium.mjs';
import { startWordPress } from './server.mjs';
import { answerTextCases } from '../../scripts/answer-text-cases.mjs';

const CDN = 'https://cdn.jsdelivr.net/npm/stem-cell-explainers@';
const zip = 'dist/wordpress/stem-cell-explainers.zip';
const dir = 'dist/wordpress/stem-cell-explainers';
const plugin = 'stem-cell-explainers/stem-cell-explainers';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
/** Every one of the three elements, as a selector. */
const ELEMENTS = TAGS.join(', ');
/** The clinic's figure, set once in the settings: 3,000,000 cells per kg, "30 लाख" in Hindi, "3 million" in English. */
const HINDI_FIGURE = '30 लाख';
/** The review the Administrator sets in the plugin's settings, which every FAQ shows. */
const REVIEW = { lastReviewed: '2026-12-04', nextReviewDue: '2027-06-03', reviewedBy: 'Dr A. Rao' };
/** A day no review can have taken place on yet. */
const LATER = new Date(Date.now() + 30 * 864e5).toISOString().slice(0, 10);
const ENGLISH_FIGURE = '3 million';
let wp, admin, author, contributor, browser;
const posts = {};

/** A published (or pending) post's id, link and stored content, by the given user, through the REST API. */
async function publish(client, title, content, status = 'publish') {
  const { status: code, body } = await client.rest('/wp/v2/posts', { method: 'POST', body: { title, content, status } });
  assert.equal(code, 201, JSON.stringify(body).slice(0, 500));
  return { id: body.id, link: `${wp.base}/?p=${body.id}`, raw: await raw(client, body.id) };
}
const raw = async (client, id) => (await client.rest(`/wp/v2/posts/${id}?context=edit`)).body.content.raw;
const html = (markup) => `<!-- wp:html -->\n${markup}\n<!-- /wp:html -->`;
/** What a visitor's browser gets for a page, without running it. */
const served = async (link) => (await fetch(link)).text();

/** A page as a logged-in user gets it (following WordPress's redirect to the post's address). */
async function asUser(client, link) {
  let res = await client.fetch(link);
  if (res.status >= 300 && res.status < 400) res = await client.fetch(res.headers.get('location'));
  return res.text();
}

/** The fenced blocks of docs/wordpress.md that hold shortcodes, exactly as written. */
function documentedShortcodes() {
  const doc = readFileSync('docs/wordpress.md', 'utf8');
  const blocks = [...doc.matchAll(/^( *)```\w*\n([\s\S]*?)^\1```/gm)].map((m) => m[2].replace(new RegExp(`^${m[1]}`, 'gm'), ''));
  return blocks.filter((b) => b.includes('[stem_cell_'));
}

/**
 * Each documented shortcode on its own: a line, or the lines from an FAQ's opening tag to its closing
 * one; with the element it gives and, for an FAQ, how many questions: the bundled ones unless
 * bundled="false", and its own.
 */
function documentedUnits() {
  const units = [];
  for (const block of documentedShortcodes()) {
    let open = null;
    for (const line of block.trim().split('\n')) {
      if (open) {
        open.push(line);
        if (line.includes('[/stem_cell_faq]')) {
          units.push(open.join('\n'));
          open = null;
        }
      } else if (/^\[stem_cell_faq\b/.test(line) && !line.includes('[/stem_cell_faq]') && block.includes('\n[/stem_cell_faq]'))
        open = [line];
      else units.push(line);
    }
  }
  return units.map((text) => ({
    text,
    tag: { stem_cell_faq: 'stem-cell-faq', stem_cell_procedure_steps: 'procedure-steps', stem_cell_dose_note: 'dose-note' }[
      text.match(/^\[(\w+)/)[1]
    ],
    questions: (/bundled="false"/.test(text) ? 0 : faqEntriesHi.length) + (text.match(/\[stem_cell_question |<details>/g)?.length ?? 0),
  }));
}

/** The elements a page shows, in order, each with its number of questions (FAQs). */
const shown = (page) =>
  [...page.matchAll(/<(stem-cell-faq|procedure-steps|dose-note)[\s>][\s\S]*?<\/\1>/g)].map(([markup, tag]) =>
    tag === 'stem-cell-faq' ? `${tag} ${markup.match(/<details /g)?.length ?? 0}` : tag,
  );
const expected = (units) => units.map((u) => (u.tag === 'stem-cell-faq' ? `${u.tag} ${u.questions}` : u.tag));

/**
 * Opens a page in Chromium and records what a developer would see: console errors and every request.
 * `cdn: true` answers the CDN's URLs from dist/cdn (no internet here), for the pasted recipes of docs/wordpress.md;
 * `colorScheme: 'dark'` is a device set to dark.
 */
async function open(url, { cdn = false, javaScript = true, client, colorScheme = 'light' } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, viewport: { width: 1280, height: 900 }, colorScheme });
  if (client) await context.addCookies([...client.cookies].map(([name, value]) => ({ name, value, url: wp.base })));
  const page = await context.newPage();
  const log = { errors: [], requests: [] };
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
  page.on('request', (r) => log.requests.push(r.url()));
  await page.addInitScript(() => {
    window.__cls = 0;
    new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && (window.__cls += e.value))).observe({
      type: 'layout-shift',
      buffered: true,
    });
  });
  await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])/, (route) => {
    const url = route.request().url();
    if (cdn && url.startsWith(CDN))
      return route.fulfill({
        body: readFileSync(`dist/cdn/${url.split('/').pop()}`),
        contentType: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
      });
    return route.abort();
  });
  await page.goto(url);
  if (javaScript) await page.evaluate(settled, ELEMENTS);
  return { page, log, close: () => context.close() };
}
/** In the page: every element defined and rendered. */
const settled = (tags) =>
  Promise.all([...document.querySelectorAll(tags)].map((e) => customElements.whenDefined(e.localName).then(() => e.updateComplete)));

/** Opens a wp-admin page in Chromium as the given user (its cookies), recording errors. */
async function openAdmin(client, path) {
  const { page, log, close } = await open(`${wp.base}${path}`, { javaScript: true, client });
  return { page, errors: log.errors, close };
}
/** The block editor, ready, without its welcome guide. */
async function blockEditor(client, path) {
  const opened = await openAdmin(client, path);
  await opened.page.waitForFunction(
    () => window.wp?.data?.select('core/block-editor') && window.wp.blocks.getBlockType('stem-cell-explainers/faq'),
    null,
    {
      timeout: 60_000,
    },
  );
  await opened.page.evaluate(() => wp.data.dispatch('core/preferences').set('core/edit-post', 'welcomeGuide', false));
  return opened;
}
const editorErrors = (errors) => errors.filter((e) => !/Failed to load resource/.test(e));

/** assert.match that shows the post's content, not the whole page, when it fails. */
const like = (page, re, message) => {
  const i = Math.max(0, page.search(/<(stem-cell-faq|procedure-steps|dose-note|div data-stem-cell)[\s>]|wp-block-post-content/));
  assert.ok(re.test(page), message ?? `${re} not found in …${page.slice(i, i + 1500)}…`);
};
const outside = (requests) => requests.filter((u) => !u.startsWith(`${wp.base}/`) && !u.startsWith('data:'));
const shadowText = (page, tag) =>
  page.evaluate((t) => [...document.querySelectorAll(t)].map((e) => e.shadowRoot?.textContent.replace(/\s+/g, ' ') ?? ''), tag);
/** The ids a page repeats. */
const repeatedIds = (page) =>
  page.evaluate(() => {
    const ids = [...document.querySelectorAll('[id]')].map((e) => e.id);
    return ids.filter((id, i) => ids.indexOf(id) !== i);
  });

/** A form on a wp-admin screen as a browser submits it: the screen's own fields (nonce included) and ours. */
async function submitForm(client, path, formSelector, fields) {
  const { page, close } = await openAdmin(client, path);
  for (const [name, value] of Object.entries(fields)) {
    const field = page.locator(`${formSelector} [name="${name}"]`);
    if ((await field.evaluate((e) => e.localName)) === 'select') await field.selectOption(value);
    else await field.fill(value);
  }
  await Promise.all([page.waitForNavigation(), page.locator(`${formSelector} [type=submit]`).first().click()]);
  const text = await page.innerText('#wpbody-content');
  await close();
  return text;
}

/** A gettext .mo catalogue (WordPress 6.1 cannot read one without entries). */
function moFile(entries) {
  const keys = Object.keys(entries).sort();
  const originals = 28;
  const translations = originals + keys.length * 8;
  let at = translations + keys.length * 8;
  const strings = [];
  const table = Buffer.alloc(at);
  [0x950412de, 0, keys.length, originals, translations, 0, at].forEach((v, i) => table.writeUInt32LE(v, i * 4));
  for (const [base, list] of [
    [originals, keys],
    [translations, keys.map((k) => entries[k])],
  ])
    list.forEach((text, i) => {
      const bytes = Buffer.from(`${text}\0`);
      table.writeUInt32LE(bytes.length - 1, base + i * 8);
      table.writeUInt32LE(at, base + i * 8 + 4);
      strings.push(bytes);
      at += bytes.length;
    });
  return Buffer.concat([table, ...strings]);
}

before(async () => {
  assert.ok(existsSync(zip), 'run npm run build first');
  wp = await startWordPress();
  admin = await wp.client().login(wp.admin.user, wp.admin.password);
  for (const role of ['author', 'contributor']) {
    const made = await admin.rest('/wp/v2/users', {
      method: 'POST',
      body: { username: role, email: `${role}@example.test`, password: `${role} password 1`, roles: [role] },
    });
    assert.equal(made.status, 201, JSON.stringify(made.body));
  }
  author = await wp.client().login('author', 'author password 1');
  contributor = await wp.client().login('contributor', 'contributor password 1');
  // The Classic editor for posts opened with ?classic-editor, as the Classic Editor plugin offers it.
  writeFileSync(
    `${wp.content}/mu-plugins/classic-editor-switch.php`,
    "<?php\nadd_filter( 'use_block_editor_for_post', function ( $use ) { return isset( $_GET['classic-editor'] ) ? false : $use; } );\n",
  );
  // Hindi as an installed language (a one-string catalogue: the admin screens stay in English), so
  // that Settings → General offers it, as it does once WordPress's Hindi language pack is installed.
  mkdirSync(`${wp.content}/languages`, { recursive: true });
  writeFileSync(`${wp.content}/languages/hi_IN.mo`, moFile({ 'Howdy, %s': 'Howdy, %s' }));
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await wp?.stop();
});

describe('the plugin zip', () => {
  it('is PHP-lint clean, and its header and readme.txt follow the wordpress.org standard', () => {
    const php = readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith('.php'));
    assert.ok(php.length >= 10, php.join());
    for (const file of php) assert.match(execFileSync('php', ['-l', `${dir}/${file}`], { encoding: 'utf8' }), /No syntax errors/, file);
    const header = readFileSync(`${dir}/stem-cell-explainers.php`, 'utf8');
    for (const field of ['Requires at least: 6.1', 'Requires PHP:      7.4', 'Text Domain:       stem-cell-explainers', 'License URI:'])
      assert.ok(header.includes(field), field);
    assert.match(header, new RegExp(`Version:\\s+${version.replace(/\./g, '\\.')}\\n`));
    const readme = readFileSync(`${dir}/readme.txt`, 'utf8');
    assert.match(readme, /^=== Stem cell explainers ===\n/);
    for (const field of [
      'Requires at least: 6.1',
      'Tested up to: 6.1',
      'Requires PHP: 7.4',
      `Stable tag: ${version}`,
      'License: MIT',
      'License URI: https://',
    ])
      assert.ok(readme.includes(`\n${field}`), field);
    for (const section of ['Description', 'Installation', 'Frequently Asked Questions', 'Screenshots', 'Changelog'])
      assert.match(readme, new RegExp(`\\n== ${section} ==\\n`), section);
    // Translatable: a template with the editor's and the screens' strings.
    const pot = readFileSync(`${dir}/languages/stem-cell-explainers.pot`, 'utf8');
    for (const s of ['Search box', 'Cells per kg of body weight', 'Your own questions', 'Stem cell FAQ'])
      assert.ok(pot.includes(`msgid "${s}"`), s);
    // Every call of a translation function in the plugin's PHP and editor script has its place in the
    // template, however the call is wrapped (a string left out is never translated).
    for (const file of readdirSync(dir, { recursive: true }).filter((f) => /\.(php|js)$/.test(f) && !f.startsWith('build'))) {
      const calls =
        readFileSync(`${dir}/${file}`, 'utf8').match(/\b(?:__|_e|esc_html__|esc_html_e|esc_attr__|esc_attr_e|_x|esc_html_x|_n)\(/g) ?? [];
      const places = pot.match(new RegExp(`[ :]${file.replace(/[.\\/]/g, '\\$&')}:\\d+`, 'g')) ?? [];
      assert.equal(places.length, calls.length, `${file}: translatable strings in the .pot`);
    }
    // A template translation tools can read: every line a comment, a keyword or a string (no PHP), and
    // each translators' comment the one written just before its string.
    const unreadable = pot.split('\n').filter((line) => !/^(#|msgid |msgid_plural |msgstr|msgctxt |"|$)/.test(line));
    assert.deepEqual(unreadable.slice(0, 5), [], `${unreadable.length} lines of the .pot are not PO`);
    assert.match(
      pot,
      /#\. translators: 1: the field, 2: what was sent\n#: [^\n]+\nmsgid "%1\$s: “%2\$s” is not a real date: pick the day in the calendar\. The date saved before is kept\."/,
    );
  });

  it('ships every file its scripts import, at once or on demand (the English text beside the all-in-one file too)', () => {
    const shipped = readdirSync(`${dir}/build`).filter((f) => f.endsWith('.js'));
    for (const file of shipped)
      for (const [, name] of readFileSync(`${dir}/build/${file}`, 'utf8').matchAll(/"\.\/([\w.-]+\.js)"/g))
        assert.ok(shipped.includes(name), `${file} imports ${name}, which the plugin does not ship`);
    assert.ok(
      shipped.some((f) => f.startsWith('stem-cell-explainers-text-en-stem-cell-faq-')),
      'the FAQ’s English text beside the all-in-one file',
    );
  });

  it('installs by upload (Plugins → Add New → Upload Plugin) and activates from the result screen', async () => {
    const form = await (await admin.fetch('/wp-admin/plugin-install.php?tab=upload')).text();
    const nonce = form.match(/name="_wpnonce" value="([0-9a-f]+)"/)?.[1];
    assert.ok(nonce, 'no upload form');
    const body = new FormData();
    body.set('_wpnonce', nonce);
    body.set('_wp_http_referer', '/wp-admin/plugin-install.php?tab=upload');
    body.set('pluginzip', new Blob([readFileSync(zip)], { type: 'application/zip' }), 'stem-cell-explainers.zip');
    body.set('install-plugin-submit', 'Install Now');
    const page = await (await admin.fetch('/wp-admin/update.php?action=upload-plugin', { method: 'POST', body })).text();
    like(
      page,
      /Plugin installed successfully/,
      page
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .slice(-800),
    );
    // The result screen's "Activate Plugin" link, as an Administrator clicks it.
    const activate = page.match(/href="([^"]*action=activate[^"]*)"/)?.[1].replace(/&amp;/g, '&');
    assert.ok(activate, 'no Activate Plugin link');
    await admin.fetch(new URL(activate, `${wp.base}/wp-admin/`).href);
    const state = await admin.rest(`/wp/v2/plugins/${plugin}`);
    assert.equal(state.body.status, 'active', JSON.stringify(state.body));
    assert.equal(state.body.requires_wp, '6.1');
    assert.equal(state.body.requires_php, '7.4');
  });

  it('registers three blocks that a Contributor can use, with the elements’ attribute names and a language', async () => {
    const { body } = await contributor.rest('/wp/v2/block-types?namespace=stem-cell-explainers');
    assert.deepEqual(body.map((b) => b.name).sort(), [
      'stem-cell-explainers/dose-note',
      'stem-cell-explainers/faq',
      'stem-cell-explainers/procedure-steps',
    ]);
    const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8')).modules.flatMap((m) => m.declarations ?? []);
    for (const [name, tag] of [
      ['faq', 'stem-cell-faq'],
      ['procedure-steps', 'procedure-steps'],
      ['dose-note', 'dose-note'],
    ]) {
      const type = body.find((b) => b.name === `stem-cell-explainers/${name}`);
      for (const a of [...manifest.find((d) => d.tagName === tag).attributes.map((x) => x.name), 'lang'])
        assert.ok(a in type.attributes, `${name} lacks ${a}`);
    }
  });
});

describe('Settings → Stem cell explainers', () => {
  const screen = '/wp-admin/options-general.php?page=stem-cell-explainers';

  it('is for Administrators only: an Author gets WordPress’s refusal and no menu entry', async () => {
    const res = await author.fetch(screen);
    assert.equal(res.status, 403);
    assert.doesNotMatch(await (await author.fetch('/wp-admin/index.php')).text(), /page=stem-cell-explainers/);
    // The form posts to options.php, which checks the nonce and the capability.
    const forged = await author.fetch('/wp-admin/options.php', {
      method: 'POST',
      body: new URLSearchParams({ option_page: 'stem-cell-explainers', action: 'update', 'stem_cell_explainers[cells_per_kg]': '1' }),
    });
    assert.notEqual(forged.status, 302);
    assert.equal(wp.sql("SELECT COUNT(*) FROM wordpress.wp_options WHERE option_name = 'stem_cell_explainers'").trim(), '0');
  });

  it('an Administrator sets the clinic’s figure, reviewer and dates; a figure the elements refuse is refused, with a message', async () => {
    const fields = {
      'stem_cell_explainers[cells_per_kg]': '3,000,000',
      'stem_cell_explainers[reviewed_by]': REVIEW.reviewedBy,
      'stem_cell_explainers[last_reviewed]': REVIEW.lastReviewed,
      'stem_cell_explainers[next_review_due]': REVIEW.nextReviewDue,
    };
    const saved = await submitForm(admin, screen, 'form[action="options.php"]', fields);
    assert.match(saved, /Settings saved/);
    // The same form again, as the browser sends it (its nonce and every field), with a figure in words.
    const form = await (await admin.fetch(screen)).text();
    const sent = new URLSearchParams(
      [...form.matchAll(/<input[^>]*name=(["'])([^"']+)\1[^>]*value=(["'])(.*?)\3/g)].map(([, , name, , value]) => [
        name,
        value.replace(/&amp;/g, '&'),
      ]),
    );
    assert.ok(sent.get('_wpnonce'), 'the form carries its nonce');
    sent.set('stem_cell_explainers[cells_per_kg]', '3 million');
    const res = await admin.fetch('/wp-admin/options.php', { method: 'POST', body: sent });
    assert.equal(res.status, 302);
    const refused = await (await admin.fetch(res.headers.get('location'))).text();
    assert.match(refused, /“3 million” is not a whole number from 1 to 9,007,199,254,740,991/);
    // A last review dated after today is refused as the embed builder refuses it; the date saved before stays.
    sent.set('stem_cell_explainers[cells_per_kg]', '3,000,000');
    sent.set('stem_cell_explainers[last_reviewed]', LATER);
    const later = await admin.fetch('/wp-admin/options.php', { method: 'POST', body: sent });
    assert.match(
      await (await admin.fetch(later.headers.get('location'))).text(),
      new RegExp(
        `Last reviewed: “${LATER}” is after today: a review cannot be in the future\\. Give the day it took place\\. The date saved before is kept\\.`,
      ),
    );
    // A next review not after the last is refused too, and the date saved before stays.
    sent.set('stem_cell_explainers[last_reviewed]', REVIEW.lastReviewed);
    sent.set('stem_cell_explainers[next_review_due]', REVIEW.lastReviewed);
    const early = await admin.fetch('/wp-admin/options.php', { method: 'POST', body: sent });
    assert.match(
      await (await admin.fetch(early.headers.get('location'))).text(),
      new RegExp(
        `Next review due: “${REVIEW.lastReviewed}” is not after the last review \\(${REVIEW.lastReviewed}\\): the next review must come after the last\\. The date saved before is kept\\.`,
      ),
    );
    const option = wp.sql("SELECT option_value FROM wordpress.wp_options WHERE option_name = 'stem_cell_explainers'");
    assert.match(option, new RegExp(`s:15:"next_review_due";s:10:"${REVIEW.nextReviewDue}"`));
    assert.match(option, /s:12:"cells_per_kg";s:7:"3000000"/);
    assert.match(option, /s:11:"reviewed_by";s:9:"Dr A\. Rao"/);
    assert.match(option, new RegExp(`s:13:"last_reviewed";s:10:"${REVIEW.lastReviewed}"`));
    // Such a date saved before the plugin refused it: the screen says pages leave it out. Then the clinic's date again.
    const setReviewed = (from, to) =>
      wp.sql(
        `UPDATE wordpress.wp_options SET option_value = REPLACE(option_value, '"${from}"', '"${to}"') WHERE option_name = 'stem_cell_explainers'`,
      );
    setReviewed(REVIEW.lastReviewed, LATER);
    try {
      assert.match(
        await (await admin.fetch(screen)).text(),
        /This date is after today, and a review cannot be in the future: pages do not show it\. Give the day the review took place\./,
      );
    } finally {
      setReviewed(LATER, REVIEW.lastReviewed);
    }
    setReviewed(REVIEW.nextReviewDue, '2026-01-01');
    try {
      assert.match(
        await (await admin.fetch(screen)).text(),
        /This date is not after the last review, and the next review must come after the last: pages do not show it\. Give the day it is due\./,
      );
    } finally {
      setReviewed('2026-01-01', REVIEW.nextReviewDue);
    }
    // Saved, with a word for the Administrator: an unusual figure, a name the screen changed, a review
    // older than the bundled text (which FAQs showing it leave out, as the elements and the builder say).
    const send = async (changes) => {
      for (const [k, v] of Object.entries(changes)) sent.set(`stem_cell_explainers[${k}]`, v);
      const r = await admin.fetch('/wp-admin/options.php', { method: 'POST', body: sent });
      return (await admin.fetch(r.headers.get('location'))).text();
    };
    try {
      const said = await send({ cells_per_kg: '5', reviewed_by: 'Dr A. Rao <b>MD</b>', last_reviewed: '2026-11-01', next_review_due: '' });
      assert.match(
        said,
        /Cells per kg: This figure is far from the clinic document’s 2 million per kg: check that it is your clinic’s figure, and not a slip\./,
      );
      assert.match(
        said,
        /Reviewed by: what looked like HTML was taken out, or the text was cut to 200 characters\. Patients read: “Dr A\. Rao MD”\./,
      );
      assert.match(
        said,
        /Last reviewed: This review took place before the bundled questions in English were written \(2026-12-02\), so it did not cover them: FAQs that show them leave it out, and the reviewer’s name\./,
      );
      const now = wp.sql("SELECT option_value FROM wordpress.wp_options WHERE option_name = 'stem_cell_explainers'");
      assert.match(now, /s:12:"cells_per_kg";s:1:"5"/);
      // A refusal is beside its field too, which is marked invalid and described by it.
      const refusedNow = await send({ cells_per_kg: 'abc' });
      assert.match(
        refusedNow,
        /<input type="text" inputmode="numeric" id="stem-cell-explainers-cells_per_kg"[^>]*aria-describedby="stem-cell-explainers-cells_per_kg-help stem-cell-explainers-cells_per_kg-said" aria-invalid="true">/,
      );
      assert.match(
        refusedNow,
        /<div id="stem-cell-explainers-cells_per_kg-said"><p class="stem-cell-explainers-error"><strong>Error:<\/strong> Cells per kg: “abc” is not a whole number/,
      );
      // A warning is beside its field, which is not marked invalid.
      assert.match(
        said,
        /<div id="stem-cell-explainers-reviewed_by-said"><p class="stem-cell-explainers-warning"><strong>Warning:<\/strong> Reviewed by: what looked like HTML/,
      );
      assert.doesNotMatch(said, /id="stem-cell-explainers-reviewed_by"[^>]*aria-invalid/);
      // Beside the fields, as long as they hold such values; a next review due today is named as due.
      const today = new Date().toISOString().slice(0, 10);
      const { page, close } = await openAdmin(admin, screen);
      try {
        assert.match(
          await page.locator('#stem-cell-explainers-cells_per_kg-help').innerText(),
          /far from the clinic document’s 2 million per kg/,
        );
        assert.match(
          await page.locator('#stem-cell-explainers-last_reviewed-help').innerText(),
          /before the bundled questions in English were written/,
        );
        // Each language named once: “English (India): lakh and crore”, not “English (India) (English (India): …)”.
        const options = await page.getByLabel('Language of the explainers').locator('option').allInnerTexts();
        assert.deepEqual(options.slice(1), [
          'English',
          'English (India): lakh and crore',
          'हिन्दी (Hindi)',
          'मराठी (Marathi)',
          'বাংলা (Bengali)',
          'తెలుగు (Telugu)',
          'தமிழ் (Tamil)',
        ]);
      } finally {
        await close();
      }
      await send({ last_reviewed: '2026-12-01', next_review_due: today });
      assert.match(await (await admin.fetch(screen)).text(), /That day has come: the information is due for review\./);
      // A name that reads back as a tag is said as text, at the top of the screen and beside the field.
      const tag = await send({ reviewed_by: '<b></b><img src=x onerror=alert(1)//' });
      assert.doesNotMatch(tag, /<img src=x/);
      assert.equal(tag.match(/Patients read: “&lt;img src=x onerror=alert\(1\)\/\/”/g)?.length, 2);
      // The block editor's settings are data in a script: a name with “<!--<script” cannot end it.
      await send({ reviewed_by: '<!--<script x' });
      const editor = await (await admin.fetch('/wp-admin/post-new.php')).text();
      assert.match(editor, /window\.stemCellExplainers = \{[^\n]*"reviewed-by":"\\u003C!--\\u003Cscript x"/);
    } finally {
      await send({
        cells_per_kg: '3,000,000',
        reviewed_by: REVIEW.reviewedBy,
        last_reviewed: REVIEW.lastReviewed,
        next_review_due: REVIEW.nextReviewDue,
      });
    }
    assert.match(
      wp.sql("SELECT option_value FROM wordpress.wp_options WHERE option_name = 'stem_cell_explainers'"),
      /s:11:"reviewed_by";s:9:"Dr A\. Rao"/,
    );
  });

  it('the review dates’ help fits their field, a calendar in the browser’s own date format; a day that does not exist is refused as such', async () => {
    const { page, close } = await openAdmin(admin, screen);
    try {
      for (const [label, key] of [
        ['Last reviewed', 'last_reviewed'],
        ['Next review due', 'next_review_due'],
      ]) {
        // Chromium shows the field as mm/dd/yyyy (its locale's format), with a calendar button: the help says to pick the day there.
        assert.equal(await page.getByLabel(label, { exact: true }).getAttribute('type'), 'date');
        const help = await page.locator(`#stem-cell-explainers-${key}-help`).innerText();
        assert.match(help, /^Pick the day in the calendar; your browser shows it in its own date format\./, label);
        assert.doesNotMatch(help, /year-month-day|YYYY|2026-10-01/, label);
      }
    } finally {
      await close();
    }
    // A day that does not exist, as a browser without a date field (or a script) may send it.
    const form = await (await admin.fetch(screen)).text();
    const sent = new URLSearchParams(
      [...form.matchAll(/<input[^>]*name=(["'])([^"']+)\1[^>]*value=(["'])(.*?)\3/g)].map(([, , name, , value]) => [
        name,
        value.replace(/&amp;/g, '&'),
      ]),
    );
    sent.set('stem_cell_explainers[last_reviewed]', '2026-02-30');
    const res = await admin.fetch('/wp-admin/options.php', { method: 'POST', body: sent });
    const said = await (await admin.fetch(res.headers.get('location'))).text();
    assert.match(said, /Last reviewed: “2026-02-30” is not a real date: pick the day in the calendar\. The date saved before is kept\./);
    assert.doesNotMatch(said, /in the form YYYY-MM-DD/);
    assert.match(
      wp.sql("SELECT option_value FROM wordpress.wp_options WHERE option_name = 'stem_cell_explainers'"),
      new RegExp(`s:13:"last_reviewed";s:10:"${REVIEW.lastReviewed}"`),
    );
  });

  it('the site’s language, set in Settings → General, chooses Hindi; the screen says what patients read', async () => {
    const saved = await submitForm(admin, '/wp-admin/options-general.php', 'form[action="options.php"]', { WPLANG: 'hi_IN' });
    assert.match(saved, /Settings saved/);
    const { page, close } = await openAdmin(admin, screen);
    const select = page.getByLabel('Language of the explainers');
    assert.match(await select.locator('option').first().innerText(), /The site’s language: हिन्दी \(Hindi\)/);
    assert.match(
      await page.locator('#stem-cell-explainers-cells_per_kg-help').innerText(),
      new RegExp(`Patients read: “${HINDI_FIGURE}” per kg`),
    );
    await close();
  });
});

describe('writing, as a Contributor, an Author and an Administrator', () => {
  it('a Contributor adds the three blocks through the inserter; the editor shows them as visitors get them; submitted for review', async () => {
    const { page, errors, close } = await blockEditor(contributor, '/wp-admin/post-new.php');
    await page.getByRole('textbox', { name: 'Add title' }).fill('Blocks');
    await page.getByRole('button', { name: 'Toggle block inserter' }).click();
    for (const title of ['Stem cell FAQ', 'Stem cell procedure steps', 'Stem cell dose note']) {
      await page.getByRole('searchbox', { name: 'Search for blocks and patterns' }).fill('Stem cell');
      await page.getByRole('option', { name: title }).click();
    }
    // The inserted dose note is selected: its settings in the sidebar. The calculator on; then the FAQ's search box.
    const sidebar = page.getByRole('button', { name: 'Settings', exact: true });
    if ((await sidebar.getAttribute('aria-pressed')) !== 'true') await sidebar.click();
    await page.getByLabel('Calculator').check();
    // A weight the page would leave out: the field is marked invalid, and its help says why first, as an error.
    const weight = page.getByRole('textbox', { name: 'Weight', exact: true });
    await weight.fill('abc');
    const problem = page.locator('.stem-cell-explainers-problem');
    await problem.waitFor({ timeout: 30_000 });
    assert.match(await problem.innerText(), /^Weight “abc” is not allowed; use a number from 30 to 300 \(kg\)/);
    assert.equal(await weight.getAttribute('aria-invalid'), 'true');
    assert.match(
      await weight.evaluate((field) => document.getElementById(field.getAttribute('aria-describedby')).innerText),
      /^Weight “abc”/,
    );
    assert.deepEqual(await problem.evaluate((p) => [getComputedStyle(p).borderLeftWidth, getComputedStyle(p).color]), [
      '4px',
      'rgb(138, 36, 36)',
    ]);
    await weight.fill('');
    await problem.waitFor({ state: 'detached', timeout: 30_000 });
    assert.equal(await weight.getAttribute('aria-invalid'), null);
    // The steps' choices in words, with what “Default” gives.
    await page.locator('[data-type="stem-cell-explainers/procedure-steps"]').click();
    assert.deepEqual(await page.getByLabel('Source of the cells').locator('option').allInnerTexts(), [
      'Default: From the patient’s bone marrow',
      'From the patient’s bone marrow',
      'From the patient’s fat (adipose tissue)',
      'From a donor (allogenic cells)',
    ]);
    assert.equal(await page.getByLabel('Heading level').locator('option').first().innerText(), 'Default: 2');
    await page.locator('[data-type="stem-cell-explainers/faq"]').click();
    await page.getByLabel('Search box').check();
    // The preview is the element itself, in the site's language, with the clinic's figure, search box and calculator.
    await page.waitForFunction(
      () =>
        document.querySelector('.editor-styles-wrapper stem-cell-faq')?.shadowRoot?.querySelector('input[type=search]') &&
        document.querySelector('.editor-styles-wrapper dose-note')?.shadowRoot?.querySelector('input'),
      null,
      { timeout: 30_000 },
    );
    const preview = await shadowText(page, '.editor-styles-wrapper dose-note');
    assert.ok(preview[0].includes(HINDI_FIGURE), preview[0]);
    assert.deepEqual(
      await page.evaluate(() =>
        wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((b) => b.isValid),
      ),
      [true, true, true],
    );
    // A Contributor's Publish opens the pre-publish panel, whose button submits the post for review.
    await page.locator('.edit-post-header__settings').getByRole('button', { name: 'Publish', exact: true }).click();
    await page.getByRole('button', { name: 'Submit for Review' }).click();
    await page.waitForFunction(() => wp.data.select('core/editor').getCurrentPost().status === 'pending', null, { timeout: 30_000 });
    const id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
    assert.deepEqual(editorErrors(errors), []);
    await close();
    // The Administrator publishes it.
    assert.equal((await admin.rest(`/wp/v2/posts/${id}`, { method: 'POST', body: { status: 'publish' } })).status, 200);
    posts.blocks = { id, link: `${wp.base}/?p=${id}`, raw: await raw(admin, id) };
    // The post keeps each block's text, for when the plugin is not there.
    like(
      posts.blocks.raw,
      new RegExp(
        `<div class="wp-block-stem-cell-explainers-dose-note"><div lang="hi-IN"><h2>[^<]+</h2><p>[^<]*<span data-cells>${HINDI_FIGURE}</span>`,
      ),
    );
  });

  it('an Author writes own questions in the Classic editor’s Visual tab, and the docs’ <details> line there too', async () => {
    const { page, close } = await openAdmin(author, '/wp-admin/post-new.php?classic-editor');
    await page.waitForFunction(() => window.tinymce?.get('content')?.initialized);
    await page.locator('#title').fill('Classic');
    const body = page.frameLocator('#content_ifr').locator('body');
    await body.click();
    const lines = [
      '[stem_cell_faq bundled="false" search="true"]',
      '[stem_cell_question question="Where can I park?"]In the clinic car park. It’s free.[/stem_cell_question]',
      '[stem_cell_question question="Is there a lift?"]Yes, by the main door.[/stem_cell_question]',
      '[/stem_cell_faq]',
      documentedUnits().find((u) => u.text.includes('<details>')).text,
    ];
    for (const line of lines) {
      await page.keyboard.insertText(line);
      await page.keyboard.press('Enter');
    }
    // An autosave (of the title, of the text) disables Publish while it runs, and a click then does
    // nothing, as for a person: click again once it is enabled, until the form is sent.
    for (let sent = false; !sent;) {
      await page.waitForFunction(() => !document.querySelector('#publish').classList.contains('disabled'));
      const post = page.waitForRequest((r) => r.method() === 'POST' && /\/wp-admin\/post\.php/.test(r.url()), { timeout: 5000 });
      await page.locator('#publish').click();
      sent = await post.then(
        () => true,
        () => false,
      );
    }
    await page.waitForURL(/post\.php\?post=\d+/, { timeout: 60_000 });
    const id = Number(new URL(page.url()).searchParams.get('post'));
    await close();
    posts.classic = { id, link: `${wp.base}/?p=${id}`, raw: await raw(author, id) };
    assert.match(posts.classic.raw, /&lt;details&gt;/, 'the Visual tab keeps typed HTML as text');
    assert.match(posts.classic.raw, /\[stem_cell_question question="Where can I park\?"\]/);
  });

  it('an Author pastes every shortcode of docs/wordpress.md exactly as written, all in one post', async () => {
    const units = documentedUnits();
    // What the docs show: each element, own questions as <details> and as items, with and without the bundled ones.
    for (const form of [
      '[stem_cell_faq ',
      '[stem_cell_procedure_steps ',
      '[stem_cell_dose_note ',
      '<details>',
      '[stem_cell_question ',
      '[/stem_cell_faq]',
    ])
      assert.ok(
        units.some((u) => u.text.includes(form)),
        form,
      );
    posts.readme = await publish(author, 'Documented', documentedShortcodes().join('\n'));
  });

  it('an Author pastes them in the other order, then self-closed, and an FAQ holding text it cannot read', async () => {
    const units = documentedUnits();
    posts.anyOrder = await publish(
      author,
      'Any order',
      [
        ...[...units].reverse().map((u) => u.text),
        ...units.map((u) => (u.text.includes('[/') ? u.text : u.text.replace(/\]$/, ' /]'))),
        '[stem_cell_faq bundled="false"]Where can I park? In the car park.[/stem_cell_faq]',
      ].join('\n\n'),
    );
  });

  it('an Administrator makes an English page with blocks and shortcodes that set lang', async () => {
    const content = [
      `<!-- wp:stem-cell-explainers/faq {"lang":"en","last-reviewed":"${LATER}"} /-->`,
      '<!-- wp:stem-cell-explainers/procedure-steps {"lang":"en","heading-level":"9","dose-link":"javascript:alert(1)","current":"3"} /-->',
      '<!-- wp:shortcode -->[stem_cell_dose_note lang="en" calculator min-weight="200" max-weight="100" weight="abc"]<!-- /wp:shortcode -->',
      '<!-- wp:stem-cell-explainers/dose-note {"lang":"en","weight":"७०"} /-->',
    ].join('\n\n');
    posts.english = await publish(admin, 'English', content);
  });

  it('an Administrator puts two FAQs and the steps from bone marrow and from fat on one page, each FAQ with a next review before its last', async () => {
    const content = [
      // Its own dates out of order; then its own next review before the settings' last review.
      '<!-- wp:stem-cell-explainers/faq {"lang":"en","last-reviewed":"2026-12-03","next-review-due":"2026-12-03"} /-->',
      '<!-- wp:stem-cell-explainers/procedure-steps {"lang":"en"} /-->',
      '<!-- wp:stem-cell-explainers/procedure-steps {"lang":"en","source":"adipose"} /-->',
      '<!-- wp:stem-cell-explainers/faq {"lang":"en","next-review-due":"2026-01-01"} /-->',
    ].join('\n\n');
    posts.twice = await publish(admin, 'Twice', content);
  });

  it('an Administrator links the steps’ culture step to the page’s dose note, which has a weight: blocks in English (and a second steps block), shortcodes in Hindi', async () => {
    posts.doseLink = await publish(
      admin,
      'Dose link',
      [
        '<!-- wp:stem-cell-explainers/procedure-steps {"lang":"en","dose-link":"#dose"} /-->',
        '<!-- wp:stem-cell-explainers/procedure-steps {"lang":"en","dose-link":"#dose"} /-->',
        '<!-- wp:stem-cell-explainers/dose-note {"lang":"en","weight":"70"} /-->',
      ].join('\n\n'),
    );
    posts.doseLinkHi = await publish(
      admin,
      'Dose link, Hindi',
      [
        '<!-- wp:shortcode -->[stem_cell_procedure_steps lang="hi" dose-link="#dose"]<!-- /wp:shortcode -->',
        '<!-- wp:shortcode -->[stem_cell_dose_note lang="hi" weight="70" calculator]<!-- /wp:shortcode -->',
      ].join('\n\n'),
    );
  });

  it('an Author writes the clinic’s own questions in Hindi, and an English question beside the bundled ones', async () => {
    posts.ownIds = await publish(
      author,
      'Own questions',
      [
        '[stem_cell_faq lang="hi" bundled="false"]',
        '[stem_cell_question question="इलाज का खर्च कितना है?"]क्लिनिक से पूछें।[/stem_cell_question]',
        '[stem_cell_question question="इलाज में कितना समय लगता है?"]लगभग एक दिन।[/stem_cell_question]',
        '[/stem_cell_faq]',
        '[stem_cell_faq lang="en"][stem_cell_question question="Are they safe?"]Ask your doctor.[/stem_cell_question][/stem_cell_faq]',
      ].join('\n'),
    );
  });
});

describe('what visitors get', () => {
  it('without JavaScript, every page states the clinic’s figure and its footer in its language (the review, the disclaimer, the content’s version), in the FAQ, the steps and the dose note alike', async () => {
    for (const [name, figure, disclaimer] of [
      ['blocks', HINDI_FIGURE, clinicNotesHi.disclaimer],
      ['english', ENGLISH_FIGURE, clinicNotes.disclaimer],
    ]) {
      const { page, close } = await open(posts[name].link, { javaScript: false });
      const texts = (selector) =>
        page
          .locator(selector)
          .allTextContents()
          .then((t) => [...new Set(t)]);
      for (const tag of TAGS) {
        assert.deepEqual(await texts(`${tag} [data-cells]`), [figure], `${name} ${tag}`);
        // Under each element, the lines of its footer as the element words them (footerLines(), every
        // other road's): the FAQ's review from the clinic's settings, the disclaimer, the content's version.
        for (const element of await page.locator(tag).all()) {
          const lang = await element.getAttribute('lang');
          const footer = footerLines(lang, { bundled: true, review: tag === 'stem-cell-faq' ? REVIEW : undefined });
          assert.ok(footer.includes(disclaimer), `${name} ${tag}: ${lang}`);
          const shown = await element.locator(':scope > p').allTextContents();
          assert.deepEqual(shown.slice(-footer.length), footer, `${name} ${tag}: the footer`);
          // As every road writes them: a reviewer's name in Latin letters in a Hindi footer marked as English.
          const written = await element.locator(':scope > p').evaluateAll((ps) => ps.map((p) => `<p>${p.innerHTML}</p>`));
          assert.equal(written.slice(-footer.length).join('\n'), footerHtml(footer), `${name} ${tag}: the footer's markup`);
          if (tag === 'stem-cell-faq' && lang !== 'en') assert.match(written.join(''), /<span lang="en">Dr A\. Rao<\/span>/);
        }
      }
      // The same markup as server rendering (stem-cell-explainers/ssr) gives for the same element, language, figure and review.
      if (name === 'english') {
        const markup = await served(posts.english.link);
        for (const tag of TAGS) {
          const review =
            tag === 'stem-cell-faq'
              ? { 'last-reviewed': REVIEW.lastReviewed, 'next-review-due': REVIEW.nextReviewDue, 'reviewed-by': REVIEW.reviewedBy }
              : tag === 'procedure-steps'
                ? { current: 3 } // the patient's step and those before it, marked
                : {};
          // In a post, the plugin's heading level (2).
          const ssr = renderElement(tag, { lang: 'en', attributes: { 'heading-level': 2, 'cells-per-kg': 3000000, ...review } });
          const light = ssr.slice(ssr.indexOf('</template>') + '</template>'.length, -`</${tag}>`.length).trim();
          assert.equal(markup.match(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`))[1].trim(), light, tag);
        }
      }
      // The dose note's fallback: the rule with the page's figure, and its notice.
      for (const note of await page.locator('dose-note').all()) {
        assert.match(await note.innerText(), new RegExp(figure));
        assert.equal(await note.locator('strong').count(), 1);
      }
      // Inside the theme's content width (Twenty Twenty-Three: 650 px), before and without JavaScript.
      const widths = await page.evaluate(
        (t) => [...document.querySelectorAll(`${t.replace(/, /g, ' > *, ')} > *`)].map((e) => e.getBoundingClientRect().width),
        ELEMENTS,
      );
      assert.ok(widths.length && Math.max(...widths) <= 650, `${name}: ${Math.max(...widths)} px`);
      assert.deepEqual(await repeatedIds(page), [], name);
      await close();
    }
  });

  it('two FAQs and two steps on one page repeat no id, and each names the version of the clinic’s text, before JavaScript and after', async () => {
    for (const javaScript of [false, true]) {
      const { page, log, close } = await open(posts.twice.link, { javaScript });
      assert.deepEqual(await repeatedIds(page), [], `ids, ${javaScript ? 'with' : 'without'} JavaScript`);
      const version = footerLines('en', { bundled: true }).at(-1);
      for (const tag of ['stem-cell-faq', 'procedure-steps']) {
        const elements = await page.locator(tag).all();
        assert.equal(elements.length, 2, tag);
        for (const element of elements) {
          const footer = javaScript
            ? await element.evaluate((el) => [...el.shadowRoot.querySelectorAll('[part="footer"] > p')].map((p) => p.textContent.trim()))
            : await element.locator(':scope > p').allTextContents();
          assert.equal(footer.at(-1), version, `${tag}, ${javaScript ? 'with' : 'without'} JavaScript`);
        }
      }
      assert.deepEqual(log.errors, []);
      await close();
    }
  });

  it('the clinic’s own questions are linked by their own words, in Hindi too, as the embed builder and the element name them; never by a bundled question’s id', async () => {
    const page = await served(posts.ownIds.link);
    const ids = [...page.matchAll(/<details id="([^"]+)"><summary>([^<]+)</g)].map((m) => [m[2], m[1]]);
    const time = ['इलाज में कितना समय लगता है?', 'इलाज-में-कितना-समय-लगता-है'];
    assert.deepEqual(ids.slice(0, 2), [['इलाज का खर्च कितना है?', 'इलाज-का-खर्च-कितना-है'], time]);
    // Beside the bundled questions, the clinic's "Are they safe?" does not take the bundled one's link.
    assert.deepEqual(ids.at(-1), ['Are they safe?', 'are-they-safe-2']);
    assert.ok(ids.some(([, id]) => id === 'are-they-safe'));
    // A link in Hindi words opens its question once the element takes over.
    const { page: tab, log, close } = await open(`${posts.ownIds.link}#${encodeURIComponent(time[1])}`, { javaScript: true });
    await tab.waitForFunction(
      (q) =>
        [...document.querySelector('stem-cell-faq').shadowRoot.querySelectorAll('[aria-expanded="true"]')].some((b) =>
          b.textContent.includes(q),
        ),
      time[0],
    );
    assert.deepEqual(await repeatedIds(tab), []);
    assert.deepEqual(log.errors, []);
    await close();
  });

  it('the steps’ link to the dose rule (dose-link) ends the culture step, without JavaScript as server rendering writes it, and once with it', async () => {
    for (const [post, lang] of [
      [posts.doseLink, 'en'],
      [posts.doseLinkHi, 'hi'],
    ]) {
      // Without JavaScript: the element's light DOM is what stem-cell-explainers/ssr writes for the same steps and link.
      const markup = (await served(post.link)).match(/<procedure-steps[^>]*>([\s\S]*?)<\/procedure-steps>/)[1].trim();
      const ssr = renderElement('procedure-steps', {
        lang,
        attributes: { 'heading-level': 2, 'cells-per-kg': 3000000, 'dose-link': '#dose' },
      });
      assert.equal(markup, ssr.slice(ssr.indexOf('</template>') + '</template>'.length, -'</procedure-steps>'.length).trim(), lang);
      const { text } = stepsDoseLink(lang, '#dose');
      const { page, close } = await open(post.link, { javaScript: false });
      const culture = page.locator('procedure-steps').first().locator(':scope > ol > li#culture');
      assert.equal(await culture.locator(':scope > :last-child').innerText(), text, `${lang}: the culture step ends with the link`);
      assert.equal(await culture.locator(':scope > :last-child > a').getAttribute('href'), '#dose');
      // A second steps block's culture step ("culture-2") ends with the link too, as the element draws it there (below).
      assert.equal(await page.locator('procedure-steps a[href="#dose"]').count(), lang === 'en' ? 2 : 1, `${lang}: one link a block`);
      if (lang === 'en') assert.equal(await page.locator('procedure-steps li#culture-2 > :last-child > a[href="#dose"]').count(), 1);
      await close();
      // With JavaScript: the element draws its own link, once, in the bundled steps (their version line).
      const opened = await open(post.link);
      const shownLinks = await opened.page.evaluate(() =>
        [...document.querySelectorAll('procedure-steps')].map((e) => [
          e.shadowRoot.querySelectorAll('a[href="#dose"]').length,
          [...e.querySelectorAll('a[href="#dose"]')].filter((a) => a.getClientRects().length).length,
          e.shadowRoot.textContent.replace(/\s+/g, ' '),
        ]),
      );
      // Each element's link in its shadow root and none of the light DOM's shown, in the second steps block ("culture-2") too.
      assert.deepEqual(
        shownLinks.map(([inShadow, inLight]) => [inShadow, inLight]),
        lang === 'en'
          ? [
              [1, 0],
              [1, 0],
            ]
          : [[1, 0]],
        lang,
      );
      for (const [, , shownText] of shownLinks)
        assert.ok(shownText.includes(footerLines(lang, { bundled: true }).at(-1)), `${lang}: the bundled steps`);
      assert.ok(shownLinks[0][2].includes(text), lang);
      assert.deepEqual(opened.log.errors, []);
      await opened.close();
    }
  });

  it('the dose note’s figure for its weight follows the rule’s meaning, without JavaScript as server rendering writes it, and is the figure the element shows', async () => {
    for (const [post, lang, calculator] of [
      [posts.doseLink, 'en', false],
      [posts.doseLinkHi, 'hi', true],
    ]) {
      const figure = doseResultIn(lang, '70', { rate: 3000000 });
      assert.match(figure, lang === 'en' ? /^By this rule, for 70 kg: at least 210 million cells\./ : /70 किलो .*21 करोड़/);
      // Without JavaScript: the element's light DOM is what stem-cell-explainers/ssr writes for the same note and weight.
      const markup = (await served(post.link)).match(/<dose-note[^>]*>([\s\S]*?)<\/dose-note>/)[1].trim();
      const ssr = renderElement('dose-note', {
        lang,
        attributes: { 'heading-level': 2, 'cells-per-kg': 3000000, weight: '70', calculator },
      });
      assert.equal(markup, ssr.slice(ssr.indexOf('</template>') + '</template>'.length, -'</dose-note>'.length).trim(), lang);
      const { page, close } = await open(post.link, { javaScript: false });
      assert.equal(await page.locator('dose-note > [data-dose-result]').innerText(), figure, lang);
      // After the rule's meaning, before its notice.
      assert.equal(await page.locator('dose-note > [data-dose-result] + p > strong').count(), 1, lang);
      await close();
      // With JavaScript: the element shows the same figure.
      const opened = await open(post.link);
      const shown = await opened.page.evaluate(() => document.querySelector('dose-note').shadowRoot.querySelector('.result')?.textContent);
      assert.equal(shown?.replace(/\s+/g, ' ').trim(), figure, lang);
      assert.deepEqual(opened.log.errors, []);
      await opened.close();
    }
  });

  it('the documented shortcodes each make their element, with their own questions; bundled="false" is kept; no shortcode shows; no id repeats', async () => {
    const page = await served(posts.readme.link);
    assert.doesNotMatch(page.replace(/<script[\s\S]*?<\/script>/g, ''), /\[\/?stem_cell_/);
    assert.deepEqual(shown(page), expected(documentedUnits()));
    const faqs = page.match(/<stem-cell-faq[\s\S]*?<\/stem-cell-faq>/g);
    // The element's own attributes, then the clinic's settings, in the manifest's order, and the site's language.
    like(
      faqs[0],
      /^<stem-cell-faq search last-reviewed="2026-12-04" next-review-due="2027-06-03" reviewed-by="Dr A\. Rao" heading-level="2" cells-per-kg="3000000" lang="hi-IN">/,
    );
    for (const own of faqs.slice(1)) assert.match(own, /<summary>Where can I park\?<\/summary><p>In the clinic car park\.<\/p>/);
    assert.match(faqs[1], /<details id="where-can-i-park">/);
    assert.match(faqs[2], /<details id="where-can-i-park-2">/);
    assert.ok(!/<p>\s*<div class="stem-cell-explainers"/.test(page), 'wpautop wrapped an element');
  });

  it('in any order, closed or not, each shortcode is its own element; an FAQ it cannot read shows nothing, and its editor is told', async () => {
    const page = await served(posts.anyOrder.link);
    assert.doesNotMatch(page.replace(/<script[\s\S]*?<\/script>/g, ''), /\[\/?stem_cell_/);
    const units = documentedUnits();
    assert.deepEqual(shown(page), [...expected([...units].reverse()), ...expected(units)]);
    assert.doesNotMatch(page, /In the car park\./, 'text the FAQ cannot read is not shown');
    const asEditor = await asUser(author, posts.anyOrder.link);
    assert.match(
      asEditor,
      /This text in the FAQ is not a question it can read, so visitors do not see it: “Where can I park\? In the car park\.”/,
    );
    assert.match(asEditor, /This FAQ has no questions to show/);
  });

  it('the Visual tab’s own questions are shown; the <details> typed there is read, and its editor told; visitors see no note', async () => {
    const visitor = await served(posts.classic.link);
    const faqs = visitor.match(/<stem-cell-faq[\s\S]*?<\/stem-cell-faq>/g);
    assert.equal(faqs.length, 2);
    assert.match(faqs[0], /<summary>Where can I park\?<\/summary><p>In the clinic car park\. It’s free\.<\/p>/);
    assert.match(faqs[0], /<summary>Is there a lift\?<\/summary>/);
    assert.equal(faqs[0].match(/<details /g).length, 2, 'only the clinic’s questions');
    assert.match(faqs[1], /<summary>Where can I park\?<\/summary><p>In the clinic car park\.<\/p>/);
    assert.doesNotMatch(visitor, /stem-cell-explainers-notice/);
    const { page, close } = await open(posts.classic.link, { javaScript: false, client: author });
    assert.match(
      await page.locator('.stem-cell-explainers-notice').innerText(),
      /Questions written as <details> in the Visual tab are stored as text/,
    );
    // At a phone's width the note, with the shortcode it quotes, stays within its box.
    await page.setViewportSize({ width: 375, height: 800 });
    const [scroll, client] = await page.locator('.stem-cell-explainers-notice').evaluate((n) => [n.scrollWidth, n.clientWidth]);
    assert.ok(scroll <= client, `the note is ${scroll} px wide in a box of ${client} px`);
    await close();
  });

  it('what an element refuses is left out, its editor is told why, and the rest stands', async () => {
    const visitor = await served(posts.english.link);
    like(visitor, /<procedure-steps (current="3" )?heading-level="2" cells-per-kg="3000000" lang="en"( current="3")?>\s*<ol>/);
    like(visitor, /<procedure-steps [^>]*current="3"/);
    like(visitor, /<dose-note calculator heading-level="2" cells-per-kg="3000000" lang="en">/);
    like(
      visitor,
      /<dose-note weight="७०" heading-level="2" cells-per-kg="3000000" lang="en">/,
      'a weight in Devanagari digits, which the element reads',
    );
    for (const bad of ['heading-level="9"', 'javascript:', 'weight="abc"', 'min-weight', LATER, 'stem-cell-explainers-notice'])
      assert.ok(!visitor.includes(bad), bad);
    const { page, close } = await open(posts.english.link, { javaScript: false, client: admin });
    const notes = (await page.locator('.stem-cell-explainers-notice').allInnerTexts()).join('\n');
    for (const said of [
      // A block's in the words of its sidebar (its fields), a shortcode's in its own (its attributes).
      'Heading level “9” is not allowed; use a whole number from 2 to 6. Using 2.',
      'Dose link “javascript:alert(1)” is not a web address',
      'weight="abc" is not allowed; use a number from 30 to 300 (kg).',
      'min-weight="200" must be below max-weight="100"; using 30 to 300 kg.',
      `Last reviewed “${LATER}” is after today: a review cannot be in the future. Give the day it took place; until then it is ignored.`,
    ])
      assert.ok(notes.includes(said), `${said} in ${notes}`);
    await close();
  });

  it('a next review that is not after the last review is left out, as the embed builder refuses it, and its editor is told', async () => {
    const faqs = (await served(posts.twice.link)).match(/<stem-cell-faq[^>]*>/g);
    // Its own next review refused, the settings' is used, as for any attribute a block gets wrong.
    like(
      faqs[0],
      new RegExp(
        `^<stem-cell-faq last-reviewed="2026-12-03" next-review-due="${REVIEW.nextReviewDue}" reviewed-by="Dr A\\. Rao" heading-level="2" cells-per-kg="3000000" lang="en">$`,
      ),
    );
    // Its own next review is before the settings' last review: the settings' next review stands in, as
    // the field's help says ("Without one: … from Settings").
    like(
      faqs[1],
      new RegExp(
        `^<stem-cell-faq last-reviewed="${REVIEW.lastReviewed}" next-review-due="${REVIEW.nextReviewDue}" reviewed-by="Dr A\\. Rao" heading-level="2" cells-per-kg="3000000" lang="en">$`,
      ),
    );
    const { page, close } = await open(posts.twice.link, { javaScript: false, client: admin });
    const notes = (await page.locator('.stem-cell-explainers-notice').allInnerTexts()).join('\n');
    for (const said of [
      'Next review due “2026-12-03” is not after Last reviewed “2026-12-03”: the next review must come after the last. Give the day it is due; until then it is ignored.',
      `Next review due “2026-01-01” is not after Last reviewed “${REVIEW.lastReviewed}”: the next review must come after the last.`,
    ])
      assert.ok(notes.includes(said), `${said} in ${notes}`);
    assert.match(await page.locator('stem-cell-faq').last().innerText(), /Next review due: June 3, 2027/);
    await close();
    // The block's sidebar says so beside the field, as the page has the dates: with the settings' last review.
    const { status, body } = await admin.rest('/stem-cell-explainers/v1/preview', {
      method: 'POST',
      body: { block: 'faq', attributes: { lang: 'en', 'next-review-due': '2026-01-01' } },
    });
    assert.equal(status, 200);
    assert.match(
      body.problems['next-review-due'],
      new RegExp(`^Next review due “2026-01-01” is not after Last reviewed “${REVIEW.lastReviewed}”`),
    );
    // A review older than the bundled questions did not cover them: the page leaves it out, and the sidebar says why.
    const older = await admin.rest('/stem-cell-explainers/v1/preview', {
      method: 'POST',
      body: { block: 'faq', attributes: { lang: 'en', 'last-reviewed': '2026-11-01' } },
    });
    assert.match(
      older.body.problems['last-reviewed'],
      /^Last reviewed “2026-11-01” took place before the bundled questions in English were written \(2026-12-02\), so it did not cover them: the page leaves it out, and the reviewer’s name\./,
    );
    // Beside the clinic's own questions too: the bundled ones it shows were not covered, so neither the
    // review nor the reviewer is shown over them. With its own questions only, the review is the clinic's.
    const own = [{ question: 'Where can I park?', answer: 'Behind the clinic.' }];
    const review = { 'last-reviewed': '2026-11-01', 'reviewed-by': 'Dr A. Rao' };
    const mixed = await admin.rest('/stem-cell-explainers/v1/preview', {
      method: 'POST',
      body: { block: 'faq', attributes: { lang: 'en', ...review, entries: own } },
    });
    assert.match(mixed.body.html, /<summary>Where can I park\?<\/summary>/);
    assert.doesNotMatch(mixed.body.html, /Reviewed by: Dr A\. Rao|Page last reviewed/);
    assert.match(mixed.body.problems['last-reviewed'], /took place before the bundled questions in English were written/);
    const ownOnly = await admin.rest('/stem-cell-explainers/v1/preview', {
      method: 'POST',
      body: { block: 'faq', attributes: { lang: 'en', ...review, entries: own, bundled: false } },
    });
    assert.match(ownOnly.body.html, /<p>Reviewed by: Dr A\. Rao<\/p>/);
    // A {name} other than {cells} is read as typed: named beside its fields, as the builder and the element name it.
    const typed = await admin.rest('/stem-cell-explainers/v1/preview', {
      method: 'POST',
      body: {
        block: 'faq',
        attributes: { lang: 'en', entries: [{ question: 'How many {cell}?', answer: 'At least {cells}, or {Cells}.' }] },
      },
    });
    const said = 'Your question 1 has {cell}, {Cells}, which patients read as typed: only {cells} stands for the clinic’s figure.';
    assert.deepEqual(typed.body.entries[0].question.warnings, [said]);
    assert.deepEqual(typed.body.entries[0].answer.warnings, [said]);
    assert.match(typed.body.html, /<summary>How many \{cell\}\?<\/summary>/);
    assert.match(ownOnly.body.html, /Page last reviewed: November 1, 2026/);
    assert.equal(ownOnly.body.problems['last-reviewed'], undefined);
  });

  it('HTML in a block’s Reviewed by is named beside the field, with what patients read, as the Settings screen names it', async () => {
    const preview = async (name) =>
      (
        await admin.rest('/stem-cell-explainers/v1/preview', {
          method: 'POST',
          body: { block: 'faq', attributes: { lang: 'en', 'reviewed-by': name } },
        })
      ).body;
    const tagged = await preview('Dr A. Rao <b>MD</b>');
    assert.equal(
      tagged.warnings['reviewed-by'],
      'Reviewed by: what looked like HTML was taken out, or the text was cut to 200 characters. Patients read: “Dr A. Rao MD”.',
    );
    assert.match(tagged.html, /Reviewed by: Dr A\. Rao MD</);
    // A name WordPress changes only by its spaces, an ampersand or a "<" that begins no tag is read as written.
    for (const name of ['Dr  A. Rao', 'Dr A & B Rao', 'Team <2 doctors'])
      assert.equal((await preview(name)).warnings['reviewed-by'], undefined, name);
  });

  for (const engine of ['Chromium', 'Firefox', 'WebKit'])
    it(`in ${engine}: the elements take over with the same figure, in the page’s language, with no error and no request elsewhere`, async () => {
      const checks = [
        [posts.blocks.link, HINDI_FIGURE, faqEntriesHi[0].question],
        [posts.english.link, ENGLISH_FIGURE, faqEntries[0].question],
        ...(engine === 'Chromium' ? [[posts.readme.link, HINDI_FIGURE, faqEntriesHi[0].question]] : []),
      ];
      const firefox = engine === 'Firefox' ? await launchFirefox() : null;
      const webkit = engine === 'WebKit' ? await launchWebKit() : null;
      try {
        for (const [link, figure, question] of checks) {
          let page, log, close;
          if (webkit) {
            // WebDriver classic has no console or network events: a script error shows as an element
            // that never takes over (the checks below), and requests are read from Resource Timing.
            const { session } = webkit;
            await session.url(link);
            await session.execute(settled, ELEMENTS);
            page = { evaluate: (fn, arg) => session.execute(fn, arg) };
            log = {
              errors: [],
              requests: await session.execute(() => [location.href, ...performance.getEntriesByType('resource').map((e) => e.name)]),
            };
            close = async () => {};
          } else if (firefox) {
            page = await firefox.newPage();
            log = { errors: [], requests: [] };
            page.on('pageerror', (e) => log.errors.push(String(e)));
            page.on('console', (m) => m.type() === 'error' && log.errors.push(m.text()));
            page.on('request', (r) => log.requests.push(r.url()));
            await page.goto(link);
            await page.evaluate(settled, ELEMENTS);
            close = () => page.close();
          } else ({ page, log, close } = await open(link));
          // Each element writes the figure its fallback wrote, character for character.
          const figures = await page.evaluate(
            (t) =>
              [...document.querySelectorAll(t)].map((e) => [e.querySelector('[data-cells]')?.textContent, e.shadowRoot?.textContent ?? '']),
            ELEMENTS,
          );
          assert.ok(figures.filter(([fallback]) => fallback).length >= 2, link);
          for (const [fallback, shown] of figures) {
            if (fallback) assert.ok(fallback === figure && shown.includes(figure), `${link}: ${fallback}, ${shown.slice(0, 200)}`);
            assert.ok(!/\{\w+\}/.test(shown), `${link}: ${shown.slice(0, 200)}`);
          }
          const texts = figures.map(([, shown]) => shown);
          assert.ok(texts.join('').includes(question), question);
          // The figure the element writes is the one the fallback wrote, character for character.
          const written = await page.evaluate(() =>
            [...document.querySelectorAll('dose-note')].map((e) => e.shadowRoot.querySelector('p').textContent),
          );
          assert.ok(
            written.every((p) => p.includes(figure)),
            written.join(),
          );
          // The light-DOM copy is not shown twice.
          assert.equal(
            await page.evaluate(
              () =>
                [...document.querySelectorAll('stem-cell-faq details, procedure-steps ol, dose-note h2')].filter(
                  (e) => e.getClientRects().length,
                ).length,
            ),
            0,
          );
          assert.deepEqual(log.errors, []);
          assert.deepEqual(outside(log.requests), []);
          // The Hindi page with the three blocks loads each element's part of Hindi (no run-time checks of it).
          const languageFiles = log.requests
            .map((u) => new URL(u).pathname.split('/').pop())
            .filter((f) => /^(locale-|register-locale)/.test(f));
          if (link === posts.blocks.link)
            assert.deepEqual([...new Set(languageFiles.filter((f) => !/^locale-(hi-common|part)-/.test(f)))].sort(), [
              'locale-hi-dose-note.js',
              'locale-hi-procedure-steps.js',
              'locale-hi-stem-cell-faq.js',
            ]);
          await close();
        }
      } finally {
        await firefox?.close();
        await webkit?.close();
      }
    });

  it('in Chromium: an answer opens on click, 70 kg gives its figure, the layout does not shift, only the scripts used are loaded: the all-in-one file for all three elements, their own files for two', async () => {
    const { page, log, close } = await open(posts.english.link);
    const question = page.locator('stem-cell-faq').locator('[part=question]').first();
    await question.click();
    assert.equal(await question.getAttribute('aria-expanded'), 'true');
    await page.locator('dose-note').locator('input').first().fill('70');
    await page.waitForFunction(() => /210 million/.test(document.querySelector('dose-note').shadowRoot.textContent));
    // The elements take over their fallback in one frame (no flash, nothing twice); what shifts is the FAQ
    // growing from closed <details> to its taller accordion, moving what follows (here 0.03).
    assert.ok((await page.evaluate(() => window.__cls)) < 0.1, 'layout shift while the elements took over');
    const scripts = log.requests.filter((u) => u.includes('/stem-cell-explainers/build/')).map((u) => new URL(u).pathname.split('/').pop());
    assert.deepEqual(
      scripts.filter((f) => /^locale-/.test(f)),
      [],
      'an English page loads no other language',
    );
    // All three elements: the all-in-one file, fewer bytes than their own files and chunks (the embed builder's rule).
    assert.deepEqual(scripts, ['stem-cell-explainers.js']);
    const tags = await page.evaluate(() =>
      [...document.querySelectorAll('script[type=module][src*="/build/"], link[rel=modulepreload]')].map((e) => e.integrity),
    );
    assert.ok(tags.length === 1 && tags.every((i) => /^sha384-/.test(i)), 'every script with its integrity');
    await close();
    // Two elements: their own files and the chunks they share, each with its integrity.
    const two = await open(posts.doseLink.link);
    const loaded = two.log.requests
      .filter((u) => u.includes('/stem-cell-explainers/build/'))
      .map((u) => new URL(u).pathname.split('/').pop());
    assert.deepEqual(loaded.filter((f) => !/^shared-/.test(f)).sort(), ['dose-note.js', 'procedure-steps.js']);
    assert.ok(
      loaded.some((f) => /^shared-/.test(f)),
      loaded.join(),
    );
    const twoTags = await two.page.evaluate(() =>
      [...document.querySelectorAll('script[type=module][src*="/build/"], link[rel=modulepreload]')].map((e) => e.integrity),
    );
    assert.ok(twoTags.length >= 4 && twoTags.every((i) => /^sha384-/.test(i)), 'every script with its integrity');
    assert.deepEqual(two.log.errors, []);
    await two.close();
    assert.doesNotMatch(await served(`${wp.base}/?p=1`), /stem-cell-explainers\/build/, 'a page without an element loads nothing');
  });

  it('a screen reader’s list of headings skips no level after the post’s title, with and without JavaScript: in a post the elements’ headings start at 2', async () => {
    for (const javaScript of [false, true]) {
      const { page, close } = await open(posts.english.link, { javaScript });
      // Every heading shown, in reading order, the elements' shadow roots included.
      const levels = await page.evaluate(() => {
        const found = [];
        const walk = (root) => {
          for (const el of root.querySelectorAll('*')) {
            const level = /^H[1-6]$/.test(el.tagName)
              ? Number(el.tagName[1])
              : el.getAttribute('role') === 'heading'
                ? Number(el.getAttribute('aria-level'))
                : 0;
            if (level && el.getClientRects().length) found.push(level);
            if (el.shadowRoot) walk(el.shadowRoot);
          }
        };
        walk(document);
        return found;
      });
      const where = javaScript ? 'with JavaScript' : 'without';
      assert.equal(levels[0], 1, `${where}: the post's title`);
      assert.ok(levels.includes(2), `${where}: ${levels}`);
      for (const [i, level] of levels.entries()) assert.ok(i === 0 || level <= levels[i - 1] + 1, `${where}: ${levels}`);
      await close();
    }
  });

  it('in Chromium, on a phone set to dark: Twenty Twenty-Three is light, and so are the elements, as their text was before JavaScript', async () => {
    const { page, close } = await open(posts.english.link, { colorScheme: 'dark' });
    const colours = await page.evaluate(() => {
      const background = (el) => getComputedStyle(el).backgroundColor;
      const faq = document.querySelector('stem-cell-faq');
      const callout = document.querySelector('dose-note').shadowRoot.querySelector('[part=callout]');
      return { page: background(document.body), faq: background(faq), text: getComputedStyle(faq).color, callout: background(callout) };
    });
    assert.deepEqual(colours, {
      page: 'rgb(255, 255, 255)',
      faq: 'rgb(255, 255, 255)',
      text: 'rgb(29, 29, 31)',
      callout: 'rgb(255, 249, 196)',
    });
    await close();
  });
});

describe('the editors', () => {
  it('posts saved by the first version (blocks without saved text) open valid, as an Author; saving gives them their text', async () => {
    const old = [
      '<!-- wp:stem-cell-explainers/faq {"search":true} /-->',
      '<!-- wp:stem-cell-explainers/dose-note {"calculator":true} /-->',
    ].join('\n\n');
    const { id } = await publish(author, 'First version', '<!-- wp:paragraph --><p>x</p><!-- /wp:paragraph -->');
    wp.sql(`UPDATE wordpress.wp_posts SET post_content = '${old.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}' WHERE ID = ${id}`);
    const { page, errors, close } = await blockEditor(author, `/wp-admin/post.php?post=${id}&action=edit`);
    await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().length === 2);
    assert.deepEqual(
      await page.evaluate(() =>
        wp.data
          .select('core/block-editor')
          .getBlocks()
          .map((b) => [b.name, b.isValid]),
      ),
      [
        ['stem-cell-explainers/faq', true],
        ['stem-cell-explainers/dose-note', true],
      ],
    );
    assert.equal(await page.getByText('This block contains unexpected or invalid content').count(), 0);
    await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
    await page.waitForFunction(() => !wp.data.select('core/editor').isSavingPost() && !wp.data.select('core/editor').isEditedPostDirty());
    assert.deepEqual(editorErrors(errors), []);
    const saved = await raw(author, id);
    like(saved, new RegExp(`<div class="wp-block-stem-cell-explainers-dose-note"><div lang="hi-IN">[\\s\\S]*${HINDI_FIGURE}`));
    // What the server saved reads back as each block's own saved text: valid when the post is opened again.
    assert.deepEqual(
      await page.evaluate((content) => wp.blocks.parse(content).map((b) => [b.name, b.isValid, b.attributes.fallback.length > 300]), saved),
      [
        ['stem-cell-explainers/faq', true, true],
        ['stem-cell-explainers/dose-note', true, true],
      ],
    );
    await close();
  });

  it('site editor, as an Administrator: the blocks are offered, and in its iframed canvas each preview is the element, taken over', async () => {
    const { page, errors, close } = await openAdmin(admin, '/wp-admin/site-editor.php');
    await page.waitForFunction(() => window.wp?.blocks?.getBlockType?.('stem-cell-explainers/dose-note'), null, { timeout: 60_000 });
    // Version 3 of the block API: a block that works in an iframe, which later WordPress puts every post editor in.
    assert.deepEqual(
      await page.evaluate(() =>
        ['faq', 'procedure-steps', 'dose-note'].map((b) => wp.blocks.getBlockType(`stem-cell-explainers/${b}`).apiVersion),
      ),
      [3, 3, 3],
    );
    // The canvas is an iframe (as the post editor is in later WordPress): the elements' scripts must run in its document.
    const canvas = page.frameLocator('iframe[name="editor-canvas"]');
    await canvas.locator('body').waitFor({ timeout: 60_000 });
    await page.evaluate(() =>
      wp.data
        .dispatch('core/block-editor')
        .insertBlocks(['faq', 'procedure-steps', 'dose-note'].map((b) => wp.blocks.createBlock(`stem-cell-explainers/${b}`))),
    );
    const frame = page.frame({ name: 'editor-canvas' });
    await frame.waitForFunction(
      () =>
        ['stem-cell-faq', 'procedure-steps', 'dose-note'].every(
          (tag) =>
            customElements.get(tag) &&
            document.querySelector(`.stem-cell-explainers-preview ${tag}`)?.shadowRoot?.querySelector('[part="footer"]'),
        ),
      null,
      { timeout: 30_000 },
    );
    const dose = await frame.evaluate(() => document.querySelector('.stem-cell-explainers-preview dose-note').shadowRoot.textContent);
    assert.ok(dose.includes(HINDI_FIGURE), dose);
    assert.deepEqual(editorErrors(errors), []);
    await close();
  });
});

describe('the pasted recipes of docs/wordpress.md, without the plugin', () => {
  const snippet = (tag) => readFileSync(`dist/snippets/${tag}.html`, 'utf8');
  const placeholder = (tag) => readFileSync(`dist/snippets/${tag}.placeholder.html`, 'utf8');

  it('module tag + element in a Custom HTML block: works for an Administrator', async () => {
    const post = await publish(admin, 'Module recipe', TAGS.map((t) => html(snippet(t))).join('\n\n'));
    assert.match(post.raw, /<script type="module" src="https:\/\/cdn\.jsdelivr\.net/);
    const { page, log, close } = await open(post.link, { cdn: true });
    assert.match((await shadowText(page, 'stem-cell-faq'))[0], /What are allogenic stem cells\?/);
    assert.deepEqual(log.errors, []);
    await close();
  });

  it('the same as an Author: WordPress silently strips the script and the element tags on save', async () => {
    const { status, body } = await author.rest('/wp/v2/posts', {
      method: 'POST',
      body: { title: 'Module recipe (Author)', content: html(snippet('stem-cell-faq')), status: 'publish' },
    });
    assert.equal(status, 201, 'no error is reported');
    const stored = await raw(author, body.id);
    assert.doesNotMatch(stored, /<script|<stem-cell-faq/);
    assert.match(stored, /<details id="are-they-safe">/, 'the fallback children stay, as plain HTML');
  });

  it('snippets pasted as Classic editor content break (wpautop), as docs/wordpress.md warns', async () => {
    const post = await publish(admin, 'Classic paste', snippet('stem-cell-faq'));
    like(
      await served(post.link),
      /<\/script><br \/>|<stem-cell-faq><\/p>|<p><stem-cell-faq>|<p>\s*<(script|link)/,
      'wpautop did not touch the snippet',
    );
  });

  describe('placeholders + one site-wide classic tag (the PHP snippet of docs/wordpress.md)', () => {
    before(() => {
      const docs = readFileSync('docs/wordpress.md', 'utf8');
      const recipe = docs.match(/<!-- wordpress-classic-tag:start[^>]*-->\s*```php\n([\s\S]*?)```/)?.[1];
      assert.ok(recipe, 'docs/wordpress.md has no site-wide classic tag snippet');
      // The docs carry the release's integrity (npm run readme); test the recipe with this build's.
      const current = JSON.parse(readFileSync('dist/cdn/integrity.json', 'utf8'))['stem-cell-explainers.iife.js'];
      writeFileSync(`${wp.content}/mu-plugins/classic-tag.php`, recipe.replace(/sha384-[A-Za-z0-9+/=]+/, current));
      assert.match(execFileSync('php', ['-l', `${wp.content}/mu-plugins/classic-tag.php`], { encoding: 'utf8' }), /No syntax errors/);
    });

    it('as an Author: the placeholders survive and mount', async () => {
      const post = await publish(author, 'Placeholders', TAGS.map((t) => html(placeholder(t))).join('\n\n'));
      assert.equal(post.raw.match(/<div data-stem-cell="/g)?.length, 3);
      like(
        await served(post.link),
        /<script[^>]+\.iife\.js[^>]*integrity="sha384-[^"]+"|<script[^>]+integrity="sha384-[^"]+"[^>]+\.iife\.js/,
      );
      const { page, log, close } = await open(post.link, { cdn: true });
      assert.equal(await page.locator('[data-stem-cell]').count(), 0);
      assert.match((await shadowText(page, 'stem-cell-faq'))[0], /allogenic|एलोजेनिक/);
      assert.deepEqual(log.errors, []);
      await close();
    });

    it('an Author’s post through real WordPress: what the simulated sanitizer in consumers.test.mjs assumes', async () => {
      const post = await publish(author, 'Sanitized', readFileSync('test/consumers/wordpress-post.html', 'utf8'));
      assert.doesNotMatch(post.raw, /<script|<stem-cell-faq/);
      assert.match(post.raw, /window\.__pwned = true/, 'kses keeps the text of a removed <script>');
      assert.match(post.raw, /style="color: red"/, 'kses keeps style attributes');
      assert.match(post.raw, /data-onclick="window\.__pwned = true"/, 'kses keeps data- attributes');
      assert.match(post.raw, /<details id="parking">\s*<summary>Where can I park\?<\/summary>/);
    });
  });
});

describe('the FAQ’s structured data file', () => {
  it('is preloaded, with its integrity, only on a page whose FAQ has structured data on, where the JSON-LD is written; other FAQ pages do not load it', async () => {
    // The English page's FAQ has no structured data.
    const without = await served(posts.english.link);
    like(without, /<stem-cell-faq [^>]*lang="en"/);
    assert.doesNotMatch(without, /structured-data\.js/);
    const plain = await open(posts.english.link, { cdn: true });
    assert.deepEqual(
      plain.log.requests.filter((u) => /structured-data/.test(u)),
      [],
    );
    await plain.close();
    const post = await publish(admin, 'Structured data', '<!-- wp:stem-cell-explainers/faq {"lang":"en","structured-data":true} /-->');
    like(await served(post.link), /<link rel="modulepreload" href="[^"]*\/build\/structured-data\.js" integrity="sha384-[^"]+">/);
    const { page, log, close } = await open(post.link, { cdn: true });
    await page.waitForFunction(
      () => [...document.querySelectorAll('script[type="application/ld+json"]')].some((s) => s.textContent.includes('FAQPage')),
      null,
      { timeout: 30_000 },
    );
    assert.ok(log.requests.some((u) => new URL(u).pathname.endsWith('/build/structured-data.js')));
    assert.deepEqual(log.errors, []);
    await close();
  });

  it('is inside the all-in-one file that a page with all three elements loads: the JSON-LD is written, no other file is loaded', async () => {
    const post = await publish(
      admin,
      'Structured data, all three',
      [
        '<!-- wp:stem-cell-explainers/faq {"lang":"en","structured-data":true} /-->',
        '<!-- wp:stem-cell-explainers/procedure-steps {"lang":"en"} /-->',
        '<!-- wp:stem-cell-explainers/dose-note {"lang":"en"} /-->',
      ].join('\n\n'),
    );
    assert.doesNotMatch(await served(post.link), /structured-data\.js/);
    // (`cdn`: the docs' recipes above left a site-wide tag from the CDN on every page.)
    const { page, log, close } = await open(post.link, { cdn: true });
    await page.waitForFunction(
      () => [...document.querySelectorAll('script[type="application/ld+json"]')].some((s) => s.textContent.includes('FAQPage')),
      null,
      { timeout: 30_000 },
    );
    const loaded = log.requests.filter((u) => u.includes('/stem-cell-explainers/build/')).map((u) => new URL(u).pathname.split('/').pop());
    assert.deepEqual(loaded, ['stem-cell-explainers.js']);
    assert.deepEqual(log.errors, []);
    await close();
  });
});

describe('the block sidebar speaks its fields', () => {
  it('an Author opens dose notes whose language, weight and range the page refuses: each message names the field as the sidebar labels it, the Language too is marked invalid, and the figure in the help is the block’s language’s', async () => {
    const { id } = await publish(
      author,
      'Field words',
      [
        '<!-- wp:stem-cell-explainers/dose-note {"lang":"xx","weight":"500","min-weight":"80","max-weight":"50"} /-->',
        '<!-- wp:stem-cell-explainers/dose-note {"lang":"en"} /-->',
      ].join('\n\n'),
    );
    const { page, errors, close } = await blockEditor(author, `/wp-admin/post.php?post=${id}&action=edit`);
    try {
      await page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().length === 2);
      const select = (i) =>
        page.evaluate(
          (n) => wp.data.dispatch('core/block-editor').selectBlock(wp.data.select('core/block-editor').getBlocks()[n].clientId),
          i,
        );
      const sidebar = page.locator('.edit-post-header__settings').getByRole('button', { name: 'Settings', exact: true });
      if ((await sidebar.getAttribute('aria-pressed')) !== 'true') await sidebar.click();
      const described = (field) => field.evaluate((f) => document.getElementById(f.getAttribute('aria-describedby')).innerText);
      await select(0);
      const problems = page.locator('.stem-cell-explainers-problem');
      await page.waitForFunction(() => document.querySelectorAll('.stem-cell-explainers-problem').length >= 3, null, { timeout: 30_000 });
      const said = await problems.allInnerTexts();
      for (const text of said) assert.doesNotMatch(text, /="|lang=|min-weight|max-weight/, text);
      const language = page.getByLabel('Language', { exact: true });
      assert.equal(await language.getAttribute('aria-invalid'), 'true');
      assert.match(await described(language), /^Language “xx” is not a language the explainers are written in/);
      const weight = page.getByRole('textbox', { name: 'Weight', exact: true });
      assert.match(await described(weight), /^Weight “500” is not allowed; use a number from 30 to 300 \(kg\)\. It is ignored\./);
      // Both weights are marked, as either may be the one to change.
      for (const name of ['Lowest weight (kg)', 'Highest weight (kg)']) {
        const field = page.getByLabel(name, { exact: true });
        assert.equal(await field.getAttribute('aria-invalid'), 'true', name);
        assert.match(await described(field), /^Lowest weight “80” must be below Highest weight “50”; using 30 to 300 kg\./, name);
      }
      // The block in the site's language (Hindi): the clinic's figure as its patients read it.
      assert.match(await described(page.getByRole('textbox', { name: 'Cells per kg', exact: true })), /Without one: 30 लाख per kg/);
      // An English block: in English.
      await select(1);
      await page.waitForFunction(() => document.querySelectorAll('.stem-cell-explainers-problem').length === 0, null, { timeout: 30_000 });
      assert.equal(await language.getAttribute('aria-invalid'), null);
      const help = await described(page.getByRole('textbox', { name: 'Cells per kg', exact: true }));
      assert.match(help, /Without one: 3 million per kg/);
      assert.doesNotMatch(help, /लाख/);
      assert.deepEqual(editorErrors(errors), []);
    } finally {
      await close();
    }
    // The note on the page, for the people who can edit it, in the same words.
    const { page: shown, close: done } = await open(`${wp.base}/?p=${id}`, { javaScript: false, client: author });
    const notes = (await shown.locator('.stem-cell-explainers-notice').allInnerTexts()).join('\n');
    for (const words of [
      'Language “xx” is not a language',
      'Weight “500” is not allowed',
      'Lowest weight “80” must be below Highest weight “50”',
    ])
      assert.equal(notes.split(words).length - 1, 1, `${words} once in ${notes}`);
    await done();
  });
});

describe('a cells per kg far from the clinic’s figure (30000, a slip for 3000000)', () => {
  const WARNING = /Cells per kg is 30,000 — the clinic’s figure is 3 million\. Check this number: patients read it as their dose\./;

  it('a Contributor types 30000 in a dose note’s Cells per kg: the sidebar warns beside the field, which stays valid; the preview uses it', async () => {
    const { page, errors, close } = await blockEditor(contributor, '/wp-admin/post-new.php');
    await page.evaluate(() =>
      wp.data.dispatch('core/block-editor').insertBlocks(wp.blocks.createBlock('stem-cell-explainers/dose-note', { lang: 'en' })),
    );
    const sidebar = page.locator('.edit-post-header__settings').getByRole('button', { name: 'Settings', exact: true });
    if ((await sidebar.getAttribute('aria-pressed')) !== 'true') await sidebar.click();
    const field = page.getByRole('textbox', { name: 'Cells per kg', exact: true });
    await field.fill('30000');
    const caution = page.locator('.stem-cell-explainers-caution');
    await caution.waitFor({ timeout: 30_000 });
    assert.match(await caution.innerText(), new RegExp(`^${WARNING.source}$`));
    // A warning, not a refusal: the field is not marked invalid, its description starts with the warning.
    assert.equal(await field.getAttribute('aria-invalid'), null);
    assert.match(
      await field.evaluate((f) => document.getElementById(f.getAttribute('aria-describedby')).innerText),
      new RegExp(`^${WARNING.source}`),
    );
    await page.waitForFunction(
      () => /30 thousand/.test(document.querySelector('.editor-styles-wrapper dose-note')?.shadowRoot?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    // The clinic's own figure: nothing to check.
    await field.fill('3000000');
    await caution.waitFor({ state: 'detached', timeout: 30_000 });
    assert.deepEqual(editorErrors(errors), []);
    await close();
  });

  it('on the page, patients read the figure given; the note for the people who can edit the post asks them to check it, for a block and a shortcode', async () => {
    const post = await publish(
      author,
      'Unusual figures',
      [
        '<!-- wp:stem-cell-explainers/dose-note {"lang":"en","cells-per-kg":"30000"} /-->',
        '<!-- wp:shortcode -->[stem_cell_faq lang="en" cells-per-kg="3000000000"]<!-- /wp:shortcode -->',
      ].join('\n\n'),
    );
    const visitor = await served(post.link);
    like(visitor, /<span data-cells>30 thousand<\/span>/);
    like(visitor, /<span data-cells>3 billion<\/span>/);
    assert.doesNotMatch(visitor, /stem-cell-explainers-notice/);
    const { page, close } = await open(post.link, { javaScript: false, client: author });
    const notes = await page.locator('.stem-cell-explainers-notice').allInnerTexts();
    assert.equal(notes.length, 2, notes.join('\n'));
    assert.match(notes[0], WARNING);
    assert.match(
      notes[1],
      /Cells per kg is 3,000,000,000 — the clinic’s figure is 3 million\. Check this number: patients read it as their dose\./,
    );
    await close();
  });
});

describe('the clinic’s own questions with “<” in them', () => {
  const QUESTION = 'Can I have it (age <18)?';
  const ANSWER = 'A BMI <30 is best; >40 needs a check.';
  const own = {};
  /** The FAQ block's sidebar, with its own questions open. */
  async function ownQuestions(page) {
    const sidebar = page.locator('.edit-post-header__settings').getByRole('button', { name: 'Settings', exact: true });
    if ((await sidebar.getAttribute('aria-pressed')) !== 'true') await sidebar.click();
    const panel = page.getByRole('button', { name: 'Your own questions' });
    if ((await panel.getAttribute('aria-expanded')) !== 'true') await panel.click();
  }

  for (const role of ['Contributor', 'Author', 'Administrator'])
    it(`a${role === 'Contributor' ? '' : 'n'} ${role} types them in the FAQ block’s own questions; opened again, the fields read them as typed`, async () => {
      const client = { Contributor: contributor, Author: author, Administrator: admin }[role];
      const { page, errors, close } = await blockEditor(client, '/wp-admin/post-new.php');
      await page.getByRole('textbox', { name: 'Add title' }).fill(`Own questions (${role})`);
      await page.evaluate(() =>
        wp.data
          .dispatch('core/block-editor')
          .insertBlocks(wp.blocks.createBlock('stem-cell-explainers/faq', { lang: 'en', bundled: false })),
      );
      await ownQuestions(page);
      await page.getByRole('button', { name: 'Add a question' }).click();
      await page.getByLabel('Question 1', { exact: true }).fill(QUESTION);
      await page.getByLabel('Answer', { exact: true }).fill(ANSWER);
      await page.evaluate(() => wp.data.dispatch('core/editor').savePost());
      await page.waitForFunction(() => !wp.data.select('core/editor').isSavingPost() && !wp.data.select('core/editor').isEditedPostDirty());
      const id = await page.evaluate(() => wp.data.select('core/editor').getCurrentPostId());
      assert.deepEqual(editorErrors(errors), []);
      await close();
      const again = await blockEditor(client, `/wp-admin/post.php?post=${id}&action=edit`);
      try {
        await again.page.waitForFunction(() => wp.data.select('core/block-editor').getBlocks().length === 1);
        await again.page.evaluate(() =>
          wp.data.dispatch('core/block-editor').selectBlock(wp.data.select('core/block-editor').getBlocks()[0].clientId),
        );
        await ownQuestions(again.page);
        assert.equal(await again.page.getByLabel('Question 1', { exact: true }).inputValue(), QUESTION);
        assert.equal(await again.page.getByLabel('Answer', { exact: true }).inputValue(), ANSWER);
      } finally {
        await again.close();
        // The Administrator publishes it, for the visitors' test below.
        assert.equal((await admin.rest(`/wp/v2/posts/${id}`, { method: 'POST', body: { status: 'publish' } })).status, 200);
        own[role] = `${wp.base}/?p=${id}`;
      }
    });

  it('by keyboard, the focus goes to a question just added, and after “Remove question 2” to the question after it, never to the page', async () => {
    const { page, errors, close } = await blockEditor(author, '/wp-admin/post-new.php');
    try {
      await page.evaluate(() =>
        wp.data
          .dispatch('core/block-editor')
          .insertBlocks(wp.blocks.createBlock('stem-cell-explainers/faq', { lang: 'en', bundled: false })),
      );
      await ownQuestions(page);
      const focused = () =>
        page.evaluate(
          () =>
            document.activeElement.closest('.components-base-control')?.querySelector('label')?.textContent ??
            document.activeElement.localName,
        );
      for (const n of [1, 2, 3]) {
        await page.getByRole('button', { name: 'Add a question' }).focus();
        await page.keyboard.press('Enter');
        await page.waitForFunction(
          (n) =>
            document.activeElement.closest('.stem-cell-explainers-entry') &&
            document.querySelectorAll('.stem-cell-explainers-entry').length === n,
          n,
        );
        assert.equal(await focused(), `Question ${n}`);
        await page.keyboard.type(`Question number ${n}?`);
      }
      await page.getByRole('button', { name: 'Remove question 2', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.stem-cell-explainers-entry').length === 2);
      assert.equal(await focused(), 'Question 2');
      assert.equal(await page.getByLabel('Question 2', { exact: true }).inputValue(), 'Question number 3?');
      await page.getByRole('button', { name: 'Remove question 2', exact: true }).focus();
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => document.querySelectorAll('.stem-cell-explainers-entry').length === 1);
      assert.equal(await focused(), 'Question 1');
      assert.deepEqual(editorErrors(errors), []);
    } finally {
      await close();
    }
  });

  it('what the page leaves out of a question, or changes, is said beside its field, as the note on the page says it', async () => {
    const { page, errors, close } = await blockEditor(author, '/wp-admin/post-new.php');
    try {
      await page.evaluate(() =>
        wp.data.dispatch('core/block-editor').insertBlocks(
          wp.blocks.createBlock('stem-cell-explainers/faq', {
            lang: 'en',
            bundled: false,
            entries: [
              { question: 'Where is <em>Room 4</em>?', answer: 'Upstairs.' },
              { question: 'When?', answer: '' },
              { question: '', answer: '' },
            ],
          }),
        ),
      );
      await ownQuestions(page);
      await page.waitForFunction(
        () => document.querySelectorAll('.stem-cell-explainers-entry .stem-cell-explainers-problem').length === 1,
        null,
        {
          timeout: 30_000,
        },
      );
      const field = async (name, n) => {
        const input = page.getByLabel(name, { exact: true }).nth(n);
        return {
          invalid: await input.getAttribute('aria-invalid'),
          said: await input.evaluate((f) => document.getElementById(f.getAttribute('aria-describedby'))?.innerText ?? ''),
        };
      };
      // Shown, changed: a warning, the field stays valid.
      assert.deepEqual(await field('Question 1', 0), {
        invalid: null,
        said: 'Your question 1 holds HTML the FAQ does not show (<em>): patients read its text without it. Questions are plain text; answers keep paragraphs, lists and links.',
      });
      // Left out: the empty field is marked invalid, its message first in its help.
      const answer = await field('Answer', 1);
      assert.equal(answer.invalid, 'true');
      assert.match(
        answer.said,
        /^Your question 2 needs both a question and an answer; it is left out\.\s+Leave a blank line between paragraphs\./,
      );
      assert.deepEqual(await field('Question 2', 0), { invalid: null, said: '' });
      // A question just added, still empty, is not marked while its editor writes it.
      assert.deepEqual(await field('Question 3', 0), { invalid: null, said: '' });
      assert.equal((await field('Answer', 2)).invalid, null);
      assert.deepEqual(editorErrors(errors), []);
    } finally {
      await close();
    }
  });

  it('an Author writes them as shortcodes, as the Text tab keeps them and as the Visual tab does (escaped), with HTML the FAQ does not show', async () => {
    const escaped = (t) => t.replace(/</g, '&lt;').replace(/>/g, '&gt;');
    own.shortcodes = (
      await publish(
        author,
        'Own questions (shortcodes)',
        [
          '[stem_cell_faq lang="en" bundled="false"]',
          `[stem_cell_question question="${QUESTION}"]${ANSWER}[/stem_cell_question]`,
          '[stem_cell_question question="Where do I go?"]<span class="room">Room 4</span>, <h4>upstairs</h4>[/stem_cell_question]',
          '[/stem_cell_faq]',
          '',
          '[stem_cell_faq lang="en" bundled="false"]',
          `[stem_cell_question question="${escaped(QUESTION)}"]${escaped(ANSWER)}[/stem_cell_question]`,
          '[/stem_cell_faq]',
        ].join('\n'),
      )
    ).link;
  });

  it('patients read them whole (“A BMI <30 is best; >40 needs a check.”), with and without JavaScript; editors are told of HTML the FAQ leaves out', async () => {
    for (const [road, link] of Object.entries(own)) {
      for (const javaScript of [false, true]) {
        const { page, log, close } = await open(link, { javaScript, cdn: true }); // the site-wide classic tag (above) is on every page
        const texts = javaScript
          ? await shadowText(page, 'stem-cell-faq')
          : await page.locator('stem-cell-faq').evaluateAll((faqs) => faqs.map((f) => f.textContent.replace(/\s+/g, ' ')));
        assert.ok(texts.length >= 1, road);
        for (const text of texts) {
          assert.ok(text.includes(QUESTION), `${road}, ${javaScript ? 'with' : 'without'} JavaScript: ${text.slice(0, 300)}`);
          assert.ok(text.includes(ANSWER), `${road}, ${javaScript ? 'with' : 'without'} JavaScript: ${text.slice(0, 300)}`);
        }
        assert.deepEqual(log.errors, []);
        await close();
      }
    }
    const visitor = await served(own.shortcodes);
    assert.match(visitor, /Room 4[\s\S]*upstairs/);
    assert.doesNotMatch(visitor, /stem-cell-explainers-notice/);
    const { page, close } = await open(own.shortcodes, { javaScript: false, client: author });
    assert.match(
      await page.locator('.stem-cell-explainers-notice').first().innerText(),
      /The answer to your question 2 holds HTML the FAQ does not show \(<span>, <h4>\): patients read its text without it\./,
    );
    await close();
  });
});

describe('the clinic’s own questions read the same with and without JavaScript', () => {
  // As the block's Answer field keeps them: a Hindi answer with an English word in bold, and one line break.
  const entries = [{ question: 'MSCs क्या हैं?', answer: 'ये <strong>MSCs</strong> हैं।\nहमें फ़ोन करें: 0123 456' }];
  let link;

  it('an Author gives a Hindi question and answer with an English word, bold and a line break', async () => {
    const attributes = JSON.stringify({ lang: 'hi', bundled: false, entries }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    link = (await publish(author, 'Own questions in Hindi', `<!-- wp:stem-cell-explainers/faq ${attributes} /-->`)).link;
  });

  it('patients read the answer as the element shows it: a space for the line break, no bold, the English word marked lang="en"', async () => {
    const read = {};
    for (const javaScript of [false, true]) {
      const { page, log, close } = await open(link, { javaScript, cdn: true });
      read[javaScript ? 'with' : 'without'] = await page.locator('stem-cell-faq').evaluate((faq) => {
        const root = faq.shadowRoot ?? faq;
        const answer = [...root.querySelectorAll('p')].find((p) => p.textContent.includes('फ़ोन'));
        return {
          answer: answer.textContent.replace(/\s+/g, ' ').trim(),
          english: [...answer.querySelectorAll('[lang="en"]')].map((e) => e.textContent),
          question: [
            ...[...root.querySelectorAll('summary, h2, button')].find((e) => e.textContent.includes('क्या')).querySelectorAll('[lang="en"]'),
          ].map((e) => e.textContent),
          bold: root.querySelectorAll('p strong, p b').length,
        };
      });
      assert.deepEqual(log.errors, []);
      await close();
    }
    assert.deepEqual(read.without, { answer: 'ये MSCs हैं। हमें फ़ोन करें: 0123 456', english: ['MSCs'], question: ['MSCs'], bold: 0 });
    assert.deepEqual(read.with, read.without);
    const { page, close } = await open(link, { javaScript: false, client: author });
    const note = await page.locator('.stem-cell-explainers-notice').innerText();
    assert.match(note, /The answer to your question 1 holds HTML the FAQ does not show \(<strong>\)/);
    assert.doesNotMatch(note, /Your question 1 holds HTML/);
    await close();
    // The note says where the HTML is: in the question, in the answer, or in both.
    const mixed = [
      { question: 'Where is <em>Room 4</em>?', answer: 'Upstairs.' },
      { question: 'When?', answer: '<u>Monday</u>' },
      { question: '<b>Why?</b>', answer: '<i>Because.</i>' },
    ];
    const attributes = JSON.stringify({ lang: 'en', bundled: false, entries: mixed }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    const where = await publish(author, 'HTML in questions and answers', `<!-- wp:stem-cell-explainers/faq ${attributes} /-->`);
    const shown = await open(where.link, { javaScript: false, client: author });
    assert.deepEqual(
      (await shown.page.locator('.stem-cell-explainers-notice').innerText())
        .split('\n')
        .filter((said) => said.includes('holds HTML'))
        .map((said) => said.split(':')[0].trim()),
      [
        'Your question 1 holds HTML the FAQ does not show (<em>)',
        'The answer to your question 2 holds HTML the FAQ does not show (<u>)',
        'Your question 3 holds HTML the FAQ does not show (<b>)',
        'The answer to your question 3 holds HTML the FAQ does not show (<i>)',
      ],
    );
    await shown.close();
  });

  it('a link to no web, email or phone address (javascript:) is its text, with and without JavaScript, and its editors are told', async () => {
    const entries = [
      {
        question: 'Where is it?',
        answer: 'See <a href="javascript:alert(1)">our map</a> or <a href="https://example.org/map">this one</a>.',
      },
    ];
    const attributes = JSON.stringify({ lang: 'en', bundled: false, entries }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    // An Administrator's post keeps what is typed; an Author's loses "javascript:" as WordPress saves it, before the plugin reads it.
    const post = await publish(admin, 'Own answer with a script link', `<!-- wp:stem-cell-explainers/faq ${attributes} /-->`);
    for (const javaScript of [false, true]) {
      const { page, close } = await open(post.link, { javaScript, cdn: true });
      const answer = await page.locator('stem-cell-faq').evaluate((faq) => {
        const p = [...(faq.shadowRoot ?? faq).querySelectorAll('p')].find((e) => e.textContent.includes('our map'));
        return {
          text: p.textContent.replace(/\s+/g, ' ').trim(),
          links: [...p.querySelectorAll('a[href]')].map((a) => [a.textContent, a.getAttribute('href')]),
        };
      });
      assert.deepEqual(
        answer,
        { text: 'See our map or this one.', links: [['this one', 'https://example.org/map']] },
        `${javaScript ? 'with' : 'without'} JavaScript`,
      );
      await close();
    }
    const { page, close } = await open(post.link, { javaScript: false, client: admin });
    assert.match(
      await page.locator('.stem-cell-explainers-notice').innerText(),
      /Your question 1 links to “javascript:alert\(1\)”, which is not a web, email or phone address/,
    );
    await close();
  });

  it('patients read paragraphs, bullet points and line breaks as the embed builder makes them from the same text, with and without JavaScript (one table of cases)', async () => {
    const cases = answerTextCases.map(({ text }, i) => ({ question: `Case ${i + 1}?`, answer: text }));
    const attributes = JSON.stringify({ lang: 'en', bundled: false, entries: cases }).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');
    const block = await publish(author, 'Own answers as written (block)', `<!-- wp:stem-cell-explainers/faq ${attributes} /-->`);
    // The Classic editor's Text tab: WordPress has made paragraphs and line breaks of the post before the shortcode reads them.
    const questions = cases.map(({ question, answer }) => `[stem_cell_question question="${question}"]${answer}[/stem_cell_question]`);
    const shortcodes = await publish(
      author,
      'Own answers as written (shortcodes)',
      `[stem_cell_faq lang="en" bundled="false"]\n${questions.join('\n')}\n[/stem_cell_faq]`,
    );
    for (const [road, link, javaScript] of [block, shortcodes].flatMap((p, i) =>
      [false, true].map((js) => [i ? 'shortcodes' : 'block', p.link, js]),
    )) {
      const { page, log, close } = await open(link, { javaScript, cdn: true });
      const read = await page.locator('stem-cell-faq').evaluate((faq) => {
        const answers = faq.shadowRoot
          ? [...faq.shadowRoot.querySelectorAll('[part="answer"]')].map((a) => [...a.children])
          : [...faq.querySelectorAll(':scope > details')].map((d) => [...d.children].filter((c) => c.localName !== 'summary'));
        const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
        return answers.map((blocks) =>
          blocks
            .filter((b) => ['p', 'ul'].includes(b.localName))
            .map((b) => (b.localName === 'ul' ? { list: [...b.children].map(text) } : text(b))),
        );
      });
      assert.deepEqual(
        read,
        answerTextCases.map((c) => c.blocks),
        `${road}, ${javaScript ? 'with' : 'without'} JavaScript`,
      );
      assert.deepEqual(log.errors, []);
      await close();
    }
  });
});

describe('deactivating and deleting, on the Plugins screen', () => {
  /** Clicks a link in the plugin's row of the Plugins screen. */
  async function pluginsScreen(action) {
    const { page, close } = await openAdmin(admin, '/wp-admin/plugins.php');
    const row = page.locator('tr[data-slug="stem-cell-explainers"]');
    if (action === 'Delete') {
      page.once('dialog', (d) => d.accept());
      await row.getByRole('link', { name: /^Delete/ }).click();
      await page.waitForSelector('tr.plugin-deleted-tr', { timeout: 30_000 });
    } else await Promise.all([page.waitForNavigation(), row.getByRole('link', { name: new RegExp(`^${action}`) }).click()]);
    await close();
  }
  /** A page's visible text without the plugin: no element, no shortcode, the clinic's figure. */
  async function readsWithout(link, figure) {
    const page = await served(link);
    assert.doesNotMatch(page, /<(stem-cell-faq|procedure-steps|dose-note)[\s>]/);
    assert.doesNotMatch(page.replace(/<script[\s\S]*?<\/script>/g, ''), /\[\/?stem_cell_/);
    assert.match(page, new RegExp(`<span data-cells>${figure}</span>`));
    return page;
  }

  it('left no PHP notice, warning or deprecation in the debug log', () => {
    assert.deepEqual(
      wp
        .debugLog()
        .split('\n')
        .filter((l) => /stem-cell-explainers|classic-tag\.php|classic-editor-switch/.test(l)),
      [],
    );
  });

  it('deactivated: every post still reads the clinic’s text, with its figure, and no shortcode; activated again, the shortcodes are back', async () => {
    const before = await raw(admin, posts.readme.id);
    await pluginsScreen('Deactivate');
    assert.equal((await admin.rest(`/wp/v2/plugins/${plugin}`)).body.status, 'inactive');
    await readsWithout(posts.blocks.link, HINDI_FIGURE);
    await readsWithout(posts.english.link, ENGLISH_FIGURE);
    const readme = await readsWithout(posts.readme.link, HINDI_FIGURE);
    assert.match(readme, /<summary>Where can I park\?<\/summary>/);
    const classic = await readsWithout(posts.classic.link, HINDI_FIGURE).catch(() => served(posts.classic.link));
    assert.match(classic, /<summary>Is there a lift\?<\/summary>/);
    // Without JavaScript the text reads as the page's own (no empty element, nothing twice).
    const { page, close } = await open(posts.readme.link, { javaScript: false });
    assert.deepEqual(await repeatedIds(page), []);
    assert.ok((await page.innerText('main')).includes(faqEntriesHi[0].question));
    await close();
    await pluginsScreen('Activate');
    assert.equal(await raw(admin, posts.readme.id), before, 'the shortcodes as they were written');
    like(await served(posts.readme.link), /<stem-cell-faq search [^>]*heading-level="2"[^>]* lang="hi-IN">/);
  });

  it('deleted: nothing left in the database or on disk but the posts, which still read', async () => {
    await pluginsScreen('Deactivate');
    await pluginsScreen('Delete');
    assert.ok(!existsSync(`${wp.content}/plugins/stem-cell-explainers`));
    const left = wp.sql(
      "SELECT option_name FROM wordpress.wp_options WHERE (option_name LIKE '%stem%cell%' OR option_value LIKE '%stem-cell-explainers%') AND option_name <> 'recently_activated'",
    );
    assert.equal(left.trim(), '');
    await readsWithout(posts.blocks.link, HINDI_FIGURE);
    await readsWithout(posts.readme.link, HINDI_FIGURE);
  });
});
