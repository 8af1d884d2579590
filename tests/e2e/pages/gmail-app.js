// Invented E2E fixture (Rebound): renders fictional conversations the way Gmail structures them.
'use strict';

const MESSAGES = {
  FMfcgzRejectFernhill: {
    id: '1849203384756120001',
    subject: 'Your application to Fernhill Analytics',
    fromName: 'Priya Raman',
    fromEmail: 'priya.raman@fernhill-analytics.example',
    date: 'Mon, Nov 16, 2026, 9:42 AM',
    paragraphs: [
      'Hi Jordan,',
      'Thank you for the time you gave our team over the past weeks, and for the careful take-home on the ingestion pipeline.',
      'After long discussion we have decided to move forward with another candidate for the Senior Data Engineer position. It was a close decision, and the panel especially liked how you reasoned about the schema migration.',
      'We would be glad to stay in touch as the team grows next year.',
      'Best regards,\nPriya Raman\nTalent Partner, Fernhill Analytics',
    ],
  },
  FMfcgzInviteOrchard: {
    id: '1849203384756120002',
    subject: 'Next step: onsite interview at Orchard Systems',
    fromName: 'Malik Osei',
    fromEmail: 'malik.osei@orchard-systems.example',
    date: 'Tue, Nov 17, 2026, 11:05 AM',
    paragraphs: [
      'Hi Jordan,',
      'Great news: the team enjoyed the technical conversation and would like to invite you to an onsite interview for the Platform Engineer role.',
      'Could you share three times that work for you next week? The day has four conversations of about forty-five minutes each.',
      'Looking forward to meeting you,\nMalik Osei\nRecruiter, Orchard Systems',
    ],
  },
  FMfcgzRejectLumen: {
    id: '1849203384756120003',
    subject: 'Update on your Lumen Robotics application',
    fromName: 'Lumen Robotics Talent Team',
    fromEmail: 'no-reply@lumen-robotics.example',
    date: 'Wed, Nov 18, 2026, 4:20 PM',
    paragraphs: [
      'Dear Jordan,',
      'Thank you for your interest in the Controls Engineer role at Lumen Robotics and for speaking with us.',
      'Unfortunately, we have decided not to move forward with your application at this time.',
      'We wish you all the best in your search.',
      'Kind regards,\nThe Lumen Robotics Talent Team',
    ],
  },
  // The sender's address is missing, as after a Gmail markup change the parser does not know.
  FMfcgzNoSender: {
    id: '1849203384756120004',
    subject: 'Quick question',
    fromName: 'Sam Okafor',
    fromEmail: '',
    date: 'Thu, Nov 19, 2026, 8:15 AM',
    paragraphs: ['Hi Jordan,', 'Are you free for a coffee on Friday?', 'Sam'],
  },
};

window.__rebound_e2e = { sent: 0 };
const main = document.querySelector('[role="main"]');
const paneMode = new URLSearchParams(location.search).get('pane') === '1';
// Gmail's dark themes paint the page itself dark, whatever the system setting.
if (new URLSearchParams(location.search).get('theme') === 'dark') {
  document.body.style.background = '#1f1f1f';
  main.style.background = '#1f1f1f';
  main.style.color = '#e3e3e3';
}

function node(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, value);
  for (const child of children) el.append(child);
  return el;
}

function inbox() {
  const rows = Object.entries(MESSAGES).map(([key, m]) => {
    const row = node('tr', { class: 'zA zE', role: 'row', 'data-key': key },
      node('td', {}, node('span', { class: 'zF', email: m.fromEmail, name: m.fromName }, m.fromName)),
      node('td', {}, node('span', { class: 'bog' }, m.subject)));
    row.addEventListener('click', () => open(key));
    return row;
  });
  return node('div', { class: 'aeF' }, node('table', { class: 'F cf zt', role: 'grid' }, node('tbody', {}, ...rows)));
}

function openReplyBox(thread) {
  if (thread.querySelector('.M9')) return;
  const editor = node('div', { contenteditable: 'true', g_editable: 'true', role: 'textbox', 'aria-label': 'Message Body' });
  const send = node('div', { role: 'button', 'data-tooltip': 'Send', id: 'fixture-send' }, 'Send');
  send.addEventListener('click', () => { window.__rebound_e2e.sent += 1; });
  thread.append(node('div', { class: 'M9' }, editor, send));
}

function conversation(key) {
  const m = MESSAGES[key];
  const body = node('div', { class: 'a3s aiL' },
    node('div', { style: 'display:none' }, 'A short preview line for the inbox'),
    ...m.paragraphs.map((text) => {
      const p = node('p');
      text.split('\n').forEach((line, i) => { if (i) p.append(node('br')); p.append(line); });
      return p;
    }));
  const reply = node('div', { role: 'button', 'aria-label': 'Reply', 'data-tooltip': 'Reply', tabindex: '0' }, 'Reply');
  const message = node('div', { class: 'adn ads', 'data-message-id': '#msg-f:' + m.id, 'data-legacy-message-id': Number(m.id).toString(16) },
    node('div', { class: 'gs' },
      node('div', { class: 'gE iv gt' },
        node('h3', { class: 'iw' }, node('span', m.fromEmail ? { class: 'gD', email: m.fromEmail, name: m.fromName } : { class: 'qu' }, node('span', {}, m.fromName))),
        node('span', { class: 'g3', title: m.date }, m.date.split(', ').pop()),
        node('div', { class: 'iw ajw' }, node('span', { class: 'hb' }, 'to ', node('span', { class: 'g2', email: 'jordan@ellis-mail.example', name: 'me' }, 'me'))),
        reply),
      node('div', { class: 'ii gt' }, body)));
  const thread = node('div', { class: 'a98 iY' },
    node('div', { role: 'list' }, node('div', { role: 'listitem', class: 'h7', 'aria-expanded': 'true' }, message)));
  reply.addEventListener('click', () => openReplyBox(thread));
  return [
    node('div', { class: 'nH V8djrc byY' }, node('div', { class: 'ha' },
      node('h2', { class: 'hP', 'data-thread-perm-id': 'thread-f:' + m.id }, m.subject))),
    thread,
  ];
}

function open(key) {
  if (!paneMode) {
    location.hash = 'inbox/' + key;
    return;
  }
  // Reading pane: the list stays, the conversation appears beside it, the hash does not change.
  const pane = main.querySelector('.aia') || main.appendChild(node('div', { class: 'aia' }));
  setTimeout(() => pane.replaceChildren(node('div', { class: 'ao9' }, ...conversation(key))), 40);
}

function render() {
  const match = /^#inbox\/(\w+)$/.exec(location.hash);
  main.replaceChildren();
  // Gmail renders a little after the hash changes; so does this stand-in.
  setTimeout(() => {
    if (match && MESSAGES[match[1]]) main.replaceChildren(...conversation(match[1]));
    else main.replaceChildren(inbox());
  }, 40);
}

window.addEventListener('hashchange', render);
render();
