// What is due today and this week, from the plan, each with one click to its draft.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});
  const el = (...args) => Rebound.ui.el(...args);
  const DAY_MS = 24 * 3600 * 1000;

  function timeOf(value) {
    const time = value ? Date.parse(value) : NaN;
    return Number.isNaN(time) ? null : time;
  }

  function startOfToday(now) {
    const day = new Date(now);
    day.setHours(0, 0, 0, 0);
    return day.getTime();
  }

  /**
   * Split plan items into {today, week, later} relative to `now`: "today" is whatever the plan
   * says is due or overdue; "week" is what opens within the next seven days.
   */
  function group(items, now) {
    const endToday = startOfToday(now) + DAY_MS;
    const endWeek = endToday + 6 * DAY_MS;
    const today = [];
    const week = [];
    const later = [];
    for (const item of items) {
      const opens = timeOf(item.start_on) ?? timeOf(item.due_on);
      if (item.status === 'due' || item.status === 'overdue' || (!item.status && (opens === null || opens < endToday))) {
        today.push(item);
      } else if (opens !== null && opens < endWeek) week.push(item);
      else later.push(item);
    }
    const byDue = (a, b) => (timeOf(a.due_on) || 0) - (timeOf(b.due_on) || 0);
    return { today: today.sort(byDue), week: week.sort(byDue), later: later.sort(byDue) };
  }

  // Plan items name what to do; drafts name what to write.
  const DRAFT_KIND = {
    rejection_reply: 'rejection_reply',
    thank_you: 'thank_you',
    connect: 'connection_note',
    opening: 'opening',
    check_in: 'check_in',
  };

  function itemView(item, send) {
    const views = Rebound.views;
    const who = views.personName(item.person);
    const interview = item.interview && typeof item.interview === 'object' ? item.interview : null;
    const where = interview ? [interview.company && (interview.company.name || interview.company), interview.role].filter(Boolean).join(', ') : '';
    const drafts = el('div');
    const draftKind = DRAFT_KIND[item.kind];
    const label = item.title || views.kindLabel(item.kind);
    const button = el('button', { text: 'Draft', hidden: !draftKind, attrs: { type: 'button', 'aria-label': 'Draft: ' + label + (who ? ' for ' + who : '') } });
    button.addEventListener('click', async () => {
      button.disabled = true;
      const result = await send('drafts', {
        kind: draftKind,
        interviewId: interview && interview.id,
        contactId: item.person && item.person.id,
        extras: item.opening ? { opening_title: item.opening.title, opening_url: item.opening.url || undefined } : undefined,
      });
      button.disabled = false;
      if (!result.ok) return drafts.replaceChildren(el('p', { class: 'rb-warn', text: result.error.message }));
      const variants = views.listOf(result.data, 'drafts');
      drafts.replaceChildren(
        ...variants.slice(0, 3).map((variant) => {
          const note = el('span', { class: 'rb-muted', attrs: { role: 'status' } });
          const copy = el('button', { text: 'Copy', attrs: { type: 'button' } });
          copy.addEventListener('click', async () => {
            note.textContent = (await Rebound.ui.copyText(variant.text || '')) ? 'Copied.' : 'Select the text to copy it.';
          });
          return el('div', { class: 'rb-card' }, el('p', { class: 'rb-draft', text: variant.text || '' }), el('div', { class: 'rb-row' }, copy, note));
        }),
      );
    });
    const due = item.due_on ? 'by ' + views.formatDate(item.due_on) : '';
    return el(
      'li',
      { attrs: { 'data-rb': 'due-item' } },
      el('div', { class: 'rb-row' }, el('span', { text: [due, label].filter(Boolean).join(' · ') }), button),
      where ? el('div', { class: 'rb-muted', text: where }) : null,
      item.why ? el('div', { class: 'rb-muted', text: item.why }) : null,
      drafts,
    );
  }

  /** Render the plan's due items into `body`; options.all adds everything later too. */
  async function render(body, send, now, options) {
    body.replaceChildren(el('p', { class: 'rb-muted', text: 'Loading what is due…' }));
    const plan = await send('plan', {});
    if (!plan.ok) return body.replaceChildren(el('p', { class: 'rb-warn', text: plan.error.message }));
    const items = Rebound.views.listOf(plan.data, 'items');
    const { today, week, later } = group(items, now);
    const section = (title, list) =>
      [el('h3', { text: title }), list.length ? el('ul', null, list.map((item) => itemView(item, send))) : el('p', { class: 'rb-muted', text: 'Nothing.' })];
    body.replaceChildren(...section('Due today', today), ...section('This week', week));
    if (options && options.all) {
      body.append(...section('Later', later));
    }
  }

  Rebound.dueList = { group, render };
})(globalThis);
