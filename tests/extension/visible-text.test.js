// The visible-text walker shared by the content scripts and these tests.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const text = require('../../extension/shared/visible-text.js');
const { documentFrom } = require('./helpers');

function body(html) {
  return documentFrom(`<!doctype html><body>${html}</body>`).body;
}

test('blocks become lines, paragraphs blank lines, inline runs stay on one line', () => {
  const el = body(
    '<h1>Title</h1><p>One <b>bold</b>\n   word.</p><div>Two</div><div><span>Three</span>' +
      '<span> and four</span></div><ul><li>a</li><li>b</li></ul>',
  );
  assert.equal(text.visibleText(el), 'Title\n\nOne bold word.\n\nTwo\nThree and four\na\nb');
});

test('<br> breaks lines; an empty div with <br> or &nbsp; is a blank line', () => {
  const el = body(
    '<div>Hi,</div><div><br></div><div>Body</div><div>&nbsp;</div><div>Bye<br>Me</div>',
  );
  assert.equal(text.visibleText(el), 'Hi,\n\nBody\n\nBye\nMe');
});

test('hidden parts are skipped: script, style, [hidden], inline display/visibility', () => {
  const el = body(
    '<script>var x = "code";</script><style>p{}</style><noscript>enable js</noscript>' +
      '<template><p>tpl</p></template><p hidden>attr</p><p style="display: none">dn</p>' +
      '<p style="VISIBILITY:hidden">vh</p><p aria-hidden="true">aria</p><p>shown</p>',
  );
  assert.equal(text.visibleText(el), 'shown');
});

test('email preheaders: zero-size, transparent or mso-hidden blocks are skipped', () => {
  const el = body(
    '<div style="max-height:0;overflow:hidden">pre one</div>' +
      '<span style="width:0px; height:0px; overflow:hidden; display:block">pre two</span>' +
      '<div style="opacity:0">pre three</div><div style="mso-hide:all">pre four</div>' +
      '<div style="max-height:0px;overflow:visible">kept</div><p>Real text&zwnj;&#8203;</p>',
  );
  assert.equal(text.visibleText(el), 'kept\n\nReal text');
});

test('images give no text except emoji; a tracking pixel adds nothing', () => {
  const el = body(
    '<p>Good news <img data-emoji="🎉" alt="🎉" src="e.png"> <img src="logo.png" alt="Logo">' +
      '<img src="p.gif" width="1" height="1"></p>',
  );
  assert.equal(text.visibleText(el), 'Good news 🎉');
});

test('aria-hidden is kept when asked (LinkedIn visible copies) and extra skips apply', () => {
  const el = body(
    '<h1><span aria-hidden="true">Ana</span><span class="visually-hidden">Ana</span></h1>',
  );
  assert.equal(text.lineText(el, { skipAriaHidden: false, skip: '.visually-hidden' }), 'Ana');
  // With aria-hidden skipped (the default), only the screen-reader copy is left: still once.
  assert.equal(text.lineText(el), 'Ana');
});

test('<pre> keeps its line breaks and spacing inside', () => {
  const el = body('<pre>line 1\n  line 2</pre><p>after</p>');
  assert.equal(text.visibleText(el), 'line 1\nline 2\n\nafter');
});

test('quote markup is dropped only with stripQuotes', () => {
  const html =
    '<div>New text</div><div class="gmail_quote"><div class="gmail_attr">On Mon, A wrote:</div>' +
    '<blockquote>old</blockquote></div>';
  assert.equal(text.visibleText(body(html), { stripQuotes: true }), 'New text');
  assert.match(text.visibleText(body(html)), /old/);
});

test('Outlook markers end the message: everything after #appendonsend is history', () => {
  const el = body(
    '<div>Reply</div><div id="x_appendonsend"></div><hr><div id="x_divRplyFwdMsg">header</div>' +
      '<div>quoted body</div>',
  );
  assert.equal(text.visibleText(el, { stripQuotes: true }), 'Reply');
});

test('text fallbacks: attributions, separators and From/Sent headers cut the rest', () => {
  const cases = [
    ['Thanks\n\nOn Tue, Nov 3, 2026 at 9:00 AM Jane Doe <jane@x.example>\nwrote:\n> hi', 'Thanks'],
    ['Thanks\nOn 3 Nov 2026, at 09:00, Jane wrote:\nold', 'Thanks'],
    ['Merci\nLe mar. 3 nov. 2026 à 09:00, Jeanne <j@x.example> a écrit :\nold', 'Merci'],
    ['Danke\nAm 03.11.2026 um 09:00 schrieb Jana:\nalt', 'Danke'],
    ['Gracias\nEl mar, 3 nov 2026 a las 9:00, Juana escribió:\nviejo', 'Gracias'],
    ['Thanks\n-----Original Message-----\nFrom: a\nold', 'Thanks'],
    ['Danke\n-----Ursprüngliche Nachricht-----\nVon: a', 'Danke'],
    ['Thanks\n________________________________\nFrom: Jane\nSent: Monday\nold', 'Thanks'],
    ['Thanks\nFrom: Jane Doe <jane@x.example>\nSent: Monday, 2 Nov 2026\nTo: me\nold', 'Thanks'],
    ['Thanks\nVon: Jana Sent: x Gesendet: Montag\nold', 'Thanks'],
    ['Keep this\n> quoted line\nand this', 'Keep this\nand this'],
  ];
  for (const [input, expected] of cases) assert.equal(text.stripQuotedText(input), expected, input);
});

test('text fallbacks leave ordinary lines alone', () => {
  const kept = [
    'From: our side, thanks again.\nWe will keep your CV on file.',
    'On reflection, we went another way.\nRegards',
    'The team wrote: great work on the exercise.',
  ];
  for (const input of kept) assert.equal(text.stripQuotedText(input), input);
});

test('isShown follows hidden ancestors; describeStructure counts without text', () => {
  const el = body('<div style="display:none"><p id="a">secret words</p></div><p id="b">x</p>');
  const doc = el.ownerDocument;
  assert.equal(text.isShown(doc.getElementById('a')), false);
  assert.equal(text.isShown(doc.getElementById('b')), true);
  const described = text.describeStructure(doc, { paragraphs: 'p', hidden: '[style]', bad: '::' });
  assert.equal(described, 'paragraphs=2 hidden=1 bad=-1');
});
