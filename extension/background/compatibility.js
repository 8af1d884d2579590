// Which servers this extension can talk to: it speaks API v1 and needs a health answer that
// looks like Rebound's, so an unrelated web server at the address is reported as such.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  const SUPPORTED_API = 1;

  function majorOf(value) {
    const match = /^v?(\d+)/.exec(String(value));
    return match ? Number(match[1]) : null;
  }

  /** Judge a /api/v1/health answer: {ok: true} or {ok: false, message}. */
  function check(health) {
    if (!health || typeof health !== 'object' || Array.isArray(health)) {
      return { ok: false, message: 'The address answers, but not as a Rebound API.' };
    }
    if (!('status' in health)) {
      return { ok: false, message: 'The address answers, but not as a Rebound API.' };
    }
    // Rebound's health answer names the API version it speaks, e.g. "v1".
    const declared = health.api_version ?? health.version;
    if (declared !== undefined && majorOf(declared) !== SUPPORTED_API) {
      return {
        ok: false,
        message: `Wrong version: the server speaks API ${declared}, this extension speaks v${SUPPORTED_API}.`,
      };
    }
    return { ok: true };
  }

  Rebound.compatibility = { SUPPORTED_API, check };
})(globalThis);
