// The message-handler map: every request a content script or an extension page may make of the
// worker, each answered with {ok, data} or {ok: false, error}. Handlers read settings from
// storage on every call, because the worker can be stopped at any moment and keeps no globals.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});
  const { call, failure } = Rebound.apiClient;

  const EMAIL_FIELDS = [
    'subject',
    'from_name',
    'from_email',
    'body',
    'body_html',
    'received_at',
    'message_id',
  ];
  const PROFILE_FIELDS = ['profile_url', 'name', 'headline', 'company', 'location', 'photo_url'];
  const SNOOZE_MAX_MS = 90 * 24 * 3600 * 1000;

  function pick(source, names) {
    const out = {};
    for (const name of names) {
      const value = source && source[name];
      if (value !== undefined && value !== null && value !== '') out[name] = value;
    }
    return out;
  }

  function positiveId(value) {
    const id = Number(value);
    return Number.isInteger(id) && id > 0 ? id : null;
  }

  function invalid(detail) {
    return failure('invalid', { detail });
  }

  async function api(request) {
    return call(await Rebound.settings.load(), request);
  }

  async function findCompany(name) {
    const wanted = String(name || '').trim().toLowerCase();
    if (!wanted) return { ok: true, data: null };
    const found = await api({ path: '/companies', query: { q: wanted.slice(0, 200), page_size: 100 } });
    if (!found.ok) return found;
    const same = (value) => String(value || '').trim().toLowerCase() === wanted;
    const company = (found.data || []).find((c) => same(c.name) || (c.aliases || []).some(same));
    return { ok: true, data: company || null };
  }

  /** True when the message comes from one of this extension's own pages, not a web page. */
  function fromExtensionPage(sender) {
    const base = chrome.runtime.getURL('');
    return sender.id === chrome.runtime.id && typeof sender.url === 'string' && sender.url.startsWith(base);
  }

  async function testConnection({ apiUrl, token }) {
    const url = Rebound.settings.normaliseApiUrl(apiUrl);
    if (!url) return failure('invalid', { detail: 'The API address must start with http:// or https://.' });
    if (!token) return failure('not_configured', { detail: 'Enter the API token.' });
    const settings = { apiUrl: url, token };
    const health = await call(settings, { path: '/health', anonymous: true });
    if (!health.ok) {
      if (health.error.kind === 'not_available') {
        return failure('wrong_version', {
          message: 'The server answers but has no /api/v1: wrong version, or not a Rebound server.',
        });
      }
      return health;
    }
    const version = Rebound.compatibility.check(health.data);
    if (!version.ok) return failure('wrong_version', { message: version.message });
    const me = await call(settings, { path: '/me' });
    if (!me.ok) return me;
    return { ok: true, data: { health: health.data, me: me.data } };
  }

  const handlers = {
    /** What a content script needs to decide whether to run at all; never the token. */
    async getStatus() {
      const settings = await Rebound.settings.load();
      return { ok: true, data: { mode: settings.mode, configured: Boolean(settings.token) } };
    },

    async classifyEmail({ email }) {
      const body = pick(email, EMAIL_FIELDS);
      if (!body.body && !body.body_html) return invalid('The message has no readable text.');
      return api({ method: 'POST', path: '/emails/classify', body });
    },

    async recordRejection({ interviewId, email }) {
      const id = positiveId(interviewId);
      if (!id) return invalid('No interview chosen.');
      const body = pick(email, EMAIL_FIELDS);
      return api({ method: 'POST', path: `/interviews/${id}/rejection`, body, resource: true });
    },

    async createInterview({ company, role, status }) {
      const name = String(company || '').trim();
      if (!name) return invalid('The company is unknown: add the interview from the dashboard.');
      const body = { company: name, status: status || 'applied' };
      if (role) body.role = String(role).trim();
      return api({ method: 'POST', path: '/interviews', body });
    },

    /** The stored person who sent an email (same address), so a reply can greet them by name. */
    async senderContact({ email, name }) {
      const address = String(email || '').trim().toLowerCase();
      if (!address || !name) return { ok: true, data: null };
      const found = await api({ path: '/contacts', query: { q: String(name).trim().slice(0, 200), page_size: 100 } });
      if (!found.ok) return found;
      const contact = (found.data || []).find((c) => String(c.email || '').toLowerCase() === address);
      return { ok: true, data: contact || null };
    },

    async drafts({ kind, interviewId, contactId, tone, extras }) {
      const body = { kind: String(kind || '') };
      if (positiveId(interviewId)) body.interview_id = positiveId(interviewId);
      if (positiveId(contactId)) body.contact_id = positiveId(contactId);
      if (tone) body.tone = tone;
      if (extras && typeof extras === 'object') body.extras = extras;
      return api({ method: 'POST', path: '/drafts', body });
    },

    async plan() {
      return api({ path: '/plan' });
    },

    async matchProfile({ profile }) {
      const body = pick(profile, PROFILE_FIELDS);
      if (!body.profile_url && !body.name) return invalid('The profile shows no name or address.');
      return api({ method: 'POST', path: '/profiles/match', body });
    },

    async confirmProfile({ contactId, profile }) {
      const id = positiveId(contactId);
      if (!id) return invalid('No person chosen.');
      const body = pick(profile, PROFILE_FIELDS);
      return api({ method: 'POST', path: `/contacts/${id}/profile`, body, resource: true });
    },

    async addContactFromProfile({ profile }) {
      const body = pick(profile, PROFILE_FIELDS);
      if (!body.name) return invalid('The profile shows no name.');
      return api({ method: 'POST', path: '/contacts/from-profile', body });
    },

    /** The stored company with this name or alias, or null: "is there history here?" */
    async knownCompany({ name }) {
      return findCompany(name);
    },

    /** Record a posting the user is viewing, but only at a company already in the record. */
    async recordOpening({ opening }) {
      const body = pick(opening, ['company', 'title', 'url']);
      if (!body.company || !body.title) return invalid('The posting shows no company or title.');
      const known = await findCompany(body.company);
      if (!known.ok) return known;
      // Postings at companies the user never dealt with stay unrecorded.
      if (!known.data) return { ok: true, data: { suggestion: null } };
      return api({ method: 'POST', path: '/openings', body: Object.assign(body, { company: known.data.name }) });
    },

    async logTouchpoint({ touchpoint }) {
      const body = pick(touchpoint, [
        'contact_id',
        'interview_id',
        'channel',
        'kind',
        'text',
        'subject',
        'status',
      ]);
      return api({ method: 'POST', path: '/touchpoints', body });
    },

    async isHidden({ key }) {
      return { ok: true, data: await Rebound.hiddenViews.isHidden(String(key), Date.now()) };
    },

    async hideView({ key, snoozeMs }) {
      const now = Date.now();
      const until = snoozeMs ? now + Math.min(Number(snoozeMs) || 0, SNOOZE_MAX_MS) : null;
      await Rebound.hiddenViews.hide(String(key), until, now);
      return { ok: true, data: { until } };
    },

    async testConnection(payload, sender) {
      if (!fromExtensionPage(sender)) return failure('forbidden');
      return testConnection(payload || {});
    },

    /** Any API call, for the options page and the dashboard only (never for web pages). */
    async api(payload, sender) {
      if (!fromExtensionPage(sender)) return failure('forbidden');
      const { method, path, body, query, resource } = payload || {};
      if (typeof path !== 'string' || !path.startsWith('/') || path.includes('..')) {
        return invalid('Bad path.');
      }
      return api({ method, path, body, query, resource });
    },
  };

  /** Run the handler named by `message.type`; unknown types and thrown errors become failures. */
  async function dispatch(message, sender) {
    const handler = message && Object.hasOwn(handlers, message.type) && handlers[message.type];
    if (!handler) return failure('invalid', { detail: 'Unknown request.' });
    try {
      return await handler(message.payload || {}, sender);
    } catch (err) {
      return failure('server', { message: 'Rebound hit an error: ' + String((err && err.message) || err) });
    }
  }

  Rebound.handlers = handlers;
  Rebound.dispatch = dispatch;
})(globalThis);
