// The parsers load as classic content scripts (no require, no module) in the order that
// background/content-scripts.js registers them, and attach to one Rebound namespace on the
// page's global object.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const EXTENSION = path.join(__dirname, '..', '..', 'extension');
const FIXTURES = path.join(__dirname, 'fixtures');

function pageWithScripts(fixture, url, scripts) {
  const html = fs.readFileSync(path.join(FIXTURES, fixture), 'utf8');
  const { window } = new JSDOM(html, { url, runScripts: 'outside-only' });
  for (const script of scripts) {
    window.eval(fs.readFileSync(path.join(EXTENSION, script), 'utf8'));
  }
  return window;
}

test('Gmail: visible-text then parse, as the worker registers them', () => {
  const url = 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQcqHTvJbWqXvZpLhKdmRnBtSxF';
  const window = pageWithScripts('gmail-2026-11-thread-full-page.html', url, [
    'shared/visible-text.js',
    'sites/gmail/parse.js',
  ]);
  assert.equal(typeof window.require, 'undefined');
  const got = window.Rebound.gmail.parse(window.document, window.location.href);
  assert.equal(got.senderEmail, 'priya.raman@fernhill-analytics.example');
  assert.equal(window.Rebound.text.visibleText(window.document.querySelector('h2.hP')),
    'Your application to Fernhill Analytics 🌿');
});

test('Outlook and LinkedIn parsers share the same namespace object', () => {
  const url = 'https://www.linkedin.com/in/jos%C3%A9-ram%C3%ADrez-ortega-9a1b/';
  const window = pageWithScripts('linkedin-2026-11-profile-sdui.html', url, [
    'shared/visible-text.js',
    'sites/outlook/parse.js',
    'sites/linkedin/parse.js',
  ]);
  assert.deepEqual(Object.keys(window.Rebound).sort(), ['linkedin', 'outlook', 'text']);
  assert.equal(window.Rebound.linkedin.parse(window.document, url).name, 'José Ramírez Ortega');
});
