// Follows a single-page app from one view (message, profile, posting) to the next without
// polling: navigation events plus ONE debounced MutationObserver scoped to the site's
// container. Each view gets its own AbortController, so a slow answer for the message the user
// has already left is dropped instead of drawn.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const DEBOUNCE_MS = 150;
  const STOP_MESSAGE = 'stopReading';

  /**
   * Watch the page. `site` = {name, container(): Element|null, observe: MutationObserverInit,
   * read(): {key, kind, fields} | {key, unreadable} | null, insertText(text): Promise<{ok,message}>,
   * quickKey(): string (optional)}. quickKey is a cheap summary of what could change the open
   * view (URL, message ids, expanded count); while it stays the same and a view is shown, the
   * page's other churn (a long thread re-rendering) costs no parse at all.
   * Does nothing unless the extension is set up and the user chose the automatic panel. The
   * worker registers this script only in automatic mode, but a page that loads while the mode is
   * being switched can still get it, so the mode is checked here too.
   */
  async function watchViews(site) {
    const answer = await Rebound.send('getStatus', {});
    if (!answer.ok || answer.data.mode !== 'auto' || !answer.data.configured) return null;

    const page = new AbortController();
    let current = null;
    let timer = 0;
    let scope = null;
    let lastQuick = null;

    const observer = new MutationObserver(() => schedule());

    function rescope() {
      const container = site.container();
      const next = container || document.body;
      if (next === scope && scope.isConnected) return;
      observer.disconnect();
      scope = next;
      // Until the container exists, watch the body only for it to appear.
      observer.observe(scope, container ? site.observe : { childList: true, subtree: true });
    }

    function schedule() {
      clearTimeout(timer);
      timer = setTimeout(evaluate, DEBOUNCE_MS);
    }

    function evaluate() {
      rescope();
      const quick = site.quickKey ? site.quickKey() : null;
      if (current && quick !== null && quick === lastQuick) return;
      lastQuick = quick;
      let view = null;
      try {
        view = site.read();
      } catch (err) {
        view = { key: site.name + ':error', unreadable: { error: String((err && err.message) || err) } };
      }
      const key = view ? view.key : null;
      if (current && current.key === key) return;
      begin(view);
    }

    function begin(view) {
      if (current) current.controller.abort();
      Rebound.panel.close();
      current = view ? { key: view.key, controller: new AbortController() } : null;
      if (current) run(view, current.controller.signal);
    }

    async function run(view, signal) {
      const hidden = await Rebound.send('isHidden', { key: view.key });
      if (signal.aborted || (hidden.ok && hidden.data)) return;
      const env = {
        surface: 'page',
        signal,
        send: Rebound.send,
        insertText: (text, variant) => site.insertText(text, variant),
        refresh: () => begin(view),
        openPanel: (title) =>
          Rebound.panel.open({
            title,
            // A view the user has already left draws into a detached host, never the page.
            mountIn: signal.aborted ? document.createElement('div') : undefined,
            dismissLabel: 'Dismiss the panel for this ' + (view.kind === 'email' ? 'message' : 'page'),
            onDismiss: () => Rebound.send('hideView', { key: view.key }),
            onSnooze: (ms) => Rebound.send('hideView', { key: view.key, snoozeMs: ms }),
          }),
      };
      if (view.unreadable) return Rebound.views.showUnreadable(view.unreadable, env);
      if (view.kind === 'email') return Rebound.views.showEmail(view.fields, env);
      if (view.kind === 'profile') return Rebound.views.showProfile(view.fields, env);
      if (view.kind === 'job') return Rebound.views.showJob(view.fields, env);
      return false;
    }

    // Switching to "only when I click" stops this page at once, not at its next reload; the
    // worker sends STOP_MESSAGE (background/content-scripts.js) to open mail and LinkedIn tabs.
    function onWorkerMessage(message) {
      if (message && message.type === STOP_MESSAGE) page.abort();
    }
    chrome.runtime.onMessage.addListener(onWorkerMessage);

    const options = { signal: page.signal };
    if (globalThis.navigation && navigation.addEventListener) {
      navigation.addEventListener('navigatesuccess', schedule, options);
    }
    window.addEventListener('hashchange', schedule, options);
    window.addEventListener('popstate', schedule, options);
    page.signal.addEventListener('abort', () => {
      observer.disconnect();
      clearTimeout(timer);
      chrome.runtime.onMessage.removeListener(onWorkerMessage);
      if (current) current.controller.abort();
      current = null;
      Rebound.panel.close();
    });
    evaluate();
    return page;
  }

  Rebound.watchViews = watchViews;
})(globalThis);
