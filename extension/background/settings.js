// Extension settings kept in chrome.storage.local (never sync: the token must stay on this device).
// Loaded by the service worker and by the extension's own pages; content scripts cannot read
// storage once the worker has restricted it to trusted contexts.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const SETTINGS_VERSION = 1;
  const DEFAULT_API_URL = 'http://127.0.0.1:5000';
  const MODES = ['auto', 'click'];

  /** Defaults for every setting; a fresh object each call so callers can mutate it. */
  function defaults() {
    return { version: SETTINGS_VERSION, apiUrl: DEFAULT_API_URL, token: '', mode: 'auto' };
  }

  /** Bring a stored settings object of any earlier version up to the current shape. */
  function migrate(stored) {
    const settings = Object.assign(defaults(), stored || {});
    if (!MODES.includes(settings.mode)) settings.mode = 'auto';
    settings.apiUrl = normaliseApiUrl(settings.apiUrl) || DEFAULT_API_URL;
    settings.version = SETTINGS_VERSION;
    return settings;
  }

  /** The API origin plus optional path prefix, without a trailing slash, or '' when invalid. */
  function normaliseApiUrl(value) {
    let url;
    try {
      url = new URL(String(value || '').trim());
    } catch {
      return '';
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return '';
    if (url.username || url.password) return '';
    return (url.origin + url.pathname).replace(/\/+$/, '');
  }

  /** The origin pattern that chrome.permissions needs for this API address. */
  function originPattern(apiUrl) {
    return new URL(apiUrl).origin + '/*';
  }

  async function load() {
    const { settings } = await chrome.storage.local.get('settings');
    return migrate(settings);
  }

  async function save(patch) {
    const next = migrate(Object.assign(await load(), patch));
    await chrome.storage.local.set({ settings: next });
    return next;
  }

  Rebound.settings = {
    DEFAULT_API_URL,
    MODES,
    defaults,
    migrate,
    normaliseApiUrl,
    originPattern,
    load,
    save,
  };
})(globalThis);
