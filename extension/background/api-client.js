// The one place that talks HTTP to the Rebound API. Every answer is turned into
// {ok: true, status, data} or {ok: false, error: {kind, message, status, fields}} so that the
// panel can say exactly what went wrong instead of breaking.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const API_PREFIX = '/api/v1';
  const TIMEOUT_MS = 15000;
  // Werkzeug's text for a URL that matches no route: the endpoint is missing, as opposed to a
  // row that does not exist (or belongs to someone else).
  const NO_ROUTE_TEXT = 'requested URL was not found';

  const MESSAGES = {
    not_configured: 'Rebound is not set up yet: add the API address and token in the options.',
    no_permission: 'Rebound may not reach this server yet: open the options and press Save to grant access.',
    unreachable: 'The Rebound server did not answer. Is it running at this address?',
    bad_token: 'The server refused the token (401). Paste a current token in the options.',
    forbidden: 'The server refused this request (403).',
    not_available: 'Not available on this server (it may be an older version).',
    not_found: 'Not found on the server: it may have been deleted.',
    invalid: 'The server could not accept this data.',
    conflict: 'This already exists on the server.',
    not_rebound: 'The address answers, but not as a Rebound API.',
    server: 'The server had a problem answering.',
    rate_limited: 'The server is refusing for a moment after too many attempts (429). Try again in a minute.',
  };

  function failure(kind, extra) {
    return { ok: false, error: Object.assign({ kind, message: MESSAGES[kind] || kind }, extra) };
  }

  function buildUrl(apiUrl, path, query) {
    const url = new URL(apiUrl + API_PREFIX + path);
    for (const [name, value] of Object.entries(query || {})) {
      if (value !== undefined && value !== null && value !== '') url.searchParams.set(name, value);
    }
    return url;
  }

  async function readBody(response) {
    const type = response.headers.get('content-type') || '';
    if (response.status === 204) return { json: null, isJson: true };
    if (!/json/i.test(type)) return { json: null, isJson: false };
    try {
      return { json: await response.json(), isJson: true };
    } catch {
      return { json: null, isJson: false };
    }
  }

  function classifyFailure(response, body, request) {
    const problem = body.json && typeof body.json === 'object' ? body.json : {};
    const detail = typeof problem.detail === 'string' ? problem.detail : '';
    const status = response.status;
    if (status === 401) return failure('bad_token', { status });
    if (status === 403) return failure('forbidden', { status, detail });
    if (status === 405 || status === 501) return failure('not_available', { status });
    if (status === 404) {
      const noRoute = !body.isJson || detail.includes(NO_ROUTE_TEXT) || !request.resource;
      return failure(noRoute ? 'not_available' : 'not_found', { status, detail });
    }
    if (status === 409) return failure('conflict', { status, detail, fields: problem.errors });
    if (status === 429) return failure('rate_limited', { status, detail });
    if (status === 400 || status === 422) {
      return failure('invalid', { status, detail, fields: problem.errors });
    }
    if (status >= 500) return failure('server', { status, detail });
    return failure('server', { status, detail });
  }

  /**
   * Call the API. `request` = {method, path, body, query, resource, token}: `resource` marks a
   * path naming one row, so a 404 there means "not found" rather than "endpoint missing".
   */
  async function call(settings, request) {
    const token = request.token !== undefined ? request.token : settings.token;
    if (!settings.apiUrl || (!token && !request.anonymous)) return failure('not_configured');
    // Checked on every call: the user can withdraw a site's access at any time.
    const origins = [Rebound.settings.originPattern(settings.apiUrl)];
    if (!(await chrome.permissions.contains({ origins }))) return failure('no_permission');
    const headers = { Accept: 'application/json, application/problem+json' };
    if (token && !request.anonymous) headers.Authorization = 'Bearer ' + token;
    const init = { method: request.method || 'GET', headers, credentials: 'omit' };
    if (request.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(request.body);
    }
    init.signal = AbortSignal.timeout(request.timeoutMs || TIMEOUT_MS);
    let response;
    try {
      response = await fetch(buildUrl(settings.apiUrl, request.path, request.query), init);
    } catch (err) {
      return failure('unreachable', { detail: String((err && err.name) || err) });
    }
    const body = await readBody(response);
    if (!response.ok) return classifyFailure(response, body, request);
    if (!body.isJson) return failure('not_rebound', { status: response.status });
    const answer = { ok: true, status: response.status, data: body.json };
    const pagination = response.headers.get('x-pagination');
    if (pagination) {
      try {
        answer.pagination = JSON.parse(pagination);
      } catch {
        // A malformed header only costs the page count.
      }
    }
    return answer;
  }

  Rebound.apiClient = { API_PREFIX, MESSAGES, call, failure };
})(globalThis);
