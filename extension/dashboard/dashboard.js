// The dashboard: the record (interviews, people, touchpoints) editable, the plan, export and
// import, and the search at a glance. Every call goes through the background worker.
(function () {
  'use strict';
  const Rebound = globalThis.Rebound;
  const el = Rebound.ui.el;
  const send = Rebound.send;
  const PAGE_SIZE = 100;
  const MAX_PAGES = 50;

  const INTERVIEW_STATUSES = ['applied', 'interviewing', 'rejected', 'offer', 'withdrawn', 'hired'];
  const CHANNELS = ['email', 'linkedin', 'card', 'phone', 'other'];
  const TOUCH_KINDS = ['rejection_reply', 'thank_you', 'card', 'connection_note', 'connection_request', 'check_in', 'opening', 'referral_ask', 'other'];
  const TOUCH_STATUSES = ['sent', 'drafted', 'skipped'];

  const api = (method, path, body, extra) => send('api', Object.assign({ method, path, body }, extra || {}));

  /** Every row of a paged list endpoint. */
  async function fetchAll(path, query) {
    const rows = [];
    for (let page = 1; page <= MAX_PAGES; page += 1) {
      const result = await send('api', { path, query: Object.assign({ page, page_size: PAGE_SIZE }, query || {}) });
      if (!result.ok) return result;
      rows.push(...(result.data || []));
      const last = result.pagination && result.pagination.last_page;
      if (!last || page >= last || (result.data || []).length < PAGE_SIZE) break;
    }
    return { ok: true, data: rows };
  }

  function failureLine(result) {
    return el('p', { class: 'result', attrs: { 'data-kind': 'error' }, text: Rebound.recordTable.errorText(result) });
  }

  async function showOverview(section) {
    section.replaceChildren(el('p', { class: 'muted', text: 'Loading…' }));
    const doc = await api('GET', '/export');
    if (!doc.ok) return section.replaceChildren(failureLine(doc));
    const d = doc.data;
    const sent = (d.touchpoints || []).filter((t) => t.status === 'sent');
    const totals = [
      ['Applications', (d.interviews || []).length],
      ['Rejections', (d.interviews || []).filter((i) => i.status === 'rejected').length],
      ['People met', (d.contacts || []).length],
      ['Messages sent', sent.length],
      ['People you stayed in touch with', new Set(sent.map((t) => t.contact_ref).filter(Boolean)).size],
    ];
    const chart = el('div', { attrs: { id: 'search-chart' } });
    section.replaceChildren(
      el('h2', { text: 'Your search at a glance' }),
      el('ul', { class: 'totals' }, totals.map(([label, value]) => el('li', null, el('strong', { text: value }), label))),
      chart,
    );
    Rebound.searchChart.render(chart, d);
  }

  async function showInterviews(section) {
    const rows = await fetchAll('/interviews');
    if (!rows.ok) return section.replaceChildren(failureLine(rows));
    Rebound.recordTable.render(section, rows.data, {
      caption: 'Interviews: change a field, then Save on its row.',
      addLabel: 'Add an interview',
      title: (row) => `${row.company} ${row.role}`,
      columns: [
        { key: 'company', label: 'Company' },
        { key: 'role', label: 'Role' },
        { key: 'status', label: 'Status', type: 'select', options: INTERVIEW_STATUSES },
        { key: 'applied_on', label: 'Applied on', type: 'date' },
        { key: 'rejected_on', label: 'Rejected on', type: 'date' },
        { key: 'notes', label: 'What was discussed', type: 'textarea' },
      ],
      save: (row, patch) => api('PATCH', `/interviews/${row.id}`, patch, { resource: true }),
      create: (values) => api('POST', '/interviews', values),
      onChange: () => showInterviews(section),
    });
  }

  async function showPeople(section) {
    const rows = await fetchAll('/contacts');
    if (!rows.ok) return section.replaceChildren(failureLine(rows));
    Rebound.recordTable.render(section, rows.data, {
      caption: 'People you met: change a field, then Save on its row.',
      addLabel: 'Add a person',
      title: (row) => row.name,
      columns: [
        { key: 'name', label: 'Name' },
        { key: 'preferred_name', label: 'Goes by', nullable: true },
        { key: 'title', label: 'Title', nullable: true },
        { key: 'company', label: 'Company', nullable: true },
        { key: 'email', label: 'Email', type: 'email', nullable: true },
        { key: 'warmth', label: 'Warmth', type: 'select', numeric: true, options: [{ value: '', label: '–' }, 1, 2, 3, 4, 5] },
        { key: 'follow_up_days', label: 'Own interval (days)', type: 'number', attrs: { min: 90, max: 730 } },
        { key: 'do_not_contact', label: 'Do not contact', type: 'checkbox' },
        { key: 'notes', label: 'What you talked about', type: 'textarea' },
      ],
      save: (row, patch) => api('PATCH', `/contacts/${row.id}`, patch, { resource: true }),
      create: (values) => api('POST', '/contacts', values),
      onChange: () => showPeople(section),
    });
  }

  async function showTimeline(section) {
    const [touches, people] = await Promise.all([fetchAll('/touchpoints', { sort: '-occurred_at' }), fetchAll('/contacts')]);
    if (!touches.ok) return section.replaceChildren(failureLine(touches));
    const names = new Map((people.ok ? people.data : []).map((p) => [p.id, p.preferred_name || p.name]));
    const rows = touches.data.slice().sort((a, b) => String(b.occurred_at).localeCompare(String(a.occurred_at)));
    Rebound.recordTable.render(section, rows, {
      caption: 'Every message drafted, sent or skipped, newest first.',
      addLabel: 'Log a message you sent',
      title: (row) => `${Rebound.views.kindLabel(row.kind)} ${names.get(row.contact_id) || ''}`.trim(),
      columns: [
        { key: 'occurred_at', label: 'When', readonly: true, get: (row) => Rebound.views.formatDate(row.occurred_at) },
        { key: 'contact_id', label: 'Person', type: 'select', numeric: true, editOnly: false, get: (row) => row.contact_id ?? '',
          options: [{ value: '', label: '–' }].concat([...names].map(([id, name]) => ({ value: id, label: name }))) },
        { key: 'channel', label: 'Channel', type: 'select', options: CHANNELS },
        { key: 'kind', label: 'Kind', type: 'select', options: TOUCH_KINDS },
        { key: 'status', label: 'Status', type: 'select', options: TOUCH_STATUSES },
        { key: 'text', label: 'Text', type: 'textarea' },
      ],
      save: (row, patch) => api('PATCH', `/touchpoints/${row.id}`, patch, { resource: true }),
      create: (values) => api('POST', '/touchpoints', values),
      onChange: () => showTimeline(section),
    });
  }

  async function showPlan(section) {
    section.replaceChildren();
    const panel = Rebound.panel.open({ title: 'The plan', mountIn: section });
    await Rebound.dueList.render(panel.body, send, Date.now(), { all: true });
    panel.setBusy(false);
  }

  async function exportData() {
    const result = document.getElementById('data-result');
    const doc = await api('GET', '/export');
    if (!doc.ok) {
      result.textContent = Rebound.recordTable.errorText(doc);
      return;
    }
    const blob = new Blob([JSON.stringify(doc.data, null, 2)], { type: 'application/json' });
    const link = el('a', { attrs: { href: URL.createObjectURL(blob), download: `rebound-export-${new Date().toISOString().slice(0, 10)}.json` } });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    result.textContent = 'Export downloaded.';
  }

  async function importData() {
    const result = document.getElementById('data-result');
    const file = document.getElementById('import-file').files[0];
    if (!file) {
      result.textContent = 'Choose an export file first.';
      return;
    }
    let doc;
    try {
      doc = JSON.parse(await file.text());
    } catch {
      result.textContent = 'This file is not JSON.';
      return;
    }
    const replace = document.getElementById('import-replace').checked;
    const answer = await api('POST', '/import', doc, { query: { replace: replace ? 'true' : 'false' } });
    if (!answer.ok) {
      result.textContent = 'Not imported: ' + Rebound.recordTable.errorText(answer);
      return;
    }
    const counts = Object.entries(answer.data.imported || {}).map(([k, v]) => `${v} ${k}`).join(', ');
    result.textContent = 'Imported ' + (counts || 'nothing') + '.';
  }

  const SHOW = { overview: showOverview, interviews: showInterviews, people: showPeople, timeline: showTimeline, plan: showPlan };

  function select(tab) {
    for (const other of document.querySelectorAll('[role="tab"]')) {
      const selected = other === tab;
      other.setAttribute('aria-selected', String(selected));
      other.tabIndex = selected ? 0 : -1;
      document.getElementById(other.getAttribute('aria-controls')).hidden = !selected;
    }
    const id = tab.getAttribute('aria-controls');
    history.replaceState(null, '', '#' + id);
    if (SHOW[id]) SHOW[id](document.getElementById(id));
  }

  const tabs = [...document.querySelectorAll('[role="tab"]')];
  for (const tab of tabs) {
    tab.addEventListener('click', () => select(tab));
    tab.addEventListener('keydown', (event) => {
      const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
      if (!step) return;
      const next = tabs[(tabs.indexOf(tab) + step + tabs.length) % tabs.length];
      next.focus();
      select(next);
    });
  }
  document.getElementById('export').addEventListener('click', exportData);
  document.getElementById('import').addEventListener('click', importData);

  (async function start() {
    const status = document.getElementById('connection');
    const me = await send('api', { path: '/me' });
    status.textContent = me.ok ? 'Signed in as ' + (me.data.email || me.data.name) + '.' : me.error.message;
    status.dataset.kind = me.ok ? 'ok' : 'error';
    const wanted = tabs.find((tab) => '#' + tab.getAttribute('aria-controls') === location.hash) || tabs[0];
    select(wanted);
  })();
})();
