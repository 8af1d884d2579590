// The toolbar popup: the reading of the message or profile in the current tab, on demand;
// elsewhere, what is due today and this week.
(function () {
  'use strict';
  const Rebound = globalThis.Rebound;
  const mount = document.getElementById('reading');

  function openPanel(title) {
    mount.replaceChildren();
    return Rebound.panel.open({ title, mountIn: mount });
  }

  async function showTab(tab, target) {
    const panel = openPanel('Rebound');
    panel.body.textContent = 'Reading this page…';
    let parsed;
    try {
      parsed = await Rebound.pageReader.read(tab.id, target);
    } catch (err) {
      parsed = { error: 'unreadable', reason: String((err && err.message) || err) };
    }
    const env = {
      surface: 'popup',
      signal: new AbortController().signal,
      send: Rebound.send,
      openPanel,
      refresh: () => showTab(tab, target),
      insertText: async (text) => {
        const result = await Rebound.pageReader.insert(tab.id, target.site, text).catch((err) => ({ ok: false, message: String(err.message || err) }));
        if (!result.ok && (await Rebound.ui.copyText(text)) && !/clipboard/.test(result.message)) {
          result.message += ' The draft is on your clipboard.';
        }
        return result;
      },
    };
    if (parsed.error) {
      if (parsed.error === 'unreadable') return Rebound.views.showUnreadable(parsed, env);
      const note = target.view === 'email' ? 'Open a message to read it.' : 'The page is still loading: try again in a moment.';
      openPanel('Rebound').body.replaceChildren(Rebound.ui.el('p', { text: note }));
      return null;
    }
    if (target.view === 'email') return Rebound.views.showEmail(Rebound.fields.email(parsed), env);
    if (target.view === 'profile') return Rebound.views.showProfile(Rebound.fields.profile(parsed), env);
    return Rebound.views.showJob(Rebound.fields.job(parsed), env);
  }

  async function main() {
    const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
    const target = tab && tab.url ? Rebound.pageReader.siteOf(tab.url) : null;
    if (target) return showTab(tab, target);
    const panel = openPanel('Rebound: what is due');
    return Rebound.dueList.render(panel.body, Rebound.send, Date.now());
  }

  main();
})();
