// Rebound's background service worker: the only part of the extension that calls the API.
// Listeners are registered at top level so a worker woken by a message finds them at once, and
// no state lives in globals: the browser may stop this worker between any two messages.
if (typeof importScripts === 'function') {
  importScripts('settings.js', 'api-client.js', 'compatibility.js', 'hidden-views.js', 'handlers.js');
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

chrome.runtime.onInstalled.addListener(({ reason }) => {
  if (reason === 'install') chrome.runtime.openOptionsPage();
});
