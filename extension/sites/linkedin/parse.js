// Reads a LinkedIn profile (both layouts served in 2026) or job posting. Pure: (document, url)
// in, plain fields out. Classes on LinkedIn are hashed or renamed often (see shared/dom-notes.md,
// section 3), so each field tries stable attributes first, then structure, then text.
(function (root) {
  'use strict';

  const ns = (root.Rebound ||= {});
  const text =
    ns.text || (typeof require === 'function' && require('../../shared/visible-text.js'));

  const ORIGIN = 'https://www.linkedin.com';

  // Screen-reader copies that sit beside the visible text and would double it.
  const SCREEN_READER_ONLY = '.visually-hidden, .a11y-text, .sr-only';

  // Classic (Ember) profile: the top card and its parts.
  const CLASSIC = {
    card: 'section[data-member-id]', // profile loaded, classic layout
    name: [
      'a[href*="/overlay/about-this-profile/"] h1', // the h1 wrapped by the about-this-profile link
      'h1', // any h1 in the card (its class is hashed since 2026)
    ],
    headline: [
      'div.text-body-medium.break-words[data-generated-suggestion-target]',
      '[data-generated-suggestion-target]',
      'div.text-body-medium.break-words',
    ],
    location: ['span.text-body-small.inline.t-black--light.break-words'],
    companyButton: 'button[aria-label]', // "Current company: X. Click to skip to experience card"
    photo: [
      'img.pv-top-card-profile-picture__image--show',
      'img.pv-top-card-profile-picture__image',
      'img[src*="profile-displayphoto"]',
    ],
    experienceAnchor: 'div#experience', // the Experience card's anchor, below the top card
    experienceEntity: '[data-view-name="profile-component-entity"]',
  };

  // SDUI profile (A/B test since May 2026): server-driven markup keyed by componentkey.
  const SDUI = {
    card: 'section[componentkey^="com.linkedin.sdui.profile.card"][componentkey$="Topcard"]',
    nameLink: 'a[href*="/in/"]:has(h2)', // the name h2 wrapped by the canonical profile link
    name: ['a[href*="/in/"] h2', 'h2', 'h1'],
    button: '[role="button"]', // photo, cover, and the current company and school chips
    companyChipMark: 'svg[id^="company"], img[src*="company-logo"]',
    schoolChipMark: 'svg[id^="school"], img[src*="school-logo"]',
    photo: ['img[src*="profile-displayphoto"]'],
    experienceCard: '[componentkey$="ExperienceTopLevelSection"]',
  };

  // Both layouts: the contact-info link ends the location line.
  const CONTACT_INFO = ['#top-card-text-details-contact-info', 'a[href*="/overlay/contact-info/"]'];
  // Mutual-connection faces also use profile photos; they link to a people search.
  const NOT_THE_PERSON = 'a[href*="/search/"]';

  // JSON islands of the classic layout; only a fallback, and only for the URL's own slug.
  const ISLAND = 'code[id^="bpr-guid-"]';

  // "Current company:" as the classic top card labels its company button, per language.
  const CURRENT_COMPANY = new RegExp(
    '^\\s*(?:current company|aktuelles unternehmen|entreprise actuelle|empresa actual|' +
      'empresa atual|azienda attuale|huidig bedrijf|huidige werkgever|obecna firma|' +
      'nuvarande företag|nåværende selskap|nuværende virksomhed|nykyinen yritys|' +
      'текущая компания|şu anki şirket)\\s*:\\s*(.+)$',
    'i',
  );

  // Job posting pages.
  const JOB = {
    detail: [
      '.jobs-search__job-details--container', // collections and search: the right-hand pane
      '.job-view-layout', // /jobs/view/ page
      '.jobs-details',
      '.scaffold-layout__detail',
      'main',
    ],
    title: [
      '.job-details-jobs-unified-top-card__job-title h1',
      '.job-details-jobs-unified-top-card__job-title',
      '.jobs-unified-top-card__job-title',
      'h1.t-24',
      'h1',
    ],
    company: [
      '.job-details-jobs-unified-top-card__company-name a',
      '.job-details-jobs-unified-top-card__company-name',
      '.jobs-unified-top-card__company-name a',
      'a[href*="/company/"]', // structure: the first company link with text
    ],
  };

  const STRUCTURE_PROBES = {
    main: 'main',
    mainChildren: 'main > *',
    classicCard: CLASSIC.card,
    sduiCard: SDUI.card,
    h1: 'main h1',
    h2InCard: `${SDUI.card} h2`,
    profileLinks: 'main a[href*="/in/"]',
    contactInfo: CONTACT_INFO.join(','),
    experience: CLASSIC.experienceAnchor,
    islands: ISLAND,
    dialogs: '[role="dialog"]',
    jobTitle: JOB.title.slice(0, 4).join(','),
    companyLinks: 'main a[href*="/company/"]',
  };

  function failure(error, reason, doc) {
    return { error, reason, structure: text.describeStructure(doc, STRUCTURE_PROBES) };
  }

  // ----- URLs -------------------------------------------------------------------------------

  function safeUrl(href) {
    try {
      return new URL(href, ORIGIN);
    } catch {
      return null;
    }
  }

  function decode(part) {
    try {
      return decodeURIComponent(part);
    } catch {
      return part;
    }
  }

  /** The profile slug of a /in/ URL: decoded, lower-cased (member ids keep their case). */
  function profileSlug(href) {
    const url = safeUrl(href);
    if (!url || !/(^|\.)linkedin\.com$/i.test(url.hostname)) return null;
    const match = /^\/in\/([^/]+)/.exec(url.pathname);
    if (!match) return null;
    const slug = decode(match[1]).trim();
    if (!slug) return null;
    // ACoAA… member ids are case-sensitive; a vanity name is not.
    return /^ACoA/.test(slug) ? slug : slug.toLowerCase();
  }

  /** A profile URL reduced to https://www.linkedin.com/in/<slug>/ (no query, no tail). */
  function normalizeProfileUrl(href) {
    const slug = profileSlug(href);
    return slug ? `${ORIGIN}/in/${slug}/` : null;
  }

  /** What kind of LinkedIn page a URL shows: profile, job, or something we leave alone. */
  function pageKind(href) {
    const url = safeUrl(href);
    if (!url) return { kind: 'other', reason: 'bad-url' };
    const profile = /^\/in\/([^/]+)\/?(?:([^/]+)(?:\/.*)?)?$/.exec(url.pathname);
    if (profile) {
      const sub = profile[2];
      if (!sub) return { kind: 'profile', slug: profileSlug(url.href) };
      if (sub === 'details' || sub === 'overlay' || sub === 'recent-activity') {
        return { kind: 'other', reason: sub };
      }
      return { kind: 'other', reason: 'profile-subpage' };
    }
    const view = /^\/jobs\/view\/(?:[^/]*?-)?(\d+)\/?/.exec(url.pathname);
    if (view) return { kind: 'job', jobId: view[1], inList: false };
    const current = url.searchParams.get('currentJobId');
    // collections/, search/, search-results/: any job list with a posting selected.
    if (url.pathname.startsWith('/jobs/') && /^\d+$/.test(current || '')) {
      return { kind: 'job', jobId: current, inList: true };
    }
    return { kind: 'other', reason: 'not-a-profile-or-job' };
  }

  // ----- text helpers ------------------------------------------------------------------------

  // A label printed twice in a row ("AnnaAnna", "Anna Anna") is one visible and one
  // screen-reader copy read together.
  function undouble(value) {
    const s = value.trim();
    const half = s.length / 2;
    if (s.length >= 2 && Number.isInteger(half) && s.slice(0, half) === s.slice(half)) {
      return s.slice(0, half);
    }
    // With a space between the copies, only multi-word labels: "Lee Lee" can be a real name.
    const spaced = /^(.+ .+) \1$/.exec(s);
    return spaced ? spaced[1] : s;
  }

  /** Visible text of a label: the aria-hidden copy when there is one, never the SR copy. */
  function labelText(el) {
    if (!el) return '';
    const shown = [...el.querySelectorAll('span[aria-hidden="true"]')].filter((span) => {
      const outer = span.parentElement.closest('span[aria-hidden="true"]');
      return !outer || !el.contains(outer);
    });
    const value = shown.length
      ? shown.map((span) => text.lineText(span, { skipAriaHidden: false })).join(' ')
      : text.lineText(el, { skip: SCREEN_READER_ONLY });
    return undouble(value.replace(/\s+/g, ' '));
  }

  // ----- shared profile parts ----------------------------------------------------------------

  function photoIn(card, selectors) {
    const img = text.firstMatch(card, selectors, (el) => !el.closest(NOT_THE_PERSON));
    const src = img && (img.getAttribute('src') || '');
    return /^https:\/\//.test(src || '') ? src : null;
  }

  // The location is the first label on the line that ends with the contact-info link.
  function locationBesideContactInfo(card) {
    const link =
      text.firstMatch(card, CONTACT_INFO) ||
      // SDUI renders the contact-info link as a lone anchor in its own paragraph.
      text.firstMatch(card, 'p > a', (a) => a.parentElement.children.length === 1);
    if (!link) return '';
    let line = link;
    // Climb out of wrappers that hold only the link, up to the row that holds the location too.
    while (line.parentElement !== card && line.parentElement.children.length < 2) {
      line = line.parentElement;
    }
    const row = line.parentElement;
    if (!row) return '';
    for (const child of row.children) {
      if (child === line || child.contains(link)) break;
      const value = labelText(child);
      if (value && value !== '·') return value;
    }
    return '';
  }

  // Links that name the card's own person: around the name, or to the person's overlays.
  const OWN_LINKS = 'a[href*="/in/"]:has(h1, h2), a[href*="/in/"][href*="/overlay/"]';

  function cardSlugMismatch(card, page) {
    if (!page.slug || /^ACoA/.test(page.slug)) return false;
    const links = [...card.querySelectorAll(OWN_LINKS)].map((a) => profileSlug(a.href));
    const vanity = links.filter((slug) => slug && !/^ACoA/.test(slug));
    return vanity.length > 0 && !vanity.includes(page.slug);
  }

  function cardProfileUrl(card, preferred) {
    const link = text.firstMatch(card, [preferred || OWN_LINKS, OWN_LINKS]);
    return link ? normalizeProfileUrl(link.href) : null;
  }

  // ----- classic layout ----------------------------------------------------------------------

  function companyFromButtons(card) {
    for (const button of card.querySelectorAll(CLASSIC.companyButton)) {
      const match = CURRENT_COMPANY.exec(button.getAttribute('aria-label') || '');
      if (!match) continue;
      const shown = labelText(button);
      if (shown) return shown;
      // The label goes on with a sentence about the Experience card; keep the name only.
      return match[1].replace(/\.\s+\S.*$/, '').trim();
    }
    return '';
  }

  function entityLines(entity) {
    const spans = [...entity.querySelectorAll('span[aria-hidden="true"]')].filter(
      (span) => !span.parentElement.closest('span[aria-hidden="true"]'),
    );
    return spans.map((span) => text.lineText(span, { skipAriaHidden: false })).filter(Boolean);
  }

  function companyFromExperience(doc) {
    const anchor = doc.querySelector(CLASSIC.experienceAnchor);
    const section = anchor && anchor.closest('section');
    const entity = section && section.querySelector(CLASSIC.experienceEntity);
    if (!entity) return '';
    const lines = entityLines(entity);
    // Several roles at one company: the entity starts with the company, the roles are nested.
    const grouped = entity.querySelector(CLASSIC.experienceEntity);
    const line = grouped ? lines[0] : lines[1];
    return line ? line.split(' · ')[0].trim() : '';
  }

  function parseClassic(card, doc, page) {
    return {
      layout: 'classic',
      name: labelText(text.firstMatch(card, CLASSIC.name)),
      headline: labelText(text.firstMatch(card, CLASSIC.headline)),
      location:
        labelText(text.firstMatch(card, CLASSIC.location)) || locationBesideContactInfo(card),
      company: companyFromButtons(card) || companyFromExperience(doc),
      profileUrl: cardProfileUrl(card) || normalizeProfileUrl(page.href),
      photoUrl: photoIn(card, CLASSIC.photo),
    };
  }

  // ----- SDUI layout -------------------------------------------------------------------------

  const DEGREE = /^·\s*\S{1,5}$/; // "· 1st", "· 2.", "· 3rd+"

  // The card's paragraphs in order, minus the name, the chips and the connection counts.
  function sduiLines(card) {
    return [...card.querySelectorAll('p')]
      .filter((p) => !p.closest(`${SDUI.button}, a`) && !p.querySelector('a'))
      .map((p) => ({ el: p, value: labelText(p) }))
      .filter((line) => line.value && line.value !== '·' && !DEGREE.test(line.value));
  }

  function chipName(card, mark) {
    for (const chip of card.querySelectorAll(SDUI.button)) {
      if (chip.querySelector(mark)) {
        const value = labelText(chip);
        if (value) return value;
      }
    }
    return '';
  }

  function parseSdui(card, doc, page) {
    const location = locationBesideContactInfo(card);
    const lines = sduiLines(card).filter((line) => line.value !== location);
    const headline = lines.length ? lines[0].value : '';
    // After the headline comes "Company · School" (either part may be missing).
    const orgLine = lines.length > 1 ? lines[1].value : '';
    const school = chipName(card, SDUI.schoolChipMark);
    let company = chipName(card, SDUI.companyChipMark);
    if (!company && orgLine) {
      const first = orgLine.split(' · ')[0].trim();
      company = first === school ? '' : first;
    }
    return {
      layout: 'sdui',
      name: labelText(text.firstMatch(card, SDUI.name)),
      headline,
      location,
      company,
      profileUrl: cardProfileUrl(card, SDUI.nameLink) || normalizeProfileUrl(page.href),
      photoUrl: photoIn(card, SDUI.photo),
    };
  }

  // ----- JSON islands (fallback) -------------------------------------------------------------

  function islandPayloads(doc) {
    const payloads = [];
    for (const code of doc.querySelectorAll(ISLAND)) {
      try {
        payloads.push(JSON.parse(code.textContent));
      } catch {
        // An island that is not JSON is not ours to read.
      }
    }
    return payloads;
  }

  function largestImage(image) {
    if (!image || !image.rootUrl || !Array.isArray(image.artifacts) || !image.artifacts.length) {
      return null;
    }
    const largest = image.artifacts.reduce((a, b) => ((b.width || 0) > (a.width || 0) ? b : a));
    return image.rootUrl + largest.fileIdentifyingUrlPathSegment;
  }

  // Full profiles (dash Profile) and mini profiles (the viewer's own, in /me) both carry
  // publicIdentifier; the full one has the headline, the place and the larger picture.
  function islandPhoto(person) {
    const picture = person.profilePicture;
    const reference = picture && picture.displayImageReference;
    const full = reference && reference.vectorImage;
    return largestImage(full) || largestImage(person.picture);
  }

  function richness(person) {
    return (person.geoLocation ? 2 : 0) + (person.headline ? 1 : 0);
  }

  /** The profile in the page's JSON islands whose publicIdentifier is the slug, or null. */
  function readProfileIsland(doc, slug) {
    if (!slug) return null;
    let best = null;
    for (const payload of islandPayloads(doc)) {
      const included = payload && Array.isArray(payload.included) ? payload.included : [];
      for (const item of included) {
        const matches =
          item &&
          typeof item.publicIdentifier === 'string' &&
          typeof item.firstName === 'string' &&
          item.publicIdentifier.toLowerCase() === slug.toLowerCase();
        if (matches && (!best || richness(item) > richness(best.person))) {
          best = { person: item, included };
        }
      }
    }
    if (!best) return null;
    const { person, included } = best;
    const geoUrn = person.geoLocation && (person.geoLocation['*geo'] || person.geoLocation.geoUrn);
    const geo = geoUrn && included.find((item) => item && item.entityUrn === geoUrn);
    return {
      layout: 'island',
      name: [person.firstName, person.lastName].filter(Boolean).join(' ').trim(),
      headline: (person.headline || person.occupation || '').trim(),
      location: geo && geo.defaultLocalizedName ? geo.defaultLocalizedName : '',
      company: '',
      profileUrl: normalizeProfileUrl(`/in/${person.publicIdentifier}/`),
      photoUrl: islandPhoto(person),
    };
  }

  // ----- profile -----------------------------------------------------------------------------

  function mainIsEmpty(doc) {
    const main = doc.querySelector('main');
    return !main || !text.lineText(main);
  }

  function fillFromIsland(fields, island) {
    if (!island) return fields;
    for (const key of ['headline', 'location', 'photoUrl']) {
      if (!fields[key] && island[key]) fields[key] = island[key];
    }
    return fields;
  }

  // A field the page did not show is null, never an empty string.
  function asProfile(fields) {
    const out = { site: 'linkedin', kind: 'profile' };
    for (const [key, value] of Object.entries(fields)) out[key] = value || null;
    return out;
  }

  function readProfile(doc, page) {
    const classic = doc.querySelector(CLASSIC.card);
    const sdui = classic ? null : doc.querySelector(SDUI.card);
    const card = classic || sdui;
    if (card && cardSlugMismatch(card, page)) return failure('loading', 'previous-profile', doc);
    const island = readProfileIsland(doc, page.slug);
    if (card) {
      const fields = classic ? parseClassic(card, doc, page) : parseSdui(card, doc, page);
      if (!fields.name) return failure('unreadable', 'name', doc);
      return asProfile(fillFromIsland(fields, island));
    }
    if (island) return asProfile(island);
    if (mainIsEmpty(doc)) return failure('loading', 'empty-main', doc);
    return failure('unreadable', 'no-top-card', doc);
  }

  // ----- job posting -------------------------------------------------------------------------

  function companyUrl(href) {
    const url = safeUrl(href);
    const match = url && /^\/company\/([^/]+)/.exec(url.pathname);
    return match ? `${ORIGIN}/company/${decode(match[1]).toLowerCase()}/` : null;
  }

  // "Title | Company | LinkedIn", the tab title of a posting.
  function fromDocumentTitle(doc) {
    const parts = (doc.title || '').split(' | ').map((p) => p.trim());
    if (parts.length >= 3 && parts[parts.length - 1] === 'LinkedIn') {
      return { title: parts[0].replace(/^\(\d+\)\s*/, ''), company: parts[1] };
    }
    return null;
  }

  function linkAround(el, selector) {
    return el.closest(selector) || el.querySelector(selector);
  }

  // On a list page the pane can still show the previously selected posting.
  function showsOtherJob(titleEl, jobId) {
    const link = linkAround(titleEl, 'a[href*="/jobs/view/"]');
    const shown = link && /\/jobs\/view\/(?:[^/]*?-)?(\d+)/.exec(link.getAttribute('href'));
    return Boolean(shown && shown[1] !== jobId);
  }

  function readJob(doc, page) {
    const detail = text.firstMatch(doc, JOB.detail, text.isShown);
    const titleEl = detail && text.firstMatch(detail, JOB.title, (el) => Boolean(labelText(el)));
    const companyEl =
      detail && text.firstMatch(detail, JOB.company, (el) => Boolean(labelText(el)));
    if (titleEl && page.inList && showsOtherJob(titleEl, page.jobId)) {
      return failure('loading', 'previous-job', doc);
    }
    const fromTitle = page.inList ? null : fromDocumentTitle(doc);
    const title = titleEl ? labelText(titleEl) : fromTitle && fromTitle.title;
    const company = companyEl ? labelText(companyEl) : fromTitle && fromTitle.company;
    if (!title || !company) {
      if (mainIsEmpty(doc)) return failure('loading', 'empty-main', doc);
      return failure('unreadable', title ? 'company' : 'title', doc);
    }
    const link = companyEl && linkAround(companyEl, 'a[href*="/company/"]');
    return {
      site: 'linkedin',
      kind: 'job',
      jobId: page.jobId,
      title,
      company,
      companyUrl: link ? companyUrl(link.getAttribute('href')) : null,
      url: `${ORIGIN}/jobs/view/${page.jobId}/`,
    };
  }

  /** Read a LinkedIn profile or job posting; other pages answer {error: "not-applicable"}. */
  function parse(doc, url) {
    const kind = pageKind(url);
    if (kind.kind === 'profile') return readProfile(doc, { ...kind, href: url });
    if (kind.kind === 'job') return readJob(doc, { ...kind, href: url });
    return failure('not-applicable', kind.reason, doc);
  }

  /** Read the profile at url; any other page answers {error: "not-applicable"}. */
  function parseProfile(doc, url) {
    const kind = pageKind(url);
    if (kind.kind !== 'profile') return failure('not-applicable', kind.reason || kind.kind, doc);
    return readProfile(doc, { ...kind, href: url });
  }

  /** Read the job posting at url; any other page answers {error: "not-applicable"}. */
  function parseJob(doc, url) {
    const kind = pageKind(url);
    if (kind.kind !== 'job') return failure('not-applicable', kind.reason || kind.kind, doc);
    return readJob(doc, { ...kind, href: url });
  }

  const api = {
    parse,
    parseProfile,
    parseJob,
    pageKind,
    normalizeProfileUrl,
    readProfileIsland,
    labelText,
    SELECTORS: { CLASSIC, SDUI, CONTACT_INFO, ISLAND, JOB },
  };
  ns.linkedin = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
