// Invented E2E fixture (Rebound): renders fictional Outlook conversations from the URL.
'use strict';

const ITEMS = {
  AAMkRejectFernhill: {
    conv: 'AAQkFernhill0001',
    subject: 'Your application to Fernhill Analytics',
    from: 'Priya Raman <priya.raman@fernhill-analytics.example>',
    paragraphs: [
      'Hi Jordan,',
      'Thank you for meeting the team about the Senior Data Engineer position and for the careful take-home.',
      'We have decided to move forward with another candidate whose background is closer to our current needs.',
      'It was a pleasure getting to know you, and we would be glad to stay in touch.',
      'Best regards,\nPriya Raman\nTalent Partner | Fernhill Analytics',
    ],
  },
  AAMkInviteOrchard: {
    conv: 'AAQkOrchard0002',
    subject: 'Scheduling your onsite interview at Orchard Systems',
    from: 'Malik Osei <malik.osei@orchard-systems.example>',
    paragraphs: [
      'Hi Jordan,',
      'Thanks for the technical conversation last week. The team would like to invite you to an onsite interview for the Platform Engineer role.',
      'Please send me a few times that suit you next week.',
      'Best,\nMalik Osei\nRecruiter | Orchard Systems',
    ],
  },
};

window.__rebound_e2e = { sent: 0 };
const list = document.querySelector('#MailList [role="listbox"]');
const pane = document.getElementById('ConversationReadingPaneContainer');

function node(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, value);
  for (const child of children) el.append(child);
  return el;
}

function itemIdOf(path) {
  const match = /\/mail\/(?:0\/)?inbox\/id\/([^/]+)/.exec(path);
  return match && ITEMS[match[1]] ? match[1] : null;
}

function conversation(id) {
  const item = ITEMS[id];
  const reply = node('button', { type: 'button', 'aria-label': 'Reply' }, 'Reply');
  const message = node('div', { 'aria-expanded': 'true', class: 'Lp4sd' },
    node('div', { tabindex: '-1', 'aria-label': 'Email message', class: 'a8Fqe' },
      node('div', { class: 'hT3lq' },
        node('span', { id: `MSG_${id}_FROM`, 'aria-label': 'From: ' + item.from }, node('span', {}, item.from)),
        node('div', { role: 'toolbar', 'aria-label': 'Message actions' }, reply)),
      node('div', { role: 'document' },
        node('div', { id: 'UniqueMessageBody_1', 'aria-label': 'Message body', class: 'allowTextSelection' },
          node('div', { class: 'rps_41a0' }, ...item.paragraphs.map((text) => {
            const p = node('p');
            text.split('\n').forEach((line, i) => { if (i) p.append(node('br')); p.append(line); });
            return p;
          }))))));
  const container = node('div', { 'data-app-section': 'ConversationContainer' },
    node('div', { role: 'heading', 'aria-level': '2', id: `CONV_${item.conv}_SUBJECT` }, item.subject),
    message);
  reply.addEventListener('click', () => {
    const editor = node('div', { contenteditable: 'true', role: 'textbox', 'aria-label': 'Message body, press Alt+F10 to exit' });
    const send = node('button', { type: 'button', 'aria-label': 'Send' }, 'Send');
    send.addEventListener('click', () => { window.__rebound_e2e.sent += 1; });
    container.append(node('div', { class: 'compose' }, editor, send));
  });
  return container;
}

function render() {
  const id = itemIdOf(location.pathname);
  for (const option of list.children) option.setAttribute('aria-selected', String(option.dataset.id === id));
  pane.replaceChildren();
  if (id) setTimeout(() => pane.replaceChildren(conversation(id)), 50);
}

for (const [id, item] of Object.entries(ITEMS)) {
  const option = node('div', { role: 'option', 'aria-selected': 'false', 'data-convid': item.conv, 'data-id': id }, item.subject);
  option.addEventListener('click', () => {
    history.pushState({}, '', `/mail/inbox/id/${id}`);
    render();
  });
  list.append(option);
}
window.addEventListener('popstate', render);
render();
