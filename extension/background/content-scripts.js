// The content scripts of the automatic panel, and keeping the browser's registrations in step
// with the user's mode. They are registered at run time rather than declared in the manifest so
// that "only when I click" injects nothing at all into mail or LinkedIn pages.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const OUTLOOK_MATCHES = [
    'https://outlook.live.com/*',
    'https://outlook.office.com/*',
    'https://outlook.office365.com/*',
    'https://outlook.cloud.microsoft/*',
  ];

  // What a registration leaves unsaid means the browser's default; compared with these.
  const DEFAULTS = { runAt: 'document_idle', allFrames: false, persistAcrossSessions: true };

  function script(id, matches, js) {
    return Object.assign({ id, matches, js }, DEFAULTS);
  }

  // Files in load order: shared helpers first (they fill the Rebound namespace), main.js last.
  /** The automatic panel's scripts, as chrome.scripting.registerContentScripts takes them. */
  const SCRIPTS = Object.freeze([
    script('rebound-gmail', ['https://mail.google.com/*'], [
      'shared/visible-text.js',
      'sites/gmail/parse.js',
      'shared/messaging.js',
      'shared/fields.js',
      'panel/panel-css.js',
      'panel/panel.js',
      'panel/views.js',
      'sites/view-watcher.js',
      'sites/reply-box.js',
      'sites/gmail/reply.js',
      'sites/gmail/main.js',
    ]),
    script('rebound-outlook', OUTLOOK_MATCHES, [
      'shared/visible-text.js',
      'sites/outlook/parse.js',
      'shared/messaging.js',
      'shared/fields.js',
      'panel/panel-css.js',
      'panel/panel.js',
      'panel/views.js',
      'sites/view-watcher.js',
      'sites/reply-box.js',
      'sites/outlook/reply.js',
      'sites/outlook/main.js',
    ]),
    // LinkedIn is a single-page app: the script runs on every page and gates on the path itself.
    script('rebound-linkedin', ['https://www.linkedin.com/*'], [
      'shared/visible-text.js',
      'sites/linkedin/parse.js',
      'shared/messaging.js',
      'shared/fields.js',
      'panel/panel-css.js',
      'panel/panel.js',
      'panel/views.js',
      'sites/view-watcher.js',
      'sites/linkedin/note.js',
      'sites/linkedin/main.js',
    ]),
  ]);

  /** The scripts that should be registered in `mode` ('auto' or 'click'). */
  function wantedFor(mode) {
    return mode === 'auto' ? SCRIPTS : [];
  }

  function sameList(a, b) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => x === b[i]);
  }

  function sameRegistration(wanted, registered) {
    // Match patterns are a set; the files are an ordered list (later files use earlier ones).
    if (!sameList([...wanted.matches].sort(), [...(registered.matches || [])].sort())) return false;
    if (!sameList(wanted.js, registered.js)) return false;
    return Object.keys(DEFAULTS).every((key) => wanted[key] === (registered[key] ?? DEFAULTS[key]));
  }

  /**
   * What to change so that `registered` (as getRegisteredContentScripts returns it) becomes
   * `wanted`: {register: [script], update: [script], unregister: [id]}. Ids registered but not
   * wanted go, including ones left by an earlier version of the extension.
   */
  function plan(wanted, registered) {
    const byId = new Map(registered.map((entry) => [entry.id, entry]));
    const wantedIds = new Set(wanted.map((entry) => entry.id));
    return {
      register: wanted.filter((entry) => !byId.has(entry.id)),
      update: wanted.filter((entry) => byId.has(entry.id) && !sameRegistration(entry, byId.get(entry.id))),
      unregister: registered.map((entry) => entry.id).filter((id) => !wantedIds.has(id)),
    };
  }

  async function apply() {
    const { mode } = await Rebound.settings.load();
    const registered = await chrome.scripting.getRegisteredContentScripts();
    const changes = plan(wantedFor(mode), registered);
    if (changes.unregister.length) {
      await chrome.scripting.unregisterContentScripts({ ids: changes.unregister });
    }
    if (changes.update.length) await chrome.scripting.updateContentScripts(changes.update);
    if (changes.register.length) await chrome.scripting.registerContentScripts(changes.register);
    return changes;
  }

  // One sync at a time within this worker: two events arriving together (install and a
  // settings write) must not both see "not registered" and both register the same id.
  let queue = Promise.resolve();

  /** Bring the registrations in line with the stored mode; resolves to the changes or null. */
  function sync() {
    const run = () =>
      apply().catch((err) => {
        console.error('Rebound: could not update the content scripts:', err);
        return null;
      });
    queue = queue.then(run, run);
    return queue;
  }

  // Understood by sites/view-watcher.js: stop watching and close the panel.
  const STOP_MESSAGE = 'stopReading';

  /**
   * Tell the panel scripts already running in open tabs to stop: unregistering only keeps them
   * out of pages loaded from now on. Tabs are found through the host access the scripts needed.
   */
  async function stopOpenPages() {
    const tabs = await chrome.tabs.query({ url: SCRIPTS.flatMap((entry) => entry.matches) });
    await Promise.all(
      tabs.map((tab) =>
        // A tab loaded before the extension, or in click mode, has no listener: nothing to stop.
        chrome.tabs.sendMessage(tab.id, { type: STOP_MESSAGE }).catch(() => null),
      ),
    );
    return tabs.length;
  }

  Rebound.contentScripts = { SCRIPTS, wantedFor, plan, sync, stopOpenPages };
})(globalThis);
