// Asking the background worker for something, from a content script, the popup or a page.
// The worker may be asleep or freshly restarted; one retry covers the moment it is starting.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const RELOADED = {
    ok: false,
    error: { kind: 'reloaded', message: 'Rebound was updated: reload this page to use it.' },
  };

  async function sendOnce(type, payload) {
    const answer = await chrome.runtime.sendMessage({ type, payload });
    if (!answer || typeof answer !== 'object') throw new Error('empty answer');
    return answer;
  }

  /** Send `type` with `payload` to the worker; always resolves to {ok, data} or {ok:false, error}. */
  async function send(type, payload) {
    if (!chrome.runtime || !chrome.runtime.id) return RELOADED;
    try {
      return await sendOnce(type, payload);
    } catch (first) {
      if (/context invalidated/i.test(String(first && first.message))) return RELOADED;
      try {
        return await sendOnce(type, payload);
      } catch (second) {
        return {
          ok: false,
          error: { kind: 'worker', message: 'Rebound could not answer: ' + String(second.message || second) },
        };
      }
    }
  }

  Rebound.send = send;
})(globalThis);
