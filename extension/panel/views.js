// What the panel says for an email, a LinkedIn profile and a job posting. Shared by the panel
// on the page and by the popup; `env` supplies the differences:
//   env.send(type, payload)   asks the background worker
//   env.openPanel(title)      opens the frame and returns {body, setTitle, setBusy, close}
//   env.signal                aborted when the user moved to another message or profile
//   env.surface               'page' (stay silent unless there is something useful) or 'popup'
//   env.insertText(text)      fills the site's reply or note box; resolves to {ok, message}
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});
  const el = (...args) => Rebound.ui.el(...args);

  const TONES = ['warm', 'formal', 'brief'];
  const KIND_LABELS = {
    rejection_reply: 'Reply to the rejection',
    thank_you: 'Thank-you note',
    card: 'Handwritten card',
    connection_note: 'LinkedIn connection note',
    connect: 'Connect on LinkedIn',
    check_in: 'Check in',
    opening: 'Note about an opening',
    referral_ask: 'Ask for a referral',
  };

  function kindLabel(kind) {
    return KIND_LABELS[kind] || String(kind || '').replace(/_/g, ' ');
  }

  function formatDate(value) {
    if (!value) return '';
    const date = new Date(value);
    if (Number.isNaN(date.getTime())) return String(value);
    return date.toLocaleDateString(undefined, { day: 'numeric', month: 'short', year: 'numeric' });
  }

  function listOf(data, ...names) {
    if (Array.isArray(data)) return data;
    for (const name of names) if (data && Array.isArray(data[name])) return data[name];
    return [];
  }

  function personName(contact) {
    if (!contact) return '';
    if (typeof contact === 'string') return contact;
    return contact.preferred_name || contact.name || '';
  }

  function errorLine(result) {
    const error = (result && result.error) || {};
    return el('p', { class: 'rb-warn', attrs: { role: 'status' }, text: error.message || 'Something went wrong.' });
  }

  function status() {
    return el('p', { class: 'rb-status', attrs: { role: 'status' } });
  }

  function aborted(env) {
    return Boolean(env.signal && env.signal.aborted);
  }

  /** A button that runs `action` once per click, disabled while it runs. */
  function actionButton(label, action, props) {
    const button = el('button', Object.assign({ text: label, attrs: { type: 'button' } }, props || {}));
    button.addEventListener('click', async () => {
      button.disabled = true;
      try {
        await action(button);
      } finally {
        button.disabled = false;
      }
    });
    return button;
  }

  function draftCard(variant, env, options, request) {
    const text = String(variant.text || '');
    const line = status();
    const buttons = [
      actionButton('Copy', async () => {
        line.textContent = (await Rebound.ui.copyText(text)) ? 'Copied.' : 'Could not copy: select the text instead.';
      }),
    ];
    if (env.insertText && options.insertLabel) {
      buttons.push(
        actionButton(options.insertLabel, async () => {
          const result = await env.insertText(text, variant);
          line.textContent = result.message;
        }),
      );
    }
    // Logging what was sent restarts the person's clock, so the plan never asks twice.
    buttons.push(
      actionButton('I sent this', async (button) => {
        const result = await env.send('logTouchpoint', {
          touchpoint: {
            kind: request.kind,
            channel: variant.channel,
            interview_id: request.interviewId,
            contact_id: variant.contact_id ?? request.contactId,
            subject: variant.subject,
            text,
            status: 'sent',
          },
        });
        line.textContent = result.ok ? 'Logged as sent.' : result.error.message;
        if (result.ok) button.hidden = true;
      }),
    );
    const limit = variant.limit ? ` / ${variant.limit}` : '';
    const length = variant.length !== undefined ? `${variant.length}${limit} characters` : '';
    return el(
      'div',
      { class: 'rb-card' },
      variant.subject ? el('p', { class: 'rb-muted', text: 'Subject: ' + variant.subject }) : null,
      el('p', { class: 'rb-draft', text }),
      length ? el('p', { class: 'rb-muted', text: length }) : null,
      variant.missing && variant.missing.length
        ? el('p', { class: 'rb-muted', text: 'Not in your record yet: ' + variant.missing.join(', ') })
        : null,
      el('div', { class: 'rb-row' }, buttons),
      line,
    );
  }

  /** Fill `box` with drafts of one kind, with a tone picker; re-requested when the tone changes. */
  function draftsSection(box, env, request, options) {
    const heading = el('h3', { text: options.heading });
    const list = el('div');
    const picker = el(
      'select',
      { attrs: { 'aria-label': 'Tone of the drafts' } },
      TONES.map((tone) => el('option', { text: tone, attrs: { value: tone } })),
    );
    async function load() {
      list.replaceChildren(el('p', { class: 'rb-muted', text: 'Drafting…' }));
      const result = await env.send('drafts', Object.assign({}, request, { tone: picker.value }));
      if (aborted(env)) return;
      if (!result.ok) {
        list.replaceChildren(errorLine(result));
        return;
      }
      // Never offer a note the site's box would cut: lengths count UTF-16 units, as JS does.
      const variants = listOf(result.data, 'drafts').filter((v) => !v.limit || String(v.text || '').length <= v.limit);
      if (!variants.length) {
        list.replaceChildren(el('p', { class: 'rb-muted', text: 'No draft for this one.' }));
        return;
      }
      list.replaceChildren(...variants.map((variant) => draftCard(variant, env, options, request)));
    }
    picker.addEventListener('change', load);
    box.replaceChildren(heading, el('div', { class: 'rb-row' }, el('span', { class: 'rb-muted', text: 'Tone' }), picker), list);
    return load();
  }

  function planItemInterviewId(item) {
    return item.interview ? item.interview.id : null;
  }

  function planItemLine(item) {
    const who = personName(item.person);
    const due = formatDate(item.due_on);
    const parts = [due ? 'By ' + due + ': ' : '', item.title || kindLabel(item.kind), who && !item.title ? ' — ' + who : ''];
    const li = el('li', null, el('span', { text: parts.join('') }));
    if (item.why) li.append(el('div', { class: 'rb-muted', text: item.why }));
    return li;
  }

  /** "What comes next" for one interview (or for one person), from the plan. */
  async function nextSection(box, env, filter) {
    box.replaceChildren(el('h3', { text: 'What comes next' }), el('p', { class: 'rb-muted', text: 'Loading the plan…' }));
    const result = await env.send('plan', {});
    if (aborted(env)) return;
    if (!result.ok) {
      box.replaceChildren(el('h3', { text: 'What comes next' }), errorLine(result));
      return;
    }
    const all = listOf(result.data, 'items').filter(filter);
    box.replaceChildren(
      el('h3', { text: 'What comes next' }),
      all.length
        ? el('ul', null, all.map((item) => planItemLine(item)))
        : el('p', { class: 'rb-muted', text: 'Nothing planned yet.' }),
    );
  }

  function evidenceText(reading) {
    const confidence = typeof reading.confidence === 'number' ? Math.round(reading.confidence * 100) + '% sure' : '';
    const evidence = Array.isArray(reading.evidence) && reading.evidence.length ? 'because of: “' + reading.evidence.slice(0, 3).join('”, “') + '”' : '';
    return [confidence, evidence].filter(Boolean).join(', ');
  }

  function interviewTitle(interview) {
    const company = typeof interview.company === 'object' && interview.company ? interview.company.name : interview.company;
    return [company, interview.role].filter(Boolean).join(' — ') || 'Interview #' + interview.id;
  }

  /** The panel for an open email; resolves to true when something was shown. */
  async function showEmail(fields, env) {
    const reading = await env.send('classifyEmail', { email: fields });
    if (aborted(env)) return false;
    if (!reading.ok) {
      if (env.surface !== 'popup') return false;
      env.openPanel('Rebound').body.replaceChildren(errorLine(reading));
      return true;
    }
    const data = reading.data || {};
    if (!data.is_rejection) {
      if (env.surface !== 'popup') return false;
      const panel = env.openPanel('Rebound');
      panel.body.replaceChildren(
        el('p', { text: 'This email does not look like a rejection (' + String(data.category || 'other').replace(/_/g, ' ') + ').' }),
        el('p', { class: 'rb-muted', text: evidenceText(data) }),
      );
      panel.setBusy(false);
      return true;
    }

    const panel = env.openPanel('Rebound: a rejection');
    const about = [data.company, data.role].filter(Boolean).join(', ');
    const interviewBox = el('div', { attrs: { 'data-rb': 'interview' } });
    const draftsBox = el('div', { attrs: { 'data-rb': 'drafts' } });
    const nextBox = el('div', { attrs: { 'data-rb': 'next' } });
    panel.body.replaceChildren(
      el('p', { text: 'This looks like a rejection' + (about ? ' (' + about + ')' : '') + '.' }),
      el('p', { class: 'rb-muted', text: evidenceText(data) }),
      interviewBox,
      draftsBox,
      nextBox,
    );

    const showNext = (interview) =>
      nextSection(nextBox, env, (item) => String(planItemInterviewId(item)) === String(interview.id));
    const showFor = async (interview) => {
      // A reply greets the sender by name when they are someone in the record.
      const sender = await env.send('senderContact', { email: fields.from_email, name: fields.from_name });
      if (aborted(env)) return;
      const contactId = sender.ok && sender.data ? sender.data.id : undefined;
      draftsSection(draftsBox, env, { kind: 'rejection_reply', interviewId: interview.id, contactId }, {
        heading: 'Reply drafts',
        insertLabel: 'Insert into reply',
      });
      showNext(interview);
    };

    if (data.interview && data.interview.id) {
      const line = status();
      interviewBox.replaceChildren(
        el('h3', { text: 'Interview' }),
        el('div', { class: 'rb-card' },
          el('p', { text: interviewTitle(data.interview), attrs: { 'data-rb': 'interview-title' } }),
          data.interview.match ? el('p', { class: 'rb-muted', text: 'Matched by ' + data.interview.match }) : null,
          actionButton('Mark the interview as rejected', async () => {
            const result = await env.send('recordRejection', { interviewId: data.interview.id, email: fields });
            line.textContent = result.ok ? 'Recorded on the interview.' : result.error.message;
            // The plan changes once the rejection is on record (a reply is due, then the rest).
            if (result.ok) showNext(data.interview);
          }),
          line,
        ),
      );
      await showFor(data.interview);
    } else {
      const line = status();
      // What the detector read, for the user to check or complete before anything is stored.
      const company = el('input', { attrs: { type: 'text', 'aria-label': 'Company', maxlength: 200, placeholder: 'Company' } });
      const role = el('input', { attrs: { type: 'text', 'aria-label': 'Role', maxlength: 200, placeholder: 'Role' } });
      company.value = data.company || '';
      role.value = data.role || '';
      const save = actionButton('Save as a new interview', async (button) => {
        if (!company.value.trim() || !role.value.trim()) {
          line.textContent = 'Add the company and the role first.';
          return;
        }
        const created = await env.send('createInterview', { company: company.value, role: role.value, status: 'applied' });
        if (!created.ok) {
          line.textContent = created.error.message;
          return;
        }
        const recorded = await env.send('recordRejection', { interviewId: created.data.id, email: fields });
        line.textContent = recorded.ok ? 'Saved and marked as rejected.' : recorded.error.message;
        button.hidden = true;
        company.disabled = true;
        role.disabled = true;
        await showFor(created.data);
      }, { class: 'rb-primary' });
      interviewBox.replaceChildren(
        el('h3', { text: 'Interview' }),
        el('p', { text: 'No saved interview matches this email.' }),
        el('div', { class: 'rb-row rb-fields' }, company, role),
        save,
        line,
      );
      draftsBox.replaceChildren(el('p', { class: 'rb-muted', text: 'Drafts appear once the interview is saved.' }));
    }
    panel.setBusy(false);
    return true;
  }

  function interviewLine(interview) {
    const rounds = listOf(interview.rounds_met || interview.rounds).map((round) =>
      [String(round.kind || '').replace(/_/g, ' '), formatDate(round.held_on)].filter(Boolean).join(' on '),
    );
    const when = formatDate(interview.rejected_on || interview.applied_on || interview.created_at);
    return el(
      'li',
      null,
      el('span', { text: interviewTitle(interview) + (when ? ' (' + when + ')' : '') }),
      rounds.length ? el('div', { class: 'rb-muted', text: 'Met in: ' + rounds.join('; ') }) : null,
    );
  }

  function suggestionLine(suggestion) {
    if (typeof suggestion === 'string') return el('li', { text: suggestion });
    const due = formatDate(suggestion.due_on);
    const head = (suggestion.title || kindLabel(suggestion.kind)) + (due ? ' — by ' + due : '');
    return el('li', null, el('span', { text: head }), suggestion.why ? el('div', { class: 'rb-muted', text: suggestion.why }) : null);
  }

  /** The panel for a LinkedIn profile; resolves to true when something was shown. */
  async function showProfile(fields, env) {
    const match = await env.send('matchProfile', { profile: fields });
    if (aborted(env)) return false;
    if (!match.ok) {
      if (env.surface !== 'popup') return false;
      env.openPanel('Rebound').body.replaceChildren(errorLine(match));
      return true;
    }
    const data = match.data || {};
    const candidates = listOf(data.candidates);
    const contact = data.contact;
    let historyAt = null;
    if (!contact && !candidates.length && env.surface !== 'popup') {
      // A stranger is worth a word only at a company where the user has history.
      const known = await env.send('knownCompany', { name: fields.company });
      if (aborted(env) || !known.ok || !known.data) return false;
      historyAt = known.data.name;
    }

    const panel = env.openPanel(contact ? 'Rebound: someone you met' : 'Rebound: have you met?');
    const body = panel.body;
    body.replaceChildren();
    if (contact) {
      const company = typeof contact.company === 'string' ? contact.company : (contact.company && contact.company.name) || contact.company_name;
      body.append(
        el('p', { attrs: { 'data-rb': 'person' }, text: personName(contact) + [contact.title, company].filter(Boolean).map((s) => ', ' + s).join('') }),
      );
      const interviews = listOf(data.interviews);
      if (interviews.length) body.append(el('h3', { text: 'Where you met' }), el('ul', null, interviews.map(interviewLine)));
      if (contact.notes) body.append(el('p', { class: 'rb-muted', text: 'You talked about: ' + contact.notes }));
      const state = (data.connection && data.connection.state) || contact.connection_state || 'unknown';
      body.append(el('p', { class: 'rb-muted', text: 'LinkedIn connection: ' + state }));
      const suggestions = listOf(data.suggestions);
      if (suggestions.length) body.append(el('h3', { text: 'Now' }), el('ul', null, suggestions.map(suggestionLine)));
      if (state !== 'connected') {
        const notes = el('div', { attrs: { 'data-rb': 'drafts' } });
        body.append(notes);
        draftsSection(notes, env, {
          kind: 'connection_note',
          contactId: contact.id,
          interviewId: interviews[0] && interviews[0].id,
        }, { heading: 'Connection note', insertLabel: 'Fill the note' });
      }
    } else if (candidates.length) {
      body.append(el('p', { text: 'This may be someone you met. Who is it?' }));
      const line = status();
      for (const candidate of candidates) {
        const person = candidate.contact || {};
        const score = typeof candidate.score === 'number' ? Math.round(candidate.score * 100) + '%' : '';
        body.append(
          el('div', { class: 'rb-card', attrs: { 'data-rb': 'candidate' } },
            el('p', { text: personName(person) + (person.title ? ', ' + person.title : '') }),
            el('p', { class: 'rb-muted', text: [score, candidate.why].filter(Boolean).join(' — ') }),
            actionButton('This is them', async () => {
              const result = await env.send('confirmProfile', { contactId: person.id, profile: fields });
              if (result.ok) env.refresh();
              else line.textContent = result.error.message;
            }),
          ),
        );
      }
      body.append(line);
    }
    if (!contact) {
      const line = status();
      const who = fields.name || 'This person';
      const note = candidates.length
        ? 'None of them?'
        : historyAt
          ? `${who} works at ${historyAt}, where you have history. Did you meet?`
          : who + ' is not in your record.';
      body.append(
        el('p', { attrs: { 'data-rb': 'stranger' }, class: 'rb-muted', text: note }),
        actionButton('Add ' + (fields.name || 'this person') + ' as a contact', async () => {
          const result = await env.send('addContactFromProfile', { profile: fields });
          if (result.ok) env.refresh();
          else line.textContent = result.error.message;
        }),
        line,
      );
    }
    panel.setBusy(false);
    return true;
  }

  /** The panel for a job posting at a company with history; true when something was shown. */
  async function showJob(fields, env) {
    const result = await env.send('recordOpening', { opening: fields });
    if (aborted(env)) return false;
    if (!result.ok) {
      if (env.surface !== 'popup') return false;
      env.openPanel('Rebound').body.replaceChildren(errorLine(result));
      return true;
    }
    const data = result.data || {};
    const suggestion = data.suggestion || null;
    if (!suggestion) {
      if (env.surface !== 'popup') return false;
      env.openPanel('Rebound').body.replaceChildren(el('p', { text: 'No history with ' + (fields.company || 'this company') + ' in your record.' }));
      return true;
    }
    const person = suggestion.person;
    const later = formatDate(suggestion.next_possible_on || (!suggestion.suggested && suggestion.due_on));
    const panel = env.openPanel('Rebound: an opening');
    const body = panel.body;
    body.replaceChildren(el('p', { attrs: { 'data-rb': 'opening' }, text: [fields.title, fields.company].filter(Boolean).join(' at ') }));
    if (suggestion.why) body.append(el('p', { class: 'rb-muted', text: suggestion.why }));
    if (suggestion.suggested && person) {
      const due = formatDate(suggestion.due_on);
      body.append(el('p', { text: 'Worth a note to ' + personName(person) + (due ? ', from ' + due : '') + '.' }));
      const notes = el('div', { attrs: { 'data-rb': 'drafts' } });
      body.append(notes);
      draftsSection(notes, env, {
        kind: 'opening',
        contactId: person.id,
        extras: { opening_title: fields.title, opening_url: fields.url },
      }, { heading: 'Opening note' });
    } else if (later) {
      body.append(el('p', { text: 'The right time to mention it: ' + later + '.' }));
    } else {
      body.append(el('p', { class: 'rb-muted', text: 'No note suggested for this opening.' }));
    }
    panel.setBusy(false);
    return true;
  }

  /** The "could not read this page" state, naming what was missing but none of the user's text. */
  function showUnreadable(parsed, env) {
    const panel = env.openPanel('Rebound');
    panel.body.replaceChildren(
      el('p', { attrs: { 'data-rb': 'unreadable' }, text: 'Rebound could not read this page.' }),
      el('p', {
        class: 'rb-muted',
        text: 'The site may have changed its layout. Not found: ' + String(parsed.reason || parsed.error || 'the content') + '.',
      }),
    );
    panel.setBusy(false);
  }

  Rebound.views = { showEmail, showProfile, showJob, showUnreadable, formatDate, kindLabel, listOf, personName };
})(globalThis);
