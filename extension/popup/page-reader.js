// Reading the tab the user clicked Rebound on, on demand. The parsers are injected with the
// access the click grants (activeTab), so "only when I click" needs no standing permission.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const OUTLOOK_HOSTS = ['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'];

  /** Which reader applies to `url`: {site, view} or null. */
  function siteOf(url) {
    let parsed;
    try {
      parsed = new URL(url);
    } catch {
      return null;
    }
    if (parsed.protocol !== 'https:') return null;
    if (parsed.hostname === 'mail.google.com') return { site: 'gmail', view: 'email' };
    if (OUTLOOK_HOSTS.includes(parsed.hostname)) return { site: 'outlook', view: 'email' };
    if (parsed.hostname === 'www.linkedin.com') {
      if (/^\/in\/[^/]+\/?$/.test(parsed.pathname)) return { site: 'linkedin', view: 'profile' };
      if (/^\/jobs\//.test(parsed.pathname)) return { site: 'linkedin', view: 'job' };
    }
    return null;
  }

  // Runs inside the tab, in the extension's isolated world; returns plain data only.
  function readInTab(site, view) {
    const ns = globalThis.Rebound || {};
    try {
      if (site === 'gmail') return ns.gmail.parse(document, location.href);
      if (site === 'outlook') return ns.outlook.parse(document, location.href);
      if (view === 'profile') return ns.linkedin.parseProfile(document, location.href);
      return ns.linkedin.parseJob(document, location.href);
    } catch (err) {
      return { error: 'unreadable', reason: String((err && err.message) || err) };
    }
  }

  /** Parse the tab's page; resolves to the parser's fields or {error}. */
  async function read(tabId, target) {
    await chrome.scripting.executeScript({
      target: { tabId },
      files: ['shared/visible-text.js', `sites/${target.site}/parse.js`],
    });
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: readInTab,
      args: [target.site, target.view],
    });
    return (frame && frame.result) || { error: 'unreadable', reason: 'no result' };
  }

  const FILLERS = {
    gmail: { files: ['sites/reply-box.js', 'sites/gmail/reply.js'], name: 'gmailReply' },
    outlook: { files: ['sites/reply-box.js', 'sites/outlook/reply.js'], name: 'outlookReply' },
    linkedin: { files: ['sites/linkedin/note.js'], name: 'linkedinNote' },
  };

  function fillInTab(name, text) {
    return globalThis.Rebound[name].fill(text);
  }

  /** Fill the tab's reply or note box with `text`; resolves to {ok, message}. */
  async function insert(tabId, site, text) {
    const filler = FILLERS[site];
    await chrome.scripting.executeScript({
      target: { tabId },
      files: ['panel/panel-css.js', 'panel/panel.js'].concat(filler.files),
    });
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId },
      func: fillInTab,
      args: [filler.name, text],
    });
    return (frame && frame.result) || { ok: false, message: 'The page did not answer.' };
  }

  Rebound.pageReader = { siteOf, read, insert };
})(globalThis);
