// LinkedIn: a profile (/in/<slug>/) shows who this is to the user; a job posting at a company
// with history shows the opening note. LinkedIn is a single-page app, so the script runs on every
// page and decides by pathname; the card is read only once it shows the profile in the URL.
(function (root) {
  'use strict';
  const Rebound = root.Rebound;

  // Profile sub-pages (details, overlays, activity) are not the profile itself.
  const PROFILE_PATH = /^\/in\/([^/]+)\/?$/;
  const JOB_PATH = /^\/jobs\/view\/(\d+)/;

  function slugOf(url) {
    const match = /\/in\/([^/?#]+)/.exec(String(url || ''));
    if (!match) return null;
    try {
      return decodeURIComponent(match[1]).toLowerCase();
    } catch {
      return match[1].toLowerCase();
    }
  }

  /** Which LinkedIn view the URL names: {kind, id} or null. */
  function viewOf(loc) {
    const profile = PROFILE_PATH.exec(loc.pathname);
    if (profile) return { kind: 'profile', id: slugOf(loc.pathname) };
    const job = JOB_PATH.exec(loc.pathname);
    if (job) return { kind: 'job', id: job[1] };
    const current = new URLSearchParams(loc.search).get('currentJobId');
    if (loc.pathname.startsWith('/jobs/') && /^\d+$/.test(current || '')) return { kind: 'job', id: current };
    return null;
  }

  function read() {
    const view = viewOf(location);
    if (!view) return null;
    if (view.kind === 'profile') {
      const parsed = Rebound.linkedin.parseProfile(document, location.href);
      if (parsed.error) return parsed.error === 'unreadable' ? { key: 'linkedin:unreadable:' + view.id, kind: 'profile', unreadable: parsed } : null;
      const fields = Rebound.fields.profile(parsed);
      const shown = slugOf(fields.profile_url);
      // After in-app navigation the previous person's card can linger until the new one renders.
      if (shown && !view.id.startsWith('acoaa') && shown !== view.id) return null;
      return { key: 'linkedin:in/' + view.id, kind: 'profile', fields };
    }
    const parsed = Rebound.linkedin.parseJob(document, location.href);
    if (parsed.error) return null;
    return { key: 'linkedin:job/' + view.id, kind: 'job', fields: Rebound.fields.job(parsed) };
  }

  Rebound.watchViews({
    name: 'linkedin',
    container: () => document.querySelector('main'),
    observe: { childList: true, subtree: true },
    read,
    insertText: (text) => Rebound.linkedinNote.fill(text),
  });
})(globalThis);
