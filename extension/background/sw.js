// Rebound's background service worker: the only part of the extension that calls the API.
// Listeners are registered at top level so a worker woken by a message finds them at once, and
// no state lives in globals: the browser may stop this worker between any two messages.
if (typeof importScripts === 'function') {
  importScripts(
    'settings.js',
    'api-client.js',
    'compatibility.js',
    'hidden-views.js',
    'handlers.js',
    'content-scripts.js',
  );
}

// Keep the token away from content scripts where the browser allows it (Chromium); Firefox only
// supports access levels on storage.session.
if (chrome.storage.local.setAccessLevel) {
  chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => {});
}

chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  globalThis.Rebound.dispatch(message, sender).then(sendResponse);
  return true; // the answer comes asynchronously
});

// The automatic panel's scripts are registered only in automatic mode. Registrations persist
// across sessions; syncing again on install, update and start-up repairs any that an update or
// a profile copy left out of step.
chrome.runtime.onInstalled.addListener(async ({ reason }) => {
  await globalThis.Rebound.contentScripts.sync();
  // Opened after the sync so that the panel is ready by the time the user reads the page.
  if (reason === 'install') chrome.runtime.openOptionsPage();
});

chrome.runtime.onStartup.addListener(() => {
  globalThis.Rebound.contentScripts.sync();
});

chrome.storage.onChanged.addListener((changes, area) => {
  const change = area === 'local' && changes.settings;
  if (!change) return;
  const { settings, contentScripts } = globalThis.Rebound;
  const mode = settings.migrate(change.newValue).mode;
  if (settings.migrate(change.oldValue).mode === mode) return;
  contentScripts
    .sync()
    .then(() => (mode === 'click' ? contentScripts.stopOpenPages() : 0))
    .catch((err) => console.error('Rebound: could not stop the open panels:', err));
});
