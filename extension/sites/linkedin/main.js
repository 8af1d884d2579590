// LinkedIn: a profile (/in/<slug>/) shows who this is to the user; a job posting at a company
// with history shows the opening note. LinkedIn is a single-page app, so the script runs on every
// page and decides by the URL; the parser refuses a card that still shows the previous person.
(function (root) {
  'use strict';
  const Rebound = root.Rebound;

  function read() {
    const page = Rebound.linkedin.pageKind(location.href);
    if (page.kind === 'profile') {
      const parsed = Rebound.linkedin.parseProfile(document, location.href);
      const key = 'linkedin:in/' + page.slug;
      if (!parsed.error) return { key, kind: 'profile', fields: Rebound.fields.profile(parsed) };
      // Loading and hydration states are not worth a word; a card we cannot read is.
      return parsed.error === 'unreadable' ? { key: key + ':unreadable', kind: 'profile', unreadable: parsed } : null;
    }
    if (page.kind === 'job') {
      const parsed = Rebound.linkedin.parseJob(document, location.href);
      if (parsed.error) return null;
      return { key: 'linkedin:job/' + page.jobId, kind: 'job', fields: Rebound.fields.job(parsed) };
    }
    return null;
  }

  Rebound.watchViews({
    name: 'linkedin',
    // LinkedIn draws every page inside <main>; the header and messaging overlay do not matter.
    container: () => document.querySelector('main'),
    observe: { childList: true, subtree: true },
    read,
    insertText: (text) => Rebound.linkedinNote.fill(text),
  });
})(globalThis);
