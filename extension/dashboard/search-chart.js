// "The search at a glance": monthly counts from the export document, drawn as an inline SVG
// grouped bar chart with DOM calls (no library, no markup strings).
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});
  const SVG = 'http://www.w3.org/2000/svg';

  const SERIES = [
    { key: 'applications', label: 'Applications', color: 'var(--chart-1)' },
    { key: 'interviews', label: 'Interview rounds', color: 'var(--chart-2)' },
    { key: 'rejections', label: 'Rejections', color: 'var(--chart-3)' },
    { key: 'replies', label: 'Messages sent', color: 'var(--chart-4)' },
    { key: 'warm', label: 'People kept warm', color: 'var(--chart-5)' },
  ];

  function monthOf(value) {
    if (!value) return null;
    const match = /^(\d{4})-(\d{2})/.exec(String(value));
    return match ? `${match[1]}-${match[2]}` : null;
  }

  function nextMonth(month) {
    const [year, mon] = month.split('-').map(Number);
    return mon === 12 ? `${year + 1}-01` : `${year}-${String(mon + 1).padStart(2, '0')}`;
  }

  /** Monthly counts per series from an export document: {months, counts: {key: [n...]}}. */
  function series(doc) {
    const events = { applications: [], interviews: [], rejections: [], replies: [], warm: new Map() };
    for (const interview of doc.interviews || []) {
      const firstRound = (interview.rounds || []).map((r) => r.held_on).filter(Boolean).sort()[0];
      const applied = monthOf(interview.applied_on || firstRound);
      if (applied) events.applications.push(applied);
      for (const round of interview.rounds || []) if (monthOf(round.held_on)) events.interviews.push(monthOf(round.held_on));
    }
    const rejectedInterviews = new Set();
    for (const rejection of doc.rejections || []) {
      if (rejectedInterviews.has(rejection.interview_ref)) continue;
      rejectedInterviews.add(rejection.interview_ref);
      if (monthOf(rejection.received_at)) events.rejections.push(monthOf(rejection.received_at));
    }
    (doc.interviews || []).forEach((interview, index) => {
      const ref = interview.ref ?? index + 1;
      if (!rejectedInterviews.has(ref) && monthOf(interview.rejected_on)) events.rejections.push(monthOf(interview.rejected_on));
    });
    for (const touch of doc.touchpoints || []) {
      const month = monthOf(touch.occurred_at);
      if (!month || touch.status !== 'sent') continue;
      events.replies.push(month);
      if (touch.contact_ref) {
        if (!events.warm.has(month)) events.warm.set(month, new Set());
        events.warm.get(month).add(touch.contact_ref);
      }
    }
    const all = [...events.applications, ...events.interviews, ...events.rejections, ...events.replies].sort();
    if (!all.length) return { months: [], counts: Object.fromEntries(SERIES.map((s) => [s.key, []])) };
    const months = [];
    for (let month = all[0]; month <= all[all.length - 1] && months.length < 120; month = nextMonth(month)) months.push(month);
    const tally = (list) => months.map((month) => list.filter((m) => m === month).length);
    return {
      months,
      counts: {
        applications: tally(events.applications),
        interviews: tally(events.interviews),
        rejections: tally(events.rejections),
        replies: tally(events.replies),
        warm: months.map((month) => (events.warm.get(month) || new Set()).size),
      },
    };
  }

  function svg(tag, attrs, text) {
    const node = document.createElementNS(SVG, tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function monthLabel(month) {
    const [year, mon] = month.split('-').map(Number);
    return new Date(year, mon - 1, 1).toLocaleDateString(undefined, { month: 'short', year: '2-digit' });
  }

  /** Draw the chart for `data` (from series()) and return an <svg> element. */
  function draw(data) {
    const height = 240;
    const left = 34;
    const bottom = 36;
    const top = 12;
    const groupWidth = Math.max(40, SERIES.length * 9 + 12);
    const width = Math.max(420, left + data.months.length * groupWidth + 10);
    const max = Math.max(1, ...SERIES.flatMap((s) => data.counts[s.key]));
    const plotHeight = height - top - bottom;
    const y = (value) => top + plotHeight - (value / max) * plotHeight;

    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-labelledby': 'chart-title chart-desc' });
    chart.append(
      svg('title', { id: 'chart-title' }, 'The search over time, by month'),
      svg('desc', { id: 'chart-desc' }, 'Bars per month: ' + SERIES.map((s) => s.label).join(', ') + '. The same numbers are in the table below.'),
    );
    const ticks = max <= 5 ? max : 4;
    for (let i = 0; i <= ticks; i += 1) {
      const value = Math.round((max * i) / ticks);
      chart.append(
        svg('line', { x1: left, x2: width - 4, y1: y(value), y2: y(value), stroke: 'var(--line)', 'stroke-width': 1 }),
        svg('text', { x: left - 6, y: y(value) + 4, 'text-anchor': 'end', 'font-size': 11, fill: 'var(--muted)' }, String(value)),
      );
    }
    data.months.forEach((month, index) => {
      const x0 = left + index * groupWidth + 6;
      SERIES.forEach((s, j) => {
        const value = data.counts[s.key][index];
        const bar = svg('rect', { x: x0 + j * 9, y: y(value), width: 7, height: Math.max(0, top + plotHeight - y(value)), fill: s.color });
        bar.append(svg('title', {}, `${s.label}, ${monthLabel(month)}: ${value}`));
        chart.append(bar);
      });
      chart.append(svg('text', { x: x0 + (SERIES.length * 9) / 2, y: height - bottom + 16, 'text-anchor': 'middle', 'font-size': 11, fill: 'var(--muted)' }, monthLabel(month)));
    });
    return chart;
  }

  /** The chart, its legend and a table with the same numbers, for `doc`. */
  function render(container, doc) {
    const el = Rebound.ui.el;
    const data = series(doc);
    if (!data.months.length) {
      container.replaceChildren(el('p', { class: 'muted', text: 'Nothing to draw yet: add interviews, or import your record.' }));
      return data;
    }
    const legend = el('ul', { class: 'legend', attrs: { 'aria-hidden': 'true' } },
      SERIES.map((s) => el('li', null, el('span', { class: 'swatch', attrs: { style: 'background:' + s.color } }), s.label)));
    const table = el('table', null,
      el('thead', null, el('tr', null, el('th', { text: 'Month' }), SERIES.map((s) => el('th', { text: s.label })))),
      el('tbody', null, data.months.map((month, i) => el('tr', null, el('td', { text: monthLabel(month) }), SERIES.map((s) => el('td', { text: data.counts[s.key][i] }))))),
    );
    container.replaceChildren(
      el('div', { class: 'chart-scroll' }, draw(data)),
      legend,
      el('details', null, el('summary', { text: 'Show as a table' }), table),
    );
    return data;
  }

  Rebound.searchChart = { SERIES, series, draw, render };
})(globalThis);
