// The view watcher's part in "only when I click": it reads nothing when the worker says the mode
// is click, and a page already watching stops when the worker tells it the mode changed.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const WATCHER = fs.readFileSync(path.join(__dirname, '..', '..', 'extension', 'sites', 'view-watcher.js'), 'utf8');
const DEBOUNCE_WAIT_MS = 300; // longer than the watcher's debounce

/** A mail page with the watcher loaded and the worker, panel and views replaced by recorders. */
function pageWithWatcher(status) {
  const { window } = new JSDOM('<main id="mail"><p>An email</p></main>', {
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzOne',
    runScripts: 'outside-only',
  });
  const seen = { reads: 0, shown: [], closed: 0, listeners: new Set(), sent: [] };
  window.chrome = {
    runtime: {
      onMessage: {
        addListener: (listener) => seen.listeners.add(listener),
        removeListener: (listener) => seen.listeners.delete(listener),
      },
    },
  };
  window.Rebound = {
    async send(type) {
      seen.sent.push(type);
      if (type === 'getStatus') return { ok: true, data: status };
      return { ok: true, data: false }; // isHidden: not hidden
    },
    panel: { close: () => seen.closed++ },
    views: { showEmail: (fields) => seen.shown.push(fields.subject) },
  };
  window.eval(WATCHER);
  const site = {
    name: 'gmail',
    container: () => window.document.getElementById('mail'),
    observe: { childList: true, subtree: true },
    read() {
      seen.reads++;
      return { key: 'gmail:' + window.location.hash, kind: 'email', fields: { subject: window.location.hash } };
    },
    insertText: async () => ({ ok: true, message: '' }),
  };
  return { window, site, seen };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

test('in click mode the watcher reads nothing and listens to nothing', async () => {
  const { window, site, seen } = pageWithWatcher({ mode: 'click', configured: true });
  assert.equal(await window.Rebound.watchViews(site), null);
  window.location.hash = '#inbox/FMfcgzTwo';
  await pause(DEBOUNCE_WAIT_MS);
  assert.equal(seen.reads, 0);
  assert.deepEqual(seen.sent, ['getStatus']);
  assert.equal(seen.listeners.size, 0);
});

test('without a token the watcher reads nothing either', async () => {
  const { window, site, seen } = pageWithWatcher({ mode: 'auto', configured: false });
  assert.equal(await window.Rebound.watchViews(site), null);
  assert.equal(seen.reads, 0);
});

test('a watching page stops at the worker\'s word: panel closed, no further reading', async () => {
  const { window, site, seen } = pageWithWatcher({ mode: 'auto', configured: true });
  const page = await window.Rebound.watchViews(site);
  await pause(0);
  assert.deepEqual(seen.shown, ['#inbox/FMfcgzOne']);
  assert.equal(seen.listeners.size, 1);
  window.location.hash = '#inbox/FMfcgzTwo';
  await pause(DEBOUNCE_WAIT_MS);
  assert.deepEqual(seen.shown, ['#inbox/FMfcgzOne', '#inbox/FMfcgzTwo']);

  // Other extension messages leave the page alone.
  for (const listener of [...seen.listeners]) listener({ type: 'somethingElse' });
  assert.equal(page.signal.aborted, false);

  const closedBefore = seen.closed;
  for (const listener of [...seen.listeners]) listener({ type: 'stopReading' });
  assert.equal(page.signal.aborted, true);
  assert.equal(seen.closed, closedBefore + 1);
  assert.equal(seen.listeners.size, 0);

  const readsBefore = seen.reads;
  window.location.hash = '#inbox/FMfcgzThree';
  window.document.getElementById('mail').append(window.document.createElement('div'));
  await pause(DEBOUNCE_WAIT_MS);
  assert.equal(seen.reads, readsBefore);
  assert.deepEqual(seen.shown, ['#inbox/FMfcgzOne', '#inbox/FMfcgzTwo']);
});
