// Gmail: read the open message when it changes and show the panel for a rejection.
(function (root) {
  'use strict';
  const Rebound = root.Rebound;

  // Messages appear, expand and change inside the main landmark; nothing outside it matters.
  const CONTAINER = '[role="main"]';

  /** The view for the page as it is now: an email, an unreadable message, or nothing open. */
  function read() {
    const parsed = Rebound.gmail.parse(document, location.href);
    if (!parsed.error) {
      const fields = Rebound.fields.email(parsed);
      return { key: 'gmail:' + (fields.message_id || parsed.threadId || location.hash), kind: 'email', fields };
    }
    // Inbox lists and half-rendered threads are not errors the user needs to hear about.
    if (parsed.error !== 'unreadable') return null;
    return { key: 'gmail:unreadable:' + location.hash, kind: 'email', unreadable: parsed };
  }

  /** What decides which message is open: the hash, the messages and how many are expanded. */
  function quickKey() {
    const main = document.querySelector(CONTAINER);
    if (!main) return location.hash;
    const messages = main.querySelectorAll('[data-message-id]');
    const last = messages.length ? messages[messages.length - 1].getAttribute('data-message-id') : '';
    return [location.hash, messages.length, main.querySelectorAll('.h7, .a3s').length, last].join('|');
  }

  Rebound.watchViews({
    name: 'gmail',
    quickKey,
    container: () => document.querySelector(CONTAINER),
    observe: { childList: true, subtree: true },
    read,
    insertText: (text) => Rebound.gmailReply.fill(text),
  });
})(globalThis);
