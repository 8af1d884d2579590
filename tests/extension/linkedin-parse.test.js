// LinkedIn parser: both profile layouts, doubled screen-reader text, loading and non-profile
// pages, job postings, and the real 2023 details page as a negative and JSON-island case.
'use strict';

const test = require('node:test');
const assert = require('node:assert/strict');
const linkedin = require('../../extension/sites/linkedin/parse.js');
const {
  loadFixture,
  loadSharedFixture,
  assertNoPageText,
  SHARED_MISSING,
} = require('./helpers');

const CLASSIC_URL =
  'https://www.linkedin.com/in/mireille-osei-5b2a1c/?miniProfileUrn=urn%3Ali%3Afs_miniProfile';
const REAL = { skip: SHARED_MISSING };
const REAL_PAGE = 'linkedin/smartapply-2023-06-details-education-bootstrap.html';
const SDUI_URL = 'https://www.linkedin.com/in/jos%C3%A9-ram%C3%ADrez-ortega-9a1b/';

test('classic profile: name, headline, location, current company, URL and photo', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  const got = linkedin.parse(doc, CLASSIC_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.deepEqual(
    { ...got, photoUrl: undefined },
    {
      site: 'linkedin',
      kind: 'profile',
      layout: 'classic',
      name: 'Mireille Osei',
      headline: 'Operations Analyst | Freight forecasting and routing',
      location: 'Rotterdam, South Holland, Netherlands',
      company: 'Harbourline Freight',
      profileUrl: 'https://www.linkedin.com/in/mireille-osei-5b2a1c/',
      photoUrl: undefined,
    },
  );
  assert.match(got.photoUrl, /^https:\/\/media\.licdn\.com\/.*profile-displayphoto-shrink_400_400/);
});

test('classic profile without the company button: company from the first Experience entry', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  doc.querySelector('button[aria-label^="Current company"]').remove();
  const got = linkedin.parse(doc, CLASSIC_URL);
  assert.equal(got.company, 'Harbourline Freight', got.structure);
});

test('classic profile with the utility classes gone: location beside "Contact info"', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  doc.querySelector('span.text-body-small.inline').className = 'Hx9aa';
  assert.equal(linkedin.parse(doc, CLASSIC_URL).location, 'Rotterdam, South Holland, Netherlands');
});

test('SDUI profile: h2 in the /in/ link, lines as paragraphs, chips, decoded slug', () => {
  const doc = loadFixture('linkedin-2026-11-profile-sdui.html', SDUI_URL);
  const got = linkedin.parse(doc, SDUI_URL);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.layout, 'sdui');
  assert.equal(got.name, 'José Ramírez Ortega');
  assert.equal(got.headline, 'Staff Security Engineer · Threat modelling for payment platforms');
  assert.equal(got.location, 'Valencia, Valencian Community, Spain');
  assert.equal(got.company, 'Ferrocarril Pagos');
  assert.equal(got.profileUrl, 'https://www.linkedin.com/in/josé-ramírez-ortega-9a1b/');
  assert.match(got.photoUrl, /profile-displayphoto-scale_200_200\/B4DZjose0001/);
});

test('SDUI profile without chips: company from the "Company · School" line', () => {
  const doc = loadFixture('linkedin-2026-11-profile-sdui.html', SDUI_URL);
  const chips = '[role="button"]:has(svg[id^="company"], svg[id^="school"])';
  for (const chip of doc.querySelectorAll(chips)) chip.remove();
  assert.equal(linkedin.parse(doc, SDUI_URL).company, 'Ferrocarril Pagos');
});

test('SDUI profile without a photo: no mutual connection face is taken for it', () => {
  const doc = loadFixture('linkedin-2026-11-profile-sdui.html', SDUI_URL);
  doc.querySelector('[aria-label="Profile photo"] img').remove();
  assert.equal(linkedin.parse(doc, SDUI_URL).photoUrl, null);
});

test('doubled screen-reader text (Polish UI): each label read once', () => {
  const url = 'https://www.linkedin.com/in/agnieszka-wroblewska/';
  const doc = loadFixture('linkedin-2026-11-profile-doubled-text.html', url);
  const got = linkedin.parse(doc, url);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.name, 'Agnieszka Wróblewska');
  assert.equal(got.headline, 'Kierowniczka projektów IT | Scrum | Fintech');
  assert.equal(got.company, 'Bursztyn Bank');
  assert.equal(got.location, 'Gdańsk, Województwo pomorskie, Polska');
  assert.equal(got.photoUrl, null);
});

