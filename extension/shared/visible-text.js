// Visible text of a DOM subtree, the same in the browser and under jsdom (which has no innerText).
// Loaded as a classic content script before the site parsers, and by require() in Node tests.
(function (root) {
  'use strict';

  const ns = (root.Rebound ||= {});

  // Never rendered as text, whatever their content.
  const NEVER_TEXT = new Set([
    'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'svg',
    'iframe', 'object', 'embed', 'canvas', 'video', 'audio', 'select', 'input', 'textarea',
  ]);

  // Elements that start and end a line, as CSS display:block (or list-item, table-row) does.
  const BLOCK = new Set([
    'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dialog', 'div',
    'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'li',
    'main', 'nav', 'ol', 'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr',
    'ul', 'caption', 'body', 'html',
  ]);

  // Blocks with vertical margins: a blank line around them, as innerText gives.
  const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

  const NBSP_MARK = '\u0001';

  // Quoted history that mail clients keep inside the new message's HTML.
  const QUOTE_SELECTORS = [
    '.gmail_quote', // Gmail: the quoted thread under a reply
    '.gmail_attr', // Gmail: the "On … wrote:" attribution line
    '.x_gmail_quote', // Gmail quote after Outlook's sanitizer prefixed the class
    'blockquote', // most clients
    '#divRplyFwdMsg', // Outlook: the From/Sent/To header of the quoted message
    '[id^="x_divRplyFwdMsg"]', // same, after Outlook's x_ prefixing
    '#appendonsend', // Outlook: marker before the quoted part
    '[id^="x_appendonsend"]',
    '.yahoo_quoted', // Yahoo Mail quote
    '.moz-cite-prefix', // Thunderbird attribution line
  ];

  // Outlook marks where the quoted part begins; everything from the marker on is history.
  const QUOTE_START_SELECTORS = [
    '#appendonsend',
    '[id^="x_appendonsend"]',
    '#divRplyFwdMsg',
    '[id^="x_divRplyFwdMsg"]',
  ];

  // A quoted-message header line of the form "Label: value", per language.
  const FROM_LABEL = /^(?:from|von|de|da|van|od|från|fra|lähettäjä)\s*:\s*\S/i;
  const SENT_LABEL = new RegExp(
    '^(?:sent|date|gesendet|datum|envoyé|date d\'envoi|enviado|fecha|inviato|data|verzonden|' +
      'wysłano|wysłane|skickat|sendt|lähetetty)\\s*:',
    'i',
  );
  const FROM_AND_SENT_ON_ONE_LINE = /^(?:from|von)\s*:.{1,200}\b(?:sent|gesendet)\s*:/i;
  const SEPARATOR_LINE = new RegExp(
    '^-{2,}\\s*(?:original message|ursprüngliche nachricht|message d\'origine|mensaje original|' +
      'messaggio originale|oorspronkelijk bericht|forwarded message|weitergeleitete nachricht|' +
      'wiadomość oryginalna)\\s*-{2,}$',
    'i',
  );
  const UNDERSCORE_RULE = /^_{10,}$/;
  // "On <date>, <name> wrote:" and its translations; the attribution may wrap onto two lines.
  const ATTRIBUTION = [
    /^on\b.{4,300}\bwrote\s?:$/i,
    /^am\b.{4,300}\bschrieb\b.{0,200}:$/i,
    /^le\b.{4,300}\ba écrit\s?:$/i,
    /^el\b.{4,300}\bescribió\s?:$/i,
    /^em\b.{4,300}\bescreveu\s?:$/i,
    /^il giorno\b.{4,300}\bha scritto\s?:$/i,
    /^op\b.{4,300}\bschreef\b.{0,200}:$/i,
    /^w dniu\b.{4,300}\bnapisał[a]?\s?:$/i,
  ];

  /** Whether an inline style hides the element or shrinks it to nothing (email preheaders). */
  function styleHides(style) {
    if (!style) return false;
    const s = style.toLowerCase().replace(/\s+/g, '');
    if (/(?:^|;)display:none/.test(s)) return true;
    if (/(?:^|;)visibility:hidden/.test(s)) return true;
    if (/(?:^|;)mso-hide:all/.test(s)) return true;
    if (/(?:^|;)opacity:0(?:\.0+)?(?:;|$|!)/.test(s)) return true;
    const clipped = /(?:^|;)overflow:hidden/.test(s);
    const zeroBox = /(?:^|;)(?:max-)?(?:height|width):0(?:px|em|rem|%)?(?:;|$|!)/.test(s);
    return clipped && zeroBox;
  }

  /** Whether the element itself is hidden by the hidden attribute or its inline style. */
  function selfHidden(el) {
    return el.hasAttribute('hidden') || styleHides(el.getAttribute('style'));
  }

  /** Whether neither the element nor an ancestor is hidden (attribute or inline style). */
  function isShown(el) {
    for (let n = el; n && n.nodeType === 1; n = n.parentElement) {
      if (selfHidden(n)) return false;
    }
    return true;
  }

  function buildStopSelector(options) {
    return options.stripQuotes ? QUOTE_START_SELECTORS.join(',') : '';
  }

  function buildSkipSelector(options) {
    const parts = [];
    if (options.skipAriaHidden !== false) parts.push('[aria-hidden="true"]');
    if (options.stripQuotes) parts.push(...QUOTE_SELECTORS);
    if (options.skip) parts.push(...[].concat(options.skip));
    return parts.join(',');
  }

  // Collects text runs and pending line breaks so that adjacent blocks share one break.
  function makeSink() {
    const parts = [];
    let pendingBreaks = 0;
    let atLineStart = true;
    function flushBreaks() {
      if (!pendingBreaks) return;
      const tail = /\n*$/.exec(parts[parts.length - 1] || '')[0].length;
      if (pendingBreaks > tail) parts.push('\n'.repeat(pendingBreaks - tail));
      pendingBreaks = 0;
      atLineStart = true;
    }
    return {
      requestBreaks(n) {
        if (parts.length) pendingBreaks = Math.max(pendingBreaks, n);
      },
      hardBreak() {
        flushBreaks();
        parts.push('\n');
        pendingBreaks = 0;
        atLineStart = true;
      },
      text(s) {
        // Whitespace between blocks must not turn a pending break into text.
        if (pendingBreaks || atLineStart) s = s.replace(/^ +/, '');
        if (!s) return;
        flushBreaks();
        parts.push(s);
        atLineStart = s.endsWith('\n');
      },
      join() {
        return parts.join('');
      },
    };
  }

  // Returns false once a stop marker is met, so the walk ends there.
  function walk(node, sink, sel, inPre) {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        let s = child.data.replace(/[\u200b-\u200d\u2060\ufeff\u034f\u00ad]/g, '');
        // A no-break space is real content (a line holding only one is a blank line), so it
        // survives whitespace collapsing as a marker and becomes a space in tidy().
        s = s.replace(/\u00a0/g, NBSP_MARK);
        s = inPre ? s : s.replace(/[ \t\n\r\f]+/g, ' ');
        sink.text(s);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const tag = child.localName;
      if (tag === 'img') {
        // Emoji are images that carry the character; other images (logos, pixels) have no text.
        const emoji = child.getAttribute('data-emoji');
        if (emoji) sink.text(emoji);
        continue;
      }
      if (tag === 'br') {
        sink.hardBreak();
        continue;
      }
      if (sel.stop && child.matches(sel.stop)) return false;
      if (NEVER_TEXT.has(tag) || selfHidden(child)) continue;
      if (sel.skip && child.matches(sel.skip)) continue;
      const breaks = PARAGRAPH.has(tag) ? 2 : BLOCK.has(tag) ? 1 : 0;
      if (breaks) sink.requestBreaks(breaks);
      if (walk(child, sink, sel, inPre || tag === 'pre') === false) return false;
      if (breaks) sink.requestBreaks(breaks);
      if (tag === 'td' || tag === 'th') sink.text(' ');
    }
    return true;
  }

  function tidy(text) {
    return text
      .replaceAll(NBSP_MARK, ' ')
      .split('\n')
      .map((line) => line.replace(/[ \t]+/g, ' ').trim())
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  /** Cut a plain-text message at the first line that starts quoted history. */
  function stripQuotedText(text) {
    const lines = text.split('\n');
    let cut = lines.length;
    for (let i = 0; i < lines.length && cut === lines.length; i++) {
      const line = lines[i].trim();
      const next = (lines[i + 1] || '').trim();
      const nextFew = lines.slice(i + 1, i + 5).map((l) => l.trim());
      if (SEPARATOR_LINE.test(line) || FROM_AND_SENT_ON_ONE_LINE.test(line)) cut = i;
      else if (UNDERSCORE_RULE.test(line) && nextFew.some((l) => FROM_LABEL.test(l))) cut = i;
      else if (FROM_LABEL.test(line) && nextFew.some((l) => SENT_LABEL.test(l))) cut = i;
      else if (line.length <= 500) {
        const joined = next && !line.endsWith(':') ? `${line} ${next}` : line;
        if (ATTRIBUTION.some((re) => re.test(line) || re.test(joined))) cut = i;
      }
    }
    return lines
      .slice(0, cut)
      .filter((l) => !/^\s*>/.test(l))
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim();
  }

  /**
   * Visible text of an element: hidden parts skipped, blocks on their own lines.
   * options: stripQuotes (drop quoted history), skipAriaHidden (default true), skip (selectors).
   */
  function visibleText(el, options = {}) {
    if (!el) return '';
    if (el.nodeType === 1 && selfHidden(el)) return '';
    const sink = makeSink();
    const sel = { skip: buildSkipSelector(options), stop: buildStopSelector(options) };
    walk(el, sink, sel, el.nodeType === 1 && el.localName === 'pre');
    const text = tidy(sink.join());
    return options.stripQuotes ? stripQuotedText(text) : text;
  }

  /** Text of a short label on one line (names, headings): runs of whitespace become one space. */
  function lineText(el, options = {}) {
    return visibleText(el, options).replace(/\s+/g, ' ').trim();
  }

  /** The first element matching one of the selectors, tried in order, within scope. */
  function firstMatch(scope, selectors, accept) {
    if (!scope) return null;
    for (const selector of [].concat(selectors)) {
      for (const el of scope.querySelectorAll(selector)) {
        if (!accept || accept(el)) return el;
      }
    }
    return null;
  }

  /** A description of a page's structure by counts of named selectors; holds no page text. */
  function describeStructure(scope, probes) {
    const counts = Object.entries(probes).map(([name, selector]) => {
      let n = 0;
      try {
        n = scope ? scope.querySelectorAll(selector).length : 0;
      } catch {
        n = -1;
      }
      return `${name}=${n}`;
    });
    return counts.join(' ');
  }

  const api = {
    QUOTE_SELECTORS,
    QUOTE_START_SELECTORS,
    visibleText,
    lineText,
    stripQuotedText,
    styleHides,
    isShown,
    firstMatch,
    describeStructure,
  };
  ns.text = api;
  if (typeof module !== 'undefined' && module.exports) module.exports = api;
})(typeof globalThis !== 'undefined' ? globalThis : this);
