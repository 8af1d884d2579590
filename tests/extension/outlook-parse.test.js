// Outlook on the web parser: one case per reading-pane structure and sender form.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const outlook = require('../../extension/sites/outlook/parse.js');
const { loadFixture, assertNoPageText } = require('./helpers');

const ITEM_ID = 'AAMkAGQ0ZTYyNzA1LTIwMDAtNDU0NC05YjU2LTAwMDAwMDAwMDAyAEYAAA+/==';
const OFFICE_URL = `https://outlook.office.com/mail/inbox/id/${encodeURIComponent(ITEM_ID)}`;

test('ConversationContainer: last expanded message, "Name <addr>", x_ quote removed', () => {
  const doc = loadFixture('outlook-2026-11-conversation-container.html', OFFICE_URL);
  const got = outlook.parse(doc, OFFICE_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.layout, '[data-app-section="ConversationContainer"]');
  assert.equal(got.subject, 'RE: Solutions Architect interview');
  assert.equal(got.senderName, 'Ana Ferreira');
  assert.equal(got.senderEmail, 'ana.ferreira@tidewell-systems.example');
  assert.equal(got.messageId, ITEM_ID);
  assert.equal(got.conversationId, 'AAQkAGQ0ZTYyNzA1LTIwMDAtNDU0NC05YjU2LTAwMDAwMDAwMDAyAAA=');
  assert.match(got.text, /^Hi Jordan,\n\nThanks for your note/);
  assert.match(got.text, /won't be taking your application forward/);
  assert.match(got.text, /Engineering Manager \| Tidewell Systems$/);
  assert.doesNotMatch(got.text, /From:|Sent:|Hello Ana/);
});

test('ReadingPaneContainerId: single message, MSG_ persona, desktop From/Sent quote cut', () => {
  const url = 'https://outlook.live.com/mail/0/inbox';
  const doc = loadFixture('outlook-2026-11-reading-pane-container-id.html', url);
  const got = outlook.parse(doc, url);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.layout, '#ReadingPaneContainerId');
  assert.equal(got.subject, 'Application status: Junior Analyst (Req 4471)');
  assert.equal(got.senderName, 'Cedar & Pine Careers');
  assert.equal(got.senderEmail, 'no-reply@cedarpine-careers.example');
  // No item id in the URL: the id comes from the MSG_…_FROM persona.
  assert.equal(got.messageId, 'AQMkADAwATM0MDAAMS1kNjYy');
  assert.match(got.text, /decided not to move forward with your application/);
  assert.match(got.text, /Cedar & Pine Talent Acquisition$/);
  assert.doesNotMatch(got.text, /CV attached|Subject:/);
});

test('name-only sender (same organisation) on outlook.cloud.microsoft', () => {
  const url = 'https://outlook.cloud.microsoft/mail/inbox';
  const doc = loadFixture('outlook-2026-11-name-only-sender.html', url);
  const got = outlook.parse(doc, url);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.senderName, 'Rowan Achterberg');
  assert.equal(got.senderEmail, null);
  assert.equal(got.subject, 'Internal transfer: Analytics Lead');
  // Neither URL id nor persona: the selected conversation plus the body's id.
  const conversation = 'AAQkADk3NmQ4MWI1LTAwMDAtNDZjNS1hYjA0LTAwMDAwMDAwMDAzAAA=';
  assert.equal(got.messageId, `${conversation}#UniqueMessageBody_1`);
  assert.match(got.text, /chosen another internal applicant/);
});

test('German labels: "Von:" sender, MailReadCompose pane, "Ursprüngliche Nachricht" cut', () => {
  const url = 'https://outlook.office365.com/mail/inbox/id/AAMkAGVmZTAw%2FAAA%3D';
  const doc = loadFixture('outlook-2026-11-german-labels.html', url);
  const got = outlook.parse(doc, url);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.layout, 'div[role="main"][data-app-section="MailReadCompose"]');
  assert.equal(got.subject, 'Rückmeldung zu Ihrer Bewerbung als Werkstudent*in');
  assert.equal(got.senderName, 'Lukas Wendt');
  assert.equal(got.senderEmail, 'lukas.wendt@bergwerk-software.example');
  assert.equal(got.messageId, 'AAMkAGVmZTAw/AAA=');
  assert.match(got.text, /für einen anderen Bewerber entschieden/);
  assert.match(got.text, /Lukas Wendt$/);
  assert.doesNotMatch(got.text, /Ursprüngliche|Neuigkeiten|Gesendet/);
});

test('draft open: the reply being written is skipped, the rejection above it is read', () => {
  const url = 'https://outlook.office.com/mail/inbox';
  const doc = loadFixture('outlook-2026-11-draft-open.html', url);
  const got = outlook.parse(doc, url);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.senderName, 'Noor Haddad');
  assert.equal(got.senderEmail, 'noor.haddad@lumenharbor.example');
  assert.equal(got.messageId, 'AAMkAGRkYWFj0001');
  assert.match(got.text, /We will not be moving forward/);
  assert.doesNotMatch(got.text, /thank you for letting me know/);
});

test('only a draft in the pane: nothing to read, and no page text in the answer', () => {
  const url = 'https://outlook.office.com/mail/inbox';
  const doc = loadFixture('outlook-2026-11-draft-open.html', url);
  doc.querySelector('#UniqueMessageBody_1').closest('[aria-expanded]').remove();
  const got = outlook.parse(doc, url);
  assert.equal(got.error, 'no-message');
  assert.match(got.structure, /editors=1/);
  assertNoPageText(assert, got, ['Noor', 'Lumen', 'thank you for letting me know']);
});

test('mail list without an open message, and a page that has not rendered yet', () => {
  const url = 'https://outlook.office.com/mail/inbox';
  const doc = loadFixture('outlook-2026-11-conversation-container.html', url);
  doc.querySelector('#ConversationReadingPaneContainer').remove();
  assert.equal(outlook.parse(doc, url).error, 'no-message');
  doc.querySelector('#MailList').remove();
  assert.equal(outlook.parse(doc, url).error, 'loading');
});

test('a message whose header lost every sender marker is "unreadable"', () => {
  const doc = loadFixture('outlook-2026-11-conversation-container.html', OFFICE_URL);
  const header = doc.querySelector('#MSG_AAMkAGQ0002_FROM');
  header.removeAttribute('id');
  header.removeAttribute('aria-label');
  const got = outlook.parse(doc, OFFICE_URL);
  assert.equal(got.error, 'unreadable');
  assert.equal(got.reason, 'sender');
  assertNoPageText(assert, got, ['Ana', 'Tidewell', 'Jordan', 'billing']);
});

test('sender forms: "Name <addr>", quoted name, bare address, bare name, French label', () => {
  assert.deepEqual(outlook.parseSender('From: Ana Ferreira <Ana@Tidewell.example>'), {
    name: 'Ana Ferreira',
    email: 'ana@tidewell.example',
  });
  assert.deepEqual(outlook.parseSender('"Ferreira, Ana" <ana@tidewell.example>'), {
    name: 'Ferreira, Ana',
    email: 'ana@tidewell.example',
  });
  assert.deepEqual(outlook.parseSender('jobs@tidewell.example'), {
    name: '',
    email: 'jobs@tidewell.example',
  });
  assert.deepEqual(outlook.parseSender('Von: Lukas Wendt'), { name: 'Lukas Wendt', email: null });
  assert.deepEqual(outlook.parseSender('De : Élise Marchand <elise@exemple.example>'), {
    name: 'Élise Marchand',
    email: 'elise@exemple.example',
  });
});
