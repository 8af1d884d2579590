// Shared set-up for the extension's parser tests: fixture pages loaded into jsdom.
'use strict';

const fs = require('node:fs');
const path = require('node:path');
const { JSDOM } = require('jsdom');

const OWN_FIXTURES = path.join(__dirname, 'fixtures');
// The real saved pages live beside the repository, in the shared folder.
const SHARED_FIXTURES = path.resolve(__dirname, '..', '..', '..', 'shared', 'fixtures');

/** A jsdom document for an HTML string, at the given URL; scripts never run. */
function documentFrom(html, url = 'https://example.invalid/') {
  return new JSDOM(html, { url }).window.document;
}

/** A jsdom document for one of our own fixture pages. */
function loadFixture(name, url) {
  return documentFrom(fs.readFileSync(path.join(OWN_FIXTURES, name), 'utf8'), url);
}

/** A jsdom document for a real saved page, or null when the shared folder is absent. */
function loadSharedFixture(relativePath, url) {
  const file = path.join(SHARED_FIXTURES, relativePath);
  if (!fs.existsSync(file)) return null;
  return documentFrom(fs.readFileSync(file, 'utf8'), url);
}

const SHARED_MISSING = fs.existsSync(SHARED_FIXTURES)
  ? false
  : `real pages not found at ${SHARED_FIXTURES} (the shared fixtures folder is absent)`;

/** Fail if a parse failure carries any of the page's own words. */
function assertNoPageText(assert, failure, words) {
  assert.ok(failure.error, 'expected a failure');
  assert.equal(typeof failure.structure, 'string');
  const serialized = JSON.stringify(failure).toLowerCase();
  for (const word of words) {
    assert.ok(!serialized.includes(word.toLowerCase()), `failure leaks page text "${word}"`);
  }
}

module.exports = {
  documentFrom,
  loadFixture,
  loadSharedFixture,
  assertNoPageText,
  SHARED_MISSING,
  SHARED_FIXTURES,
};
