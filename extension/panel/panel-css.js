// The panel's styles, as a string for a <style> element inside the shadow root. `all: initial`
// on the host keeps the page's CSS out; the variables switch with the light or dark theme.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  Rebound.panelCss = `
:host {
  all: initial;
  position: fixed;
  right: 16px;
  bottom: 16px;
  z-index: 2147483000;
  display: block;
  --rb-bg: #ffffff;
  --rb-fg: #1d2330;
  --rb-muted: #5a6375;
  --rb-line: #d7dbe3;
  --rb-accent: #1f5fbf;
  --rb-accent-fg: #ffffff;
  --rb-soft: #f2f5fa;
  --rb-warn: #8a4b00;
  color-scheme: light;
}
@media (prefers-color-scheme: dark) {
  :host(:not([data-theme="light"])) {
    --rb-bg: #1e2229; --rb-fg: #e8ebf1; --rb-muted: #a8b0bf; --rb-line: #3a404c;
    --rb-accent: #8ab4f8; --rb-accent-fg: #10141a; --rb-soft: #272c35; --rb-warn: #f0b35c;
    color-scheme: dark;
  }
}
:host([data-theme="dark"]) {
  --rb-bg: #1e2229; --rb-fg: #e8ebf1; --rb-muted: #a8b0bf; --rb-line: #3a404c;
  --rb-accent: #8ab4f8; --rb-accent-fg: #10141a; --rb-soft: #272c35; --rb-warn: #f0b35c;
  color-scheme: dark;
}
:host([data-surface="popup"]) { position: static; }
*, *::before, *::after { box-sizing: border-box; }
.rb-panel {
  width: 360px;
  max-width: calc(100vw - 32px);
  max-height: 75vh;
  overflow: auto;
  background: var(--rb-bg);
  color: var(--rb-fg);
  border: 1px solid var(--rb-line);
  border-radius: 10px;
  box-shadow: 0 6px 24px rgba(0, 0, 0, 0.18);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
}
:host([data-surface="popup"]) .rb-panel {
  width: 100%; max-width: none; max-height: none; border: 0; border-radius: 0; box-shadow: none;
}
.rb-head {
  display: flex; align-items: center; gap: 6px; padding: 8px 10px;
  border-bottom: 1px solid var(--rb-line); position: sticky; top: 0; background: var(--rb-bg);
}
.rb-title { flex: 1; margin: 0; font-size: 14px; font-weight: 600; }
.rb-body { padding: 10px; }
.rb-body[hidden] { display: none; }
h3 { margin: 12px 0 6px; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; color: var(--rb-muted); }
h3:first-child { margin-top: 0; }
p { margin: 0 0 8px; }
ul { margin: 0 0 8px; padding-left: 18px; }
li { margin: 2px 0; }
.rb-muted { color: var(--rb-muted); font-size: 12px; }
.rb-warn { color: var(--rb-warn); }
.rb-card { border: 1px solid var(--rb-line); border-radius: 8px; padding: 8px; margin: 0 0 8px; background: var(--rb-soft); }
.rb-draft { white-space: pre-wrap; word-wrap: break-word; margin: 0 0 6px; }
.rb-row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
input[type="text"] {
  font: inherit; color: var(--rb-fg); background: var(--rb-bg); border: 1px solid var(--rb-line);
  border-radius: 6px; padding: 3px 7px; flex: 1 1 140px; min-width: 0;
}
.rb-fields { margin: 0 0 6px; }
button, select {
  font: inherit; color: var(--rb-fg); background: var(--rb-bg); border: 1px solid var(--rb-line);
  border-radius: 6px; padding: 3px 9px; cursor: pointer;
}
button.rb-primary { background: var(--rb-accent); color: var(--rb-accent-fg); border-color: var(--rb-accent); }
button.rb-icon { padding: 1px 7px; }
button:disabled { opacity: .55; cursor: default; }
button:focus-visible, select:focus-visible { outline: 2px solid var(--rb-accent); outline-offset: 2px; }
.rb-status { min-height: 1em; margin: 4px 0 0; font-size: 12px; color: var(--rb-muted); }
`;
})(globalThis);
