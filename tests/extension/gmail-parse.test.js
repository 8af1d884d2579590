// Gmail parser: one case per layout variant, plus the real 2014 inbox page as a negative case.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const gmail = require('../../extension/sites/gmail/parse.js');
const { loadFixture, loadSharedFixture, assertNoPageText, SHARED_MISSING } = require('./helpers');

const THREAD_URL = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHTvJbWqXvZpLhKdmRnBtSxF';
const INBOX_URL = 'https://mail.google.com/mail/u/0/#inbox';

test('full-page thread: subject with emoji, sender, ids, body without preheader or pixel', () => {
  const doc = loadFixture('gmail-2026-11-thread-full-page.html', THREAD_URL);
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.layout, 'thread');
  assert.equal(got.subject, 'Your application to Fernhill Analytics 🌿');
  assert.equal(got.senderName, 'Priya Raman');
  assert.equal(got.senderEmail, 'priya.raman@fernhill-analytics.example');
  assert.equal(got.messageId, 'msg-f:1849203384756120001');
  assert.equal(got.legacyMessageId, '19a7c2e01f4b2d41');
  assert.equal(got.threadId, 'thread-f:1849203384756120001');
  assert.equal(got.dateText, 'Mon, Nov 16, 2026, 9:42 AM');
  assert.match(got.text, /^Hi Jordan,\n\nThank you for the time/);
  assert.match(got.text, /move forward with another candidate/);
  assert.match(got.text, /Best regards,\nPriya Raman\nTalent Partner, Fernhill Analytics$/);
  assert.doesNotMatch(got.text, /An update on the data engineer role/, 'preheader leaked');
  assert.doesNotMatch(got.text, /\u200c|\u00a0/);
});

test('reading pane: the shown conversation, not the hidden previous one or the list', () => {
  const doc = loadFixture('gmail-2026-11-reading-pane.html', INBOX_URL);
  const got = gmail.parse(doc, INBOX_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.layout, 'reading-pane');
  assert.equal(got.subject, 'Update on your Brightwater Labs application');
  assert.equal(got.senderEmail, 'hiring@brightwater-labs.example');
  assert.equal(got.messageId, 'msg-f:1849222222222222222');
  assert.match(got.text, /will not be progressing your application/);
  assert.match(got.text, /^Dear Jordan,/, 'zero-size preheader or logo alt text leaked');
  assert.doesNotMatch(got.text, /Ten tips|Your candidacy for Product Designer/);
});

test('thread with collapsed messages: the last expanded message is the open one', () => {
  const doc = loadFixture('gmail-2026-11-thread-collapsed-messages.html', THREAD_URL);
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.messageCount, 5);
  assert.equal(got.messageId, 'msg-f:1849333333333333005');
  assert.equal(got.senderName, 'Sam Okafor');
  assert.equal(got.senderEmail, 'sam.okafor@quarry-robotics.example');
  assert.equal(got.dateText, 'Fri, Nov 13, 2026, 3:08 PM');
  assert.equal(
    got.text,
    [
      'Hi Jordan,',
      '',
      'Thanks again for spending Wednesday with us. Dev and Inés both enjoyed the discussion ' +
        'about fleet telemetry.',
      '',
      "I'm sorry to tell you that we've decided not to move ahead with your candidacy for the " +
        'Platform Engineer role. We hope our paths cross again.',
      '',
      'Sam',
    ].join('\n'),
  );
});

test('a draft reply expanded under the thread is not taken for the open message', () => {
  const doc = loadFixture('gmail-2026-11-thread-collapsed-messages.html', THREAD_URL);
  const draft = doc.createElement('div');
  draft.className = 'h7 ie nH';
  draft.innerHTML =
    '<div class="adn ads" data-message-id="#msg-a:r-5550001">' +
    '<div contenteditable="true" role="textbox">Hi Sam, thanks for letting me know</div></div>';
  doc.querySelector('.a98.iY [role="list"]').append(draft);
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.messageId, 'msg-f:1849333333333333005', got.structure);
  assert.doesNotMatch(got.text, /letting me know/);
});

test('quoted reply: Gmail quote markup and attribution are dropped', () => {
  const doc = loadFixture('gmail-2026-11-quoted-reply.html', THREAD_URL);
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.subject, 'Re: Thank you for today');
  assert.equal(got.senderName, 'Marta Lindqvist');
  assert.match(got.text, /offered the QA Lead role to someone/);
  assert.match(got.text, /Marta$/);
  assert.doesNotMatch(got.text, /wrote:|regression suite|jordan@ellis-mail/);
});

test('German interface: same fields, plain-text "Am … schrieb" quote cut off', () => {
  const doc = loadFixture('gmail-2026-11-german-ui.html', THREAD_URL);
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.subject, 'Ihre Bewerbung bei Nordlicht Logistik');
  assert.equal(got.senderName, 'Katrin Brandt');
  assert.equal(got.senderEmail, 'k.brandt@nordlicht-logistik.example');
  assert.equal(got.dateText, 'Do., 12. Nov. 2026, 10:31');
  assert.match(got.text, /für eine andere Kandidatin entschieden/);
  assert.match(got.text, /Personalabteilung$/);
  assert.doesNotMatch(got.text, /schrieb|Sehr geehrte|^>/m);
});

test('a page still loading (no main landmark) says so, without page text', () => {
  const doc = loadFixture('gmail-2026-11-thread-full-page.html', THREAD_URL);
  doc.querySelector('[role="main"]').removeAttribute('role');
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.error, 'loading');
  assertNoPageText(assert, got, ['Fernhill', 'Priya', 'Jordan']);
});

test('an open message without a readable body is "unreadable", naming the missing part', () => {
  const doc = loadFixture('gmail-2026-11-thread-full-page.html', THREAD_URL);
  doc.querySelector('div.ii.gt').remove();
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.error, 'unreadable');
  assert.equal(got.reason, 'body');
  assert.match(got.structure, /messages=1/);
  assertNoPageText(assert, got, ['Fernhill', 'Priya', 'schema migration']);
});

test('the sender is found by its address when the header classes change', () => {
  const doc = loadFixture('gmail-2026-11-thread-collapsed-messages.html', THREAD_URL);
  for (const el of doc.querySelectorAll('.gD')) el.classList.remove('gD');
  const got = gmail.parse(doc, THREAD_URL);
  assert.equal(got.senderEmail, 'sam.okafor@quarry-robotics.example', got.structure);
});

const REAL = { skip: SHARED_MISSING };

test('real page, Gmail inbox of Dec 2014 (InboxSDK): no message open', REAL, () => {
  const doc = loadSharedFixture('gmail/inboxsdk-2014-12-inbox-thread-list.html', INBOX_URL);
  const got = gmail.parse(doc, INBOX_URL);
  assert.equal(got.error, 'no-message');
  assert.match(got.structure, /main=1/);
  assertNoPageText(assert, got, ['Twilio', 'streak.web.test']);
});
