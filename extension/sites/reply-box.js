// Filling a webmail reply box with a draft. The user presses send, never this code. If no reply
// box is open, the one click allowed is on the site's own "Reply" button; a box that already
// holds the user's words is left alone and the draft is copied instead.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const OPEN_WAIT_MS = 3000;

  function shown(el) {
    return Boolean(el && el.isConnected && el.getClientRects().length);
  }

  /** The user's own text in an editor, leaving out quoted history the client keeps inside it. */
  function ownText(editor) {
    const copy = editor.cloneNode(true);
    for (const quote of copy.querySelectorAll('.gmail_quote, blockquote, [id*="divRplyFwdMsg"], [id*="appendonsend"], .gmail_signature')) {
      quote.remove();
    }
    return (copy.textContent || '').replace(/\s+/g, '');
  }

  /** Resolve with find() once it returns an element, or null after `ms`; a MutationObserver, not a timer loop. */
  function waitFor(find, scope, ms) {
    const now = find();
    if (now) return Promise.resolve(now);
    return new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        const found = find();
        if (found) finish(found);
      });
      const timer = setTimeout(() => finish(null), ms);
      function finish(value) {
        observer.disconnect();
        clearTimeout(timer);
        resolve(value);
      }
      observer.observe(scope, { childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable', 'style', 'class'] });
    });
  }

  function writeLines(editor, text) {
    editor.focus();
    const selection = editor.ownerDocument.getSelection();
    const range = editor.ownerDocument.createRange();
    range.setStart(editor, 0);
    range.collapse(true);
    selection.removeAllRanges();
    selection.addRange(range);
    // insertText goes through the editor's own input handling (and its undo stack).
    let inserted = false;
    try {
      inserted = editor.ownerDocument.execCommand('insertText', false, text);
    } catch {
      inserted = false;
    }
    if (inserted && (editor.textContent || '').includes(text.split('\n')[0])) return;
    const lines = text.split('\n').map((line) => {
      const div = editor.ownerDocument.createElement('div');
      if (line) div.textContent = line;
      else div.append(editor.ownerDocument.createElement('br'));
      return div;
    });
    editor.prepend(...lines);
    editor.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }

  async function copyInstead(reason, text) {
    const copied = await Rebound.ui.copyText(text);
    return { ok: false, message: reason + (copied ? ' The draft is on your clipboard.' : '') };
  }

  /**
   * Put `text` into the reply box. `site` = {editor(): Element|null, replyButton(): Element|null,
   * scope(): Element}. Resolves to {ok, message}.
   */
  async function fill(site, text) {
    let editor = site.editor();
    if (!shown(editor)) {
      const button = site.replyButton();
      if (!shown(button)) return copyInstead('Open the reply box, then press Insert again.', text);
      button.click();
      editor = await waitFor(() => {
        const found = site.editor();
        return shown(found) ? found : null;
      }, site.scope() || document.body, OPEN_WAIT_MS);
      if (!editor) return copyInstead('The reply box did not open.', text);
    }
    if (ownText(editor)) return copyInstead('The reply box already has your text, so it was left as is.', text);
    writeLines(editor, text);
    return { ok: true, message: 'Inserted. Read it over, then send it yourself.' };
  }

  Rebound.replyBox = { fill, waitFor };
})(globalThis);
