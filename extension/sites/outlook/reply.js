// Outlook on the web's reply box and Reply button, for "Insert into reply". The editor is a
// contenteditable textbox inside the reading pane; the button is found by its accessible name
// (English only, so other languages fall back to copying).
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const READING_PANE = [
    '[data-app-section="ConversationContainer"]',
    '#ConversationReadingPaneContainer',
    'div[role="main"][data-app-section="MailReadCompose"]',
    '#ReadingPaneContainerId',
    '[role="main"]',
  ];
  const EDITORS = ['div[contenteditable="true"][role="textbox"]', 'div[contenteditable="true"]'];
  const REPLY_BUTTONS = ['button[aria-label="Reply"]', '[role="button"][aria-label="Reply"]', 'button[title="Reply"]'];

  function scope() {
    for (const selector of READING_PANE) {
      const found = document.querySelector(selector);
      if (found) return found;
    }
    return document.body;
  }

  function lastShown(container, selectors) {
    for (const selector of selectors) {
      const found = [...container.querySelectorAll(selector)].filter((el) => el.getClientRects().length);
      if (found.length) return found[found.length - 1];
    }
    return null;
  }

  /** Fill Outlook's reply box with `text`; resolves to {ok, message}. */
  function fill(text) {
    return Rebound.replyBox.fill(
      {
        scope,
        // The compose box may open beside the pane, so look in the whole document.
        editor: () => lastShown(document, EDITORS),
        replyButton: () => lastShown(scope(), REPLY_BUTTONS),
      },
      text,
    );
  }

  Rebound.outlookReply = { fill, READING_PANE };
})(globalThis);
