// The automatic panel's scripts: the one list the worker registers, the plan that brings the
// browser's registrations in line with the mode, and the sync that applies it.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const EXTENSION = path.join(__dirname, '..', '..', 'extension');
const MANIFEST = JSON.parse(fs.readFileSync(path.join(EXTENSION, 'manifest.json'), 'utf8'));

/** A fake of the parts of chrome.* the worker's sync uses, recording every change. */
function fakeChrome(mode, registered = []) {
  const calls = [];
  let current = registered.map((entry) => structuredClone(entry));
  const tick = () => new Promise((resolve) => setImmediate(resolve));
  return {
    calls,
    registered: () => current,
    storage: {
      local: { get: async () => ({ settings: mode ? { mode } : undefined }) },
    },
    scripting: {
      async getRegisteredContentScripts() {
        await tick();
        return current.map((entry) => structuredClone(entry));
      },
      async registerContentScripts(scripts) {
        await tick();
        calls.push(['register', Array.from(scripts, (s) => s.id)]);
        for (const script of scripts) {
          if (current.some((entry) => entry.id === script.id)) {
            throw new Error(`Duplicate script ID '${script.id}'`);
          }
          current.push(structuredClone(script));
        }
      },
      async updateContentScripts(scripts) {
        await tick();
        calls.push(['update', Array.from(scripts, (s) => s.id)]);
        current = current.map((entry) => structuredClone(scripts.find((s) => s.id === entry.id) || entry));
      },
      async unregisterContentScripts({ ids }) {
        await tick();
        calls.push(['unregister', Array.from(ids)]);
        current = current.filter((entry) => !ids.includes(entry.id));
      },
    },
  };
}

// Values made in the vm's realm have their own Array and Object, which deepStrictEqual tells
// apart from this realm's; a JSON round trip brings them over as plain data.
const plain = (value) => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/** The worker's settings and content-scripts modules, loaded as the worker loads them. */
function loadWorker(chrome, log = console) {
  const context = vm.createContext({ chrome, console: log, structuredClone, URL });
  for (const file of ['background/settings.js', 'background/content-scripts.js']) {
    vm.runInContext(fs.readFileSync(path.join(EXTENSION, file), 'utf8'), context, { filename: file });
  }
  const module = context.Rebound.contentScripts;
  return {
    SCRIPTS: plain(module.SCRIPTS),
    wantedFor: (mode) => plain(module.wantedFor(mode)),
    plan: (wanted, registered) => plain(module.plan(wanted, registered)),
    sync: async () => plain(await module.sync()),
  };
}

const { SCRIPTS, plan, wantedFor } = loadWorker(fakeChrome('auto'));
const copy = (entries) => entries.map((entry) => structuredClone(entry));

test('the manifest declares no content scripts: the worker registers them', () => {
  assert.equal(MANIFEST.content_scripts, undefined);
  const scripts = MANIFEST.background.scripts;
  assert.ok(scripts.indexOf('background/content-scripts.js') < scripts.indexOf('background/sw.js'));
  const sw = fs.readFileSync(path.join(EXTENSION, 'background', 'sw.js'), 'utf8');
  assert.match(sw, /importScripts\([^)]*'content-scripts\.js'/s);
});

test('every registered file exists and every match has standing host access', () => {
  for (const script of SCRIPTS) {
    for (const file of script.js) {
      assert.ok(fs.existsSync(path.join(EXTENSION, file)), `${script.id}: ${file} is missing`);
    }
    for (const pattern of script.matches) {
      assert.ok(MANIFEST.host_permissions.includes(pattern), `${pattern} is not in host_permissions`);
    }
    assert.equal(script.runAt, 'document_idle');
    assert.equal(script.persistAcrossSessions, true);
    // The page's own scripts come first, the site's main.js (which starts watching) last.
    assert.equal(script.js[0], 'shared/visible-text.js');
    assert.match(script.js.at(-1), /^sites\/[a-z]+\/main\.js$/);
  }
  assert.deepEqual(SCRIPTS.map((s) => s.id), ['rebound-gmail', 'rebound-outlook', 'rebound-linkedin']);
});

