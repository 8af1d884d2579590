// An editable table of API rows: one input per field, one Save per row that sends only what
// changed, and an "add" form with the same fields.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});
  const el = (...args) => Rebound.ui.el(...args);

  function input(column, value, label) {
    const attrs = { 'aria-label': label, name: column.key };
    let field;
    if (column.type === 'select') {
      field = el('select', { attrs }, column.options.map((option) => el('option', { text: option.label ?? option, attrs: { value: option.value ?? option } })));
      field.value = value ?? column.options[0].value ?? column.options[0];
    } else if (column.type === 'textarea') {
      field = el('textarea', { attrs: Object.assign({ rows: 2 }, attrs) });
      field.value = value ?? '';
    } else if (column.type === 'checkbox') {
      field = el('input', { attrs: Object.assign({ type: 'checkbox' }, attrs) });
      field.checked = Boolean(value);
    } else {
      field = el('input', { attrs: Object.assign({ type: column.type || 'text' }, attrs, column.attrs || {}) });
      field.value = value ?? '';
    }
    return field;
  }

  function valueOf(column, field) {
    if (column.type === 'checkbox') return field.checked;
    const raw = field.value.trim();
    if (column.type === 'number' || (column.type === 'select' && column.numeric)) return raw === '' ? null : Number(raw);
    if (column.type === 'date') return raw || null;
    return column.nullable && raw === '' ? null : raw;
  }

  function shownValue(column, row) {
    const value = column.get ? column.get(row) : row[column.key];
    return column.type === 'date' && value ? String(value).slice(0, 10) : value;
  }

  function errorText(result) {
    const error = result.error || {};
    const fields = error.fields && error.fields.json ? Object.entries(error.fields.json).map(([k, v]) => `${k}: ${[].concat(v).join(' ')}`).join('; ') : '';
    return [error.message, error.detail, fields].filter(Boolean).join(' ');
  }

  /**
   * Render rows into `container`. spec = {caption, columns, title(row), save(row, patch),
   * create(values), onChange()}: save and create resolve to the worker's answer; onChange
   * runs after an add, to draw the table again.
   */
  function render(container, rows, spec) {
    const editable = spec.columns.filter((c) => !c.readonly);
    const head = el('tr', null, spec.columns.map((c) => el('th', { text: c.label, attrs: { scope: 'col' } })), el('th', { text: '', attrs: { scope: 'col' } }));
    const body = el('tbody');
    for (const row of rows) {
      const fields = new Map();
      const cells = spec.columns.map((column) => {
        if (column.readonly) return el('td', { text: shownValue(column, row) ?? '' });
        const field = input(column, shownValue(column, row), `${column.label} of ${spec.title(row)}`);
        fields.set(column, field);
        return el('td', null, field);
      });
      const note = el('span', { class: 'muted', attrs: { role: 'status' } });
      const save = el('button', { text: 'Save', attrs: { type: 'button', 'aria-label': 'Save ' + spec.title(row) } });
      save.addEventListener('click', async () => {
        const patch = {};
        for (const column of editable) {
          const value = valueOf(column, fields.get(column));
          if (value !== (shownValue(column, row) ?? (column.type === 'checkbox' ? false : column.type === 'date' ? null : ''))) patch[column.key] = value;
        }
        if (!Object.keys(patch).length) {
          note.textContent = 'Nothing changed.';
          return;
        }
        save.disabled = true;
        const result = await spec.save(row, patch);
        save.disabled = false;
        note.textContent = result.ok ? 'Saved.' : errorText(result);
        // The row keeps its inputs (and this note); only the data behind it is updated.
        if (result.ok) Object.assign(row, result.data || patch);
      });
      body.append(el('tr', { attrs: { 'data-id': row.id } }, cells, el('td', null, save, note)));
    }
    const table = el('table', null, el('caption', { class: 'muted', text: spec.caption }), el('thead', null, head), body);

    let form = null;
    if (spec.create) {
      const fields = new Map(editable.filter((c) => !c.editOnly).map((column) => [column, input(column, column.default, 'New: ' + column.label)]));
      const note = el('span', { class: 'muted', attrs: { role: 'status' } });
      form = el('form', { class: 'add-form', attrs: { 'aria-label': spec.addLabel } },
        el('h3', { text: spec.addLabel }),
        [...fields].map(([column, field]) => el('label', null, column.label, field)),
        el('button', { class: 'primary', text: 'Add', attrs: { type: 'submit' } }),
        note);
      form.addEventListener('submit', async (event) => {
        event.preventDefault();
        const values = {};
        for (const [column, field] of fields) {
          const value = valueOf(column, field);
          if (value !== null && value !== '') values[column.key] = value;
        }
        const result = await spec.create(values);
        note.textContent = result.ok ? 'Added.' : errorText(result);
        if (result.ok && spec.onChange) spec.onChange();
      });
    }
    container.replaceChildren(rows.length ? table : el('p', { class: 'muted', text: 'None yet.' }));
    if (form) container.append(form);
  }

  Rebound.recordTable = { render, errorText };
})(globalThis);
