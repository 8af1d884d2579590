// Reads the open message of a Gmail page. Pure: (document, url) in, plain fields out.
// Selectors come from what has survived Gmail's rewrites (see shared/dom-notes.md, section 1):
// the email/name attributes and data-*message-id are stable; short class names are tried
// only where nothing stable exists, and each has a structural fallback.
(function (root) {
  'use strict';

  const ns = (root.Rebound ||= {});
  const text =
    ns.text || (typeof require === 'function' && require('../../shared/visible-text.js'));

  // Every Gmail view (inbox list, thread, settings) renders inside this landmark.
  const MAIN = '[role="main"]';

  // Containers of an open conversation, tried in order.
  const THREAD_ROOTS = [
    '.a98.iY', // full-page conversation view (since the Nov 2023 rewrite)
    '.ao9', // conversation in the reading pane (split view)
    '.aia', // reading pane container, when the inner class changed
  ];

  // One message of the open conversation, collapsed or expanded.
  const MESSAGE = [
    'div.adn[data-message-id]', // thread view: every message, including a reply just sent
    '[data-message-id]', // structure fallback: any element carrying the message id
    '[data-legacy-message-id]', // older markup: only the hex id
  ];

  const EXPANDED = '.h7'; // message state: expanded, body rendered
  const EDITOR = '[contenteditable="true"]'; // an open compose box (draft) inside the thread
  const NOT_EXPANDED = '.kv, .ky, .kQ, .kx'; // message state: collapsed (snippet only) or hidden

  // Subject of the open conversation; emoji inside it are img[data-emoji].
  const SUBJECT = [
    'h2.hP', // thread header, both layouts
    '.ha h2', // thread header when the h2 lost its class
    'h2[data-thread-perm-id]', // only the visible thread's heading carries its id
    'h2[data-legacy-thread-id]',
  ];

  // The sender of one message: the attributes are the stable part.
  const SENDER = [
    'span.gD[email]', // message header, expanded message
    'td.gF span[email]', // header cell, when the span lost its class
    '.gE [email]', // header row
  ];
  // Recipients also carry [email]; they sit in these containers, never the sender.
  const RECIPIENTS = '.hb, .g2, .ajB, .ajC';

  const DATE = ['span.g3[title]', '.gK [title]']; // message header: the title holds the full date

  // The message body; quoted history inside it is removed by the text walker.
  const BODY = [
    'div.ii.gt div.a3s', // body of an expanded message
    'div.a3s', // body when the wrapper changed
    'div.ii.gt', // wrapper only
  ];

  const STRUCTURE_PROBES = {
    main: MAIN,
    threadFull: '.a98.iY',
    threadPane: '.ao9',
    paneContainer: '.aia',
    messages: '[data-message-id]',
    expanded: '.adn.h7',
    collapsed: '.adn.kv',
    subject: 'h2.hP',
    sender: 'span[email]',
    body: 'div.a3s',
    listRows: 'tr.zA',
  };

  function failure(error, reason, doc) {
    return { error, reason, structure: text.describeStructure(doc, STRUCTURE_PROBES) };
  }

  function shownMessages(scope) {
    for (const selector of MESSAGE) {
      const found = [...scope.querySelectorAll(selector)].filter(text.isShown);
      // An outer [data-message-id] can contain an inner one; keep the outermost.
      const outer = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
      if (outer.length) return outer;
    }
    return [];
  }

  // The open conversation: the first shown thread container that holds messages.
  function findThread(main) {
    for (const selector of THREAD_ROOTS) {
      for (const candidate of main.querySelectorAll(selector)) {
        if (!text.isShown(candidate)) continue;
        const messages = shownMessages(candidate);
        if (messages.length) return { root: candidate, messages, layout: layoutOf(candidate) };
      }
    }
    const messages = shownMessages(main);
    return messages.length ? { root: main, messages, layout: 'unknown' } : null;
  }

  // The reading pane wraps the conversation in its own container; full-page view does not.
  function layoutOf(threadRoot) {
    return threadRoot.closest('.aia, .ao9') ? 'reading-pane' : 'thread';
  }

  function bodyOf(message) {
    return text.firstMatch(message, BODY, text.isShown);
  }

  // The state class sits on the message or on its list-item wrapper inside the thread.
  function isExpanded(message, threadRoot) {
    const state = message.closest(`${EXPANDED}, ${NOT_EXPANDED}`);
    if (state && threadRoot.contains(state)) return state.matches(EXPANDED);
    return Boolean(bodyOf(message)); // structure fallback: only an expanded message has a body
  }

  // Walk up from the thread until a container also holds the subject heading.
  function findSubject(threadRoot, main) {
    for (let scope = threadRoot; scope; scope = scope.parentElement) {
      const heading = text.firstMatch(scope, SUBJECT, text.isShown);
      if (heading) return heading;
      if (scope === main) break;
    }
    return null;
  }

  function findSender(message) {
    const notRecipient = (el) => !el.closest(RECIPIENTS);
    // Structure fallback: the first address in the message that is not a recipient.
    return text.firstMatch(message, [...SENDER, '[email]'], notRecipient);
  }

  function dropLeadingHash(id) {
    return id ? id.replace(/^#/, '') : null;
  }

  /** Read the open Gmail message: subject, sender, date, ids and text without quotes. */
  // The URL is not needed: the reading pane can show a thread while the hash says #inbox.
  function parse(doc, _url) {
    const main = doc.querySelector(MAIN);
    if (!main) return failure('loading', 'no-main', doc);
    const thread = findThread(main);
    if (!thread) return failure('no-message', 'no-thread', doc);
    // A draft being written is expanded too, but has an editor and no rendered body.
    const isDraft = (m) => !bodyOf(m) && Boolean(m.querySelector(EDITOR));
    const expanded = thread.messages.filter((m) => isExpanded(m, thread.root) && !isDraft(m));
    if (!expanded.length) return failure('loading', 'nothing-expanded', doc);
    const message = expanded[expanded.length - 1];

    const subjectEl = findSubject(thread.root, main);
    if (!subjectEl) return failure('unreadable', 'subject', doc);
    const senderEl = findSender(message);
    const senderEmail = senderEl ? (senderEl.getAttribute('email') || '').trim().toLowerCase() : '';
    if (!senderEmail) return failure('unreadable', 'sender', doc);
    const body = bodyOf(message);
    if (!body) return failure('unreadable', 'body', doc);

    const dateEl = text.firstMatch(message, DATE);
    const legacyId = message.getAttribute('data-legacy-message-id');
    return {
      site: 'gmail',
      layout: thread.layout,
      messageId: dropLeadingHash(message.getAttribute('data-message-id')) || legacyId,
      legacyMessageId: legacyId || null,
      threadId:
        subjectEl.getAttribute('data-thread-perm-id') ||
        subjectEl.getAttribute('data-legacy-thread-id') ||
        null,
      subject: text.lineText(subjectEl),
      senderName: (senderEl.getAttribute('name') || text.lineText(senderEl)).trim(),
      senderEmail,
      dateText: dateEl ? dateEl.getAttribute('title') : null,
      text: text.visibleText(body, { stripQuotes: true }),
      messageCount: thread.messages.length,
    };
  }

  const api = { parse, SELECTORS: { MAIN, THREAD_ROOTS, MESSAGE, SUBJECT, SENDER, BODY, DATE } };
  ns.gmail = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
