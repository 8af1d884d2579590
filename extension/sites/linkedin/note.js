// LinkedIn's "Add a note" box of a connection invitation. Filled only when the user has opened
// it; otherwise the note is copied. A note longer than the box allows is refused, never cut.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  // The invitation dialog's note field, by name and id, then any textarea in an open dialog.
  const NOTE_BOXES = [
    '[role="dialog"] textarea[name="message"]',
    '[role="dialog"] textarea#custom-message',
    'textarea#custom-message',
    '[role="dialog"] textarea',
  ];

  function noteBox() {
    for (const selector of NOTE_BOXES) {
      const found = [...document.querySelectorAll(selector)].find((el) => el.getClientRects().length);
      if (found) return found;
    }
    return null;
  }

  /** Put `text` in the open note box, or copy it; resolves to {ok, message}. */
  async function fill(text) {
    const box = noteBox();
    if (!box) {
      const copied = await Rebound.ui.copyText(text);
      return {
        ok: false,
        message: 'Press Connect, then "Add a note"' + (copied ? ' and paste: the note is on your clipboard.' : '.'),
      };
    }
    const limit = Number(box.getAttribute('maxlength')) || 0;
    if (limit && text.length > limit) {
      return { ok: false, message: `This note is ${text.length} characters; the box takes ${limit}. Pick a shorter one.` };
    }
    if (box.value.trim()) {
      await Rebound.ui.copyText(text);
      return { ok: false, message: 'The note box already has text, so it was left as is. The note is on your clipboard.' };
    }
    // Set through the prototype's setter so the page's framework sees the change.
    const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set;
    setter.call(box, text);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.dispatchEvent(new Event('change', { bubbles: true }));
    box.focus();
    return { ok: true, message: 'Filled. Read it over, then send the invitation yourself.' };
  }

  Rebound.linkedinNote = { fill, noteBox };
})(globalThis);
