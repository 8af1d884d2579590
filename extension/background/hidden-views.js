// Panels the user dismissed (for good) or snoozed (until a time), keyed per message or profile,
// e.g. "gmail:msg-f:123" or "linkedin:in/jane-doe". Stored locally; never sent to the API.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const FOREVER = 'forever';
  const MAX_ENTRIES = 2000;

  async function readAll() {
    const { hiddenViews } = await chrome.storage.local.get('hiddenViews');
    return hiddenViews && typeof hiddenViews === 'object' ? hiddenViews : {};
  }

  /** Whether the panel for `key` should stay hidden at time `now` (ms). */
  async function isHidden(key, now) {
    const until = (await readAll())[key];
    if (until === undefined) return false;
    return until === FOREVER || until > now;
  }

  /** Hide the panel for `key` until `until` (ms since the epoch) or for good when null. */
  async function hide(key, until, now) {
    const all = await readAll();
    for (const [name, value] of Object.entries(all)) {
      if (value !== FOREVER && value <= now) delete all[name];
    }
    all[key] = until === null ? FOREVER : until;
    const names = Object.keys(all);
    // Oldest entries go first once the list is long: insertion order is kept by objects.
    for (const name of names.slice(0, Math.max(0, names.length - MAX_ENTRIES))) delete all[name];
    await chrome.storage.local.set({ hiddenViews: all });
  }

  async function unhide(key) {
    const all = await readAll();
    delete all[key];
    await chrome.storage.local.set({ hiddenViews: all });
  }

  Rebound.hiddenViews = { isHidden, hide, unhide };
})(globalThis);
