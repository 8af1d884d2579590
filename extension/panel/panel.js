// The panel frame: a shadow root with its own styles, a header with hide, snooze and dismiss,
// and a body the views fill. Page and API text only ever enters the DOM as text nodes.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const HOST_ID = 'rebound-panel-host';
  const DAY_MS = 24 * 3600 * 1000;

  /** Build an element: props {class, text, attrs, on, hidden, disabled}; children as text or nodes. */
  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    const p = props || {};
    if (p.class) node.className = p.class;
    if (p.text !== undefined && p.text !== null) node.textContent = String(p.text);
    for (const [name, value] of Object.entries(p.attrs || {})) {
      if (value !== undefined && value !== null && value !== false) node.setAttribute(name, String(value));
    }
    for (const [name, listener] of Object.entries(p.on || {})) node.addEventListener(name, listener);
    if (p.hidden) node.hidden = true;
    if (p.disabled) node.disabled = true;
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
    }
    return node;
  }

  function parseRgb(value) {
    const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value || '');
    if (!m) return null;
    const alpha = m[4] === undefined ? 1 : parseFloat(m[4]) / (m[4].endsWith('%') ? 100 : 1);
    if (alpha < 0.5) return null;
    return [Number(m[1]), Number(m[2]), Number(m[3])];
  }

  /** 'dark' or 'light' from the page's own background, or null when the page has none. */
  function pageTheme(doc) {
    for (const node of [doc.body, doc.documentElement]) {
      if (!node) continue;
      const rgb = parseRgb(getComputedStyle(node).backgroundColor);
      if (rgb) {
        const luminance = (0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2]) / 255;
        return luminance < 0.45 ? 'dark' : 'light';
      }
    }
    return null;
  }

  /** Remove the page's panel, if any. */
  function close(doc) {
    const host = (doc || document).getElementById(HOST_ID);
    if (host) host.remove();
  }

  /**
   * Open (or reuse) the panel and return {body, setTitle, close}. Options: title, mountIn (an
   * element for the popup), onDismiss(), onSnooze(ms): both hide the panel afterwards.
   */
  function open(options) {
    const opts = options || {};
    const doc = document;
    let host = opts.mountIn ? null : doc.getElementById(HOST_ID);
    if (!host) {
      host = el('div', { attrs: { id: opts.mountIn ? null : HOST_ID } });
      host.attachShadow({ mode: 'open' });
      (opts.mountIn || doc.documentElement).append(host);
    }
    if (opts.mountIn) host.dataset.surface = 'popup';
    const theme = opts.mountIn ? null : pageTheme(doc);
    if (theme) host.dataset.theme = theme;
    else delete host.dataset.theme;

    const shadow = host.shadowRoot;
    shadow.replaceChildren();
    const titleId = 'rb-title';
    const bodyId = 'rb-body';
    const title = el('h2', { class: 'rb-title', text: opts.title || 'Rebound', attrs: { id: titleId } });
    const body = el('div', {
      class: 'rb-body',
      attrs: { id: bodyId, 'aria-live': 'polite', 'aria-busy': 'true' },
    });
    const toggle = el('button', {
      class: 'rb-icon',
      text: '–',
      attrs: { type: 'button', 'aria-expanded': 'true', 'aria-controls': bodyId, 'aria-label': 'Collapse the Rebound panel' },
    });
    const setExpanded = (expanded) => {
      body.hidden = !expanded;
      toggle.textContent = expanded ? '–' : '+';
      toggle.setAttribute('aria-expanded', String(expanded));
      toggle.setAttribute('aria-label', (expanded ? 'Collapse' : 'Expand') + ' the Rebound panel');
    };
    toggle.addEventListener('click', () => setExpanded(body.hidden));

    const closeThis = () => host.remove();
    const headButtons = [toggle];
    if (opts.onSnooze) {
      headButtons.push(
        el('button', {
          text: 'Snooze 1 day',
          attrs: { type: 'button', 'aria-label': 'Snooze this panel for one day' },
          on: { click: () => Promise.resolve(opts.onSnooze(DAY_MS)).finally(closeThis) },
        }),
      );
    }
    if (opts.onDismiss) {
      headButtons.push(
        el('button', {
          class: 'rb-icon',
          text: '×',
          attrs: { type: 'button', 'aria-label': opts.dismissLabel || 'Dismiss the panel for this page' },
          on: { click: () => Promise.resolve(opts.onDismiss()).finally(closeThis) },
        }),
      );
    }
    const panel = el(
      'section',
      {
        class: 'rb-panel',
        attrs: { role: 'complementary', 'aria-labelledby': titleId },
        on: {
          keydown: (event) => {
            // Keys typed in the panel are ours: webmail's single-key shortcuts must not see them.
            event.stopPropagation();
            if (event.key === 'Escape') {
              setExpanded(false);
              toggle.focus();
            }
          },
          keyup: (event) => event.stopPropagation(),
          keypress: (event) => event.stopPropagation(),
        },
      },
      el('div', { class: 'rb-head' }, title, headButtons),
      body,
    );
    shadow.append(el('style', { text: Rebound.panelCss }), panel);
    return {
      host,
      body,
      setTitle: (text) => (title.textContent = text),
      setBusy: (busy) => body.setAttribute('aria-busy', String(Boolean(busy))),
      close: closeThis,
    };
  }

  /** Put `text` on the clipboard; falls back to a hidden textarea where the API is refused. */
  async function copyText(text) {
    try {
      await navigator.clipboard.writeText(text);
      return true;
    } catch {
      const area = el('textarea', { attrs: { 'aria-hidden': 'true' } });
      area.value = text;
      area.style.cssText = 'position:fixed;left:-9999px;top:0;opacity:0';
      document.body.append(area);
      area.select();
      let done = false;
      try {
        done = document.execCommand('copy');
      } catch {
        done = false;
      }
      area.remove();
      return done;
    }
  }

  Rebound.ui = { el, copyText, pageTheme };
  Rebound.panel = { HOST_ID, open, close };
})(globalThis);
