// Gmail's reply box and Reply button, for "Insert into reply". Attributes first: g_editable
// marks Gmail's compose editor; the button is found by its accessible name (English only, so
// other languages fall back to copying).
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const MAIN = '[role="main"]';
  // An inline reply or forward that is open in the conversation.
  const EDITORS = [
    'div[contenteditable="true"][g_editable="true"]',
    'div[contenteditable="true"][role="textbox"]',
  ];
  // The "Reply" button of the open message (header icon or the one under the message).
  const REPLY_BUTTONS = [
    '[role="button"][aria-label="Reply"]',
    '[role="button"][data-tooltip="Reply"]',
    '[role="link"][aria-label="Reply"]',
  ];

  function lastShown(scope, selectors) {
    for (const selector of selectors) {
      const found = [...scope.querySelectorAll(selector)].filter((el) => el.getClientRects().length);
      if (found.length) return found[found.length - 1];
    }
    return null;
  }

  function scope() {
    return document.querySelector(MAIN) || document.body;
  }

  /** Fill Gmail's reply box with `text`; resolves to {ok, message}. */
  function fill(text) {
    return Rebound.replyBox.fill(
      {
        scope,
        editor: () => lastShown(scope(), EDITORS),
        replyButton: () => lastShown(scope(), REPLY_BUTTONS),
      },
      text,
    );
  }

  Rebound.gmailReply = { fill };
})(globalThis);