test('the popup reads the same sites the panel scripts match', () => {
  const context = vm.createContext({ URL });
  const reader = fs.readFileSync(path.join(EXTENSION, 'popup', 'page-reader.js'), 'utf8');
  vm.runInContext(reader, context);
  const { siteOf } = context.Rebound.pageReader;
  for (const script of SCRIPTS) {
    for (const pattern of script.matches) {
      const host = new URL(pattern.replace('*', '')).origin;
      const page = script.id === 'rebound-linkedin' ? host + '/in/someone/' : host + '/mail/';
      assert.equal(siteOf(page).site, script.id.replace('rebound-', ''), page);
    }
  }
});

test('plan: a fresh install in automatic mode registers all three', () => {
  assert.deepEqual(plan(wantedFor('auto'), []), { register: SCRIPTS, update: [], unregister: [] });
});

test('plan: nothing to do when the registrations already match', () => {
  assert.deepEqual(plan(wantedFor('auto'), copy(SCRIPTS)), { register: [], update: [], unregister: [] });
});

test('plan: click mode unregisters everything registered', () => {
  const changes = plan(wantedFor('click'), copy(SCRIPTS));
  assert.deepEqual(changes, { register: [], update: [], unregister: ['rebound-gmail', 'rebound-outlook', 'rebound-linkedin'] });
  assert.deepEqual(plan(wantedFor('click'), []), { register: [], update: [], unregister: [] });
});

test('plan: a changed file list or option is updated in place; a stale id goes', () => {
  const registered = copy(SCRIPTS);
  registered[0].js = registered[0].js.slice(0, -1);
  registered[2].runAt = 'document_end';
  registered.push({ id: 'gmail-from-an-older-version', matches: ['https://mail.google.com/*'], js: ['old.js'] });
  const changes = plan(wantedFor('auto'), registered);
  assert.deepEqual(changes.register, []);
  assert.deepEqual(changes.update.map((s) => s.id), ['rebound-gmail', 'rebound-linkedin']);
  assert.deepEqual(changes.unregister, ['gmail-from-an-older-version']);
});

test('plan: file order matters, match order does not, omitted options mean the defaults', () => {
  const reordered = copy(SCRIPTS);
  reordered[1].matches.reverse();
  for (const entry of reordered) {
    delete entry.allFrames;
    delete entry.persistAcrossSessions;
    delete entry.runAt;
  }
  assert.deepEqual(plan(wantedFor('auto'), reordered).update, []);
  const swapped = copy(SCRIPTS);
  [swapped[0].js[0], swapped[0].js[1]] = [swapped[0].js[1], swapped[0].js[0]];
  assert.deepEqual(plan(wantedFor('auto'), swapped).update.map((s) => s.id), ['rebound-gmail']);
});

test('sync: woken twice at once, the worker registers each script once', async () => {
  const chrome = fakeChrome(undefined); // a fresh install: no settings stored, automatic
  const { sync } = loadWorker(chrome);
  const [first, second] = await Promise.all([sync(), sync()]);
  assert.equal(first.register.length, 3);
  assert.deepEqual(second, { register: [], update: [], unregister: [] });
  assert.deepEqual(chrome.calls, [['register', ['rebound-gmail', 'rebound-outlook', 'rebound-linkedin']]]);
});

test('sync: click mode removes the registrations, and a failure resolves to null', async () => {
  const chrome = fakeChrome('click', SCRIPTS);
  const { sync } = loadWorker(chrome);
  await sync();
  assert.deepEqual(chrome.registered(), []);

  const flaky = fakeChrome('auto');
  const register = flaky.scripting.registerContentScripts;
  flaky.scripting.registerContentScripts = async () => {
    throw new Error('Could not load file');
  };
  const errors = [];
  const worker = loadWorker(flaky, { error: (...args) => errors.push(args) });
  assert.equal(await worker.sync(), null);
  assert.equal(errors.length, 1);
  // A failed sync does not block the next one.
  flaky.scripting.registerContentScripts = register;
  assert.equal((await worker.sync()).register.length, 3);
  assert.deepEqual(flaky.registered().map((s) => s.id), ['rebound-gmail', 'rebound-outlook', 'rebound-linkedin']);
});