test('loading page (empty main) ignores the stale JSON island of the previous profile', () => {
  const url = 'https://www.linkedin.com/in/tobias-lund-77/';
  const doc = loadFixture('linkedin-2026-11-loading-empty-main.html', url);
  const got = linkedin.parse(doc, url);
  assert.equal(got.error, 'loading');
  assert.equal(got.reason, 'empty-main');
  assertNoPageText(assert, got, ['Mireille', 'Osei', 'tobias']);
});

test('after in-app navigation the old top card is "loading", not the new person', () => {
  const url = 'https://www.linkedin.com/in/tobias-lund-77/';
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', url);
  const got = linkedin.parse(doc, url);
  assert.equal(got.error, 'loading');
  assert.equal(got.reason, 'previous-profile');
  assertNoPageText(assert, got, ['Mireille', 'Harbourline', 'Rotterdam']);
});

test('a top card without a name is "unreadable" and reports structure only', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  doc.querySelector('h1').remove();
  const got = linkedin.parse(doc, CLASSIC_URL);
  assert.equal(got.error, 'unreadable');
  assert.equal(got.reason, 'name');
  assert.match(got.structure, /classicCard=1/);
  assertNoPageText(assert, got, ['Mireille', 'Harbourline', 'Rotterdam', 'Freight']);
});

test('details, overlay and activity pages under /in/ are not profiles', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  const base = 'https://www.linkedin.com/in/mireille-osei-5b2a1c/';
  for (const [tail, reason] of [
    ['details/experience/', 'details'],
    ['overlay/contact-info/', 'overlay'],
    ['recent-activity/all/', 'recent-activity'],
  ]) {
    const got = linkedin.parse(doc, base + tail);
    assert.equal(got.error, 'not-applicable', tail);
    assert.equal(got.reason, reason);
  }
  assert.equal(linkedin.parse(doc, 'https://www.linkedin.com/feed/').error, 'not-applicable');
});

test('job posting page: title, company, company page and canonical URL', () => {
  const url = 'https://www.linkedin.com/jobs/view/4012345678/?refId=xyz&trackingId=abc';
  const doc = loadFixture('linkedin-2026-11-job-view.html', url);
  assert.deepEqual(linkedin.parse(doc, url), {
    site: 'linkedin',
    kind: 'job',
    jobId: '4012345678',
    title: 'Senior Data Engineer',
    company: 'Fernhill Analytics',
    companyUrl: 'https://www.linkedin.com/company/fernhill-analytics/',
    url: 'https://www.linkedin.com/jobs/view/4012345678/',
  });
});

test('job posting page whose top-card classes changed: structure, then the tab title', () => {
  const url = 'https://www.linkedin.com/jobs/view/4012345678/';
  const doc = loadFixture('linkedin-2026-11-job-view.html', url);
  for (const el of doc.querySelectorAll('[class*="unified-top-card"]')) el.removeAttribute('class');
  let got = linkedin.parse(doc, url);
  assert.equal(got.title, 'Senior Data Engineer');
  assert.equal(got.company, 'Fernhill Analytics');
  for (const el of doc.querySelectorAll('main a[href*="/company/"]')) el.remove();
  doc.querySelector('h1').remove();
  got = linkedin.parse(doc, url);
  assert.equal(got.title, 'Senior Data Engineer', 'from "Title | Company | LinkedIn"');
  assert.equal(got.company, 'Fernhill Analytics');
});

test('job collections page: the posting in the detail pane, not the list', () => {
  const url = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4022222222';
  const doc = loadFixture('linkedin-2026-11-job-collections.html', url);
  const got = linkedin.parse(doc, url);
  assert.equal(got.error, undefined, got.structure);
  assert.equal(got.title, 'QA Lead, Medical Devices');
  assert.equal(got.company, 'Oakline Health');
  assert.equal(got.url, 'https://www.linkedin.com/jobs/view/4022222222/');
});

