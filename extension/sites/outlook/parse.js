// Reads the open message of Outlook on the web (outlook.live.com, outlook.office.com,
// outlook.office365.com, outlook.cloud.microsoft). Pure: (document, url) in, plain fields out.
// Outlook's class names are build hashes, so only ids, data-* and ARIA are used here
// (see shared/dom-notes.md, section 2).
(function (root) {
  'use strict';

  const ns = (root.Rebound ||= {});
  const text =
    ns.text || (typeof require === 'function' && require('../../shared/visible-text.js'));

  // The pane that shows the open conversation or message, tried in order.
  const READING_PANE = [
    '[data-app-section="ConversationContainer"]', // conversation view (default since 2023)
    '#ConversationReadingPaneContainer', // its outer container, if the section key changes
    'div[role="main"][data-app-section="MailReadCompose"]', // message opened on its own
    '#ReadingPaneContainerId', // older reading pane
  ];

  const MAIL_LIST = '#MailList'; // the message list: present on every mail view
  const SELECTED_CONVERSATION = '#MailList [aria-selected="true"][data-convid]';

  // One message body; a conversation holds several (UniqueMessageBody_1, _2, …).
  const BODY = [
    'div[id^="UniqueMessageBody"]', // every rendered message body
    'div[role="document"] .allowTextSelection', // the body wrapper, if the id changes
  ];

  // The expand/collapse holder of one message in a conversation.
  const MESSAGE_ITEM = '[aria-expanded]';
  // An open compose box: a draft reply, never a message to read.
  const EDITOR = '[contenteditable="true"]';

  // The subject of the open conversation.
  const SUBJECT = [
    '[role="heading"][id$="_SUBJECT"]', // CONV_<id>_SUBJECT
    'div[role="heading"][aria-level="2"]', // the pane's heading, if the id changes
  ];

  // "From:" as Outlook labels the sender, per interface language.
  const FROM_LABELS = [
    'From', 'Von', 'De', 'Da', 'Van', 'Od', 'Från', 'Fra', 'Lähettäjä', 'От', 'Kimden',
  ];
  const SENDER = [
    '[id^="MSG_"][id$="_FROM"]', // message header: the sender's persona
    ...FROM_LABELS.flatMap((label) => [
      `span[aria-label^="${label}:"]`,
      `span[aria-label^="${label} :"]`, // French puts a space before the colon
    ]),
  ];
  const FROM_PREFIX = new RegExp(`^\\s*(?:${FROM_LABELS.join('|')})\\s?:\\s*`, 'i');
  const ADDRESS = /[^\s<>"'(),;:]+@[^\s<>"'(),;:]+\.[a-z]{2,}/i;

  const STRUCTURE_PROBES = {
    mailList: MAIL_LIST,
    selected: SELECTED_CONVERSATION,
    conversation: READING_PANE[0],
    conversationPane: READING_PANE[1],
    readCompose: READING_PANE[2],
    readingPaneId: READING_PANE[3],
    bodies: BODY[0],
    items: MESSAGE_ITEM,
    collapsed: '[aria-expanded="false"]',
    editors: EDITOR,
    subject: SUBJECT.join(','),
    senderById: SENDER[0],
    senderByLabel: 'span[aria-label*=":"]',
  };

  function failure(error, reason, doc) {
    return { error, reason, structure: text.describeStructure(doc, STRUCTURE_PROBES) };
  }

  function findPane(doc) {
    return text.firstMatch(doc, READING_PANE, text.isShown);
  }

  function bodiesIn(pane) {
    for (const selector of BODY) {
      const found = [...pane.querySelectorAll(selector)].filter(text.isShown);
      if (found.length) return found;
    }
    return [];
  }

  function itemOf(body, pane) {
    const item = body.closest(MESSAGE_ITEM);
    return item && pane.contains(item) ? item : null;
  }

  function isDraft(body, pane) {
    if (body.closest(EDITOR) || body.querySelector(EDITOR)) return true;
    const item = itemOf(body, pane);
    return Boolean(item && item.querySelector(EDITOR));
  }

  function isExpanded(body, pane) {
    const item = itemOf(body, pane);
    return !item || item.getAttribute('aria-expanded') !== 'false';
  }

  // The header of the message a body belongs to: the nearest ancestor that also has a sender.
  // Bounded by the message's own item so another message's sender is never taken.
  function findSender(body, pane) {
    const boundary = itemOf(body, pane) || pane;
    for (let scope = body.parentElement; scope; scope = scope.parentElement) {
      const sender = text.firstMatch(scope, SENDER, (el) => !body.contains(el));
      if (sender) return sender;
      if (scope === boundary) break;
    }
    return null;
  }

  /** Split "Name <addr>", "addr" or a bare name (same-organisation senders) into parts. */
  function parseSender(raw) {
    const value = (raw || '').replace(FROM_PREFIX, '').replace(/\s+/g, ' ').trim();
    const bracketed = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>$/.exec(value);
    if (bracketed) return { name: unquote(bracketed[1]), email: bracketed[2].toLowerCase() };
    if (ADDRESS.test(value) && ADDRESS.exec(value)[0] === value) {
      return { name: '', email: value.toLowerCase() };
    }
    return { name: unquote(value), email: null };
  }

  function unquote(name) {
    return name.replace(/^["']|["']$/g, '').trim();
  }

  // A hover title sometimes carries the address when the header shows only the name.
  function addressFromTitles(el) {
    for (const node of [el, ...el.querySelectorAll('[title]')]) {
      const match = ADDRESS.exec(node.getAttribute('title') || '');
      if (match) return match[0].toLowerCase();
    }
    return null;
  }

  function readSender(el) {
    const fromText = parseSender(text.lineText(el));
    const fromLabel = parseSender(el.getAttribute('aria-label'));
    const name = fromText.name || fromLabel.name;
    const email = fromText.email || fromLabel.email || addressFromTitles(el);
    return { name: name && name !== email ? name : '', email };
  }

  function itemIdFromUrl(url) {
    const match = /\/mail\/(?:\d+\/)?(?:[^?#]*\/)?id\/([^/?#]+)/.exec(new URL(url).pathname);
    if (!match) return null;
    try {
      return decodeURIComponent(match[1]);
    } catch {
      return match[1];
    }
  }

  function messageIdOf(url, sender, doc, body) {
    const fromUrl = itemIdFromUrl(url);
    if (fromUrl) return fromUrl;
    const persona = /^MSG_(.+)_FROM$/.exec((sender && sender.id) || '');
    if (persona) return persona[1];
    const selected = doc.querySelector(SELECTED_CONVERSATION);
    return selected ? `${selected.getAttribute('data-convid')}#${body.id || 'body'}` : null;
  }

  /** Read the open Outlook message: subject, sender, ids and text without quotes or drafts. */
  function parse(doc, url) {
    const pane = findPane(doc);
    if (!pane) {
      return doc.querySelector(MAIL_LIST)
        ? failure('no-message', 'no-reading-pane', doc)
        : failure('loading', 'no-mail-view', doc);
    }
    const subjectEl = text.firstMatch(pane, SUBJECT) || text.firstMatch(doc, SUBJECT[0]);
    const bodies = bodiesIn(pane);
    if (!bodies.length) {
      // A subject without a body is a message still rendering; neither is an empty pane.
      if (subjectEl) return failure('loading', 'no-body-yet', doc);
      return failure('no-message', 'empty', doc);
    }
    const readable = bodies.filter((b) => !isDraft(b, pane) && isExpanded(b, pane));
    if (!readable.length) return failure('no-message', 'only-drafts-or-collapsed', doc);
    const body = readable[readable.length - 1];

    if (!subjectEl) return failure('unreadable', 'subject', doc);
    const senderEl = findSender(body, pane);
    if (!senderEl) return failure('unreadable', 'sender', doc);
    const sender = readSender(senderEl);
    if (!sender.name && !sender.email) return failure('unreadable', 'sender', doc);

    const selected = doc.querySelector(SELECTED_CONVERSATION);
    return {
      site: 'outlook',
      layout: READING_PANE.find((selector) => pane.matches(selector)),
      messageId: messageIdOf(url, senderEl, doc, body),
      conversationId: selected ? selected.getAttribute('data-convid') : null,
      subject: text.lineText(subjectEl),
      senderName: sender.name,
      senderEmail: sender.email,
      text: text.visibleText(body, { stripQuotes: true }),
      messageCount: bodies.length,
    };
  }

  const api = { parse, parseSender, SELECTORS: { READING_PANE, BODY, SUBJECT, SENDER } };
  ns.outlook = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
