// Outlook on the web: read the open message when it changes and show the panel for a rejection.
// Outlook changes the URL with pushState (no hashchange); the Navigation API reports that, and
// the observer covers the reading pane rendering after the URL has already changed.
(function (root) {
  'use strict';
  const Rebound = root.Rebound;

  /** The reading pane when a message is open; until then the watcher waits for it. */
  function container() {
    for (const selector of Rebound.outlookReply.READING_PANE.slice(0, -1)) {
      const found = document.querySelector(selector);
      if (found) return found;
    }
    return null;
  }

  function read() {
    const parsed = Rebound.outlook.parse(document, location.href);
    if (!parsed.error) {
      const fields = Rebound.fields.email(parsed);
      return { key: 'outlook:' + (fields.message_id || parsed.conversationId || location.pathname), kind: 'email', fields };
    }
    if (parsed.error !== 'unreadable') return null;
    return { key: 'outlook:unreadable:' + location.pathname, kind: 'email', unreadable: parsed };
  }

  /** What decides which message is open: the URL, the bodies and which items are expanded. */
  function quickKey() {
    const pane = container();
    if (!pane) return location.pathname;
    const bodies = pane.querySelectorAll('div[id^="UniqueMessageBody"]').length;
    const expanded = pane.querySelectorAll('[aria-expanded="true"]').length;
    const editors = pane.querySelectorAll('[contenteditable="true"]').length;
    return [location.pathname, bodies, expanded, editors].join('|');
  }

  Rebound.watchViews({
    name: 'outlook',
    quickKey,
    container,
    observe: { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-expanded'] },
    read,
    insertText: (text) => Rebound.outlookReply.fill(text),
  });
})(globalThis);