test('job collections page still showing the previous posting says "loading"', () => {
  const url = 'https://www.linkedin.com/jobs/collections/recommended/?currentJobId=4011111111';
  const doc = loadFixture('linkedin-2026-11-job-collections.html', url);
  const got = linkedin.parse(doc, url);
  assert.equal(got.error, 'loading');
  assertNoPageText(assert, got, ['Oakline', 'QA Lead', 'Quarry']);
});

test('profile URLs: decoded, lower-cased, query and tail stripped, member ids kept', () => {
  const cases = [
    ['https://www.linkedin.com/in/Jane-Doe-12/?originalSubdomain=uk', 'jane-doe-12'],
    ['/in/mireille-osei-5b2a1c/overlay/about-this-profile/', 'mireille-osei-5b2a1c'],
    ['https://de.linkedin.com/in/J%C3%BCrgen-M%C3%BCller', 'jürgen-müller'],
    ['https://www.linkedin.com/in/ACoAAB4xYzQBc1dE/', 'ACoAAB4xYzQBc1dE'],
  ];
  for (const [href, slug] of cases) {
    assert.equal(linkedin.normalizeProfileUrl(href), `https://www.linkedin.com/in/${slug}/`);
  }
  assert.equal(linkedin.normalizeProfileUrl('https://www.linkedin.com/company/acme/'), null);
  assert.equal(linkedin.normalizeProfileUrl('https://evil.example/in/jane/'), null);
});

test('real page, /in/…/details/education/ (2023, smartapply): not a profile', REAL, () => {
  const url = 'https://www.linkedin.com/in/harith-al-safi/details/education/';
  const doc = loadSharedFixture(REAL_PAGE, url);
  const got = linkedin.parse(doc, url);
  assert.equal(got.error, 'not-applicable');
  assert.equal(got.reason, 'details');
  assertNoPageText(assert, got, ['harith', 'Al-Safi', 'Leeds']);
});

test('real page islands: read only for the matching slug, as a fallback', REAL, () => {
  const own = 'https://www.linkedin.com/in/harith-al-safi/';
  const doc = loadSharedFixture(REAL_PAGE, own);
  const island = linkedin.readProfileIsland(doc, 'harith-al-safi');
  assert.equal(island.layout, 'island');
  assert.equal(island.profileUrl, own);
  assert.ok(island.name && island.headline && island.location, 'full profile entity preferred');
  assert.match(island.photoUrl, /^https:\/\/media\.licdn\.com\/.*800_800/);
  assert.equal(linkedin.readProfileIsland(doc, 'someone-else'), null);

  // The URL has moved to the profile but the details page is still rendered.
  assert.equal(linkedin.parse(doc, own).layout, 'island');
  const other = linkedin.parse(doc, 'https://www.linkedin.com/in/someone-else/');
  assert.equal(other.error, 'unreadable');
  assertNoPageText(assert, other, ['harith', 'Al-Safi']);
});

test('parseProfile and parseJob read only their own kind of page', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  assert.equal(linkedin.parseProfile(doc, CLASSIC_URL).name, 'Mireille Osei');
  assert.equal(linkedin.parseJob(doc, CLASSIC_URL).error, 'not-applicable');
  const jobUrl = 'https://www.linkedin.com/jobs/view/4012345678/';
  const jobDoc = loadFixture('linkedin-2026-11-job-view.html', jobUrl);
  assert.equal(linkedin.parseJob(jobDoc, jobUrl).title, 'Senior Data Engineer');
  assert.equal(linkedin.parseProfile(jobDoc, jobUrl).error, 'not-applicable');
});

test('a link to someone else in the card does not make the card look stale', () => {
  const doc = loadFixture('linkedin-2026-11-profile-classic.html', CLASSIC_URL);
  const mutual = doc.createElement('a');
  mutual.href = 'https://www.linkedin.com/in/wen-li-0042/';
  mutual.textContent = 'Wen Li';
  doc.querySelector('section[data-member-id]').prepend(mutual);
  assert.equal(
    linkedin.parse(doc, CLASSIC_URL).profileUrl,
    'https://www.linkedin.com/in/mireille-osei-5b2a1c/',
  );
  // Without links of its own, the card cannot be judged stale by the stranger's link.
  for (const own of doc.querySelectorAll('section[data-member-id] a[href*="/mireille-osei"]')) {
    own.removeAttribute('href');
  }
  assert.equal(linkedin.parse(doc, CLASSIC_URL).name, 'Mireille Osei');
});
