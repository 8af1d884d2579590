// The options page: where the server is, the token, when to read pages, and the account
// settings kept on the server (LinkedIn account type, signature).
(function () {
  'use strict';
  const Rebound = globalThis.Rebound;
  const form = document.getElementById('settings');
  const result = document.getElementById('result');
  const accountState = document.getElementById('account-state');
  const accountFields = [form.linkedinAccount, form.signature];

  function say(text, kind) {
    result.textContent = text;
    result.dataset.kind = kind || '';
  }

  function describe(failure) {
    const error = failure.error || {};
    const detail = error.detail && error.detail !== error.message ? ' (' + error.detail + ')' : '';
    return error.message + detail;
  }

  function setAccountEnabled(enabled, note) {
    for (const field of accountFields) field.disabled = !enabled;
    accountState.textContent = note;
  }

  /**
   * Ask for access to the server's origin; must run inside the click, before any await. Chromium
   * grants loopback at install and answers at once; Firefox may hold even that back until asked.
   */
  function requestAccess(apiUrl) {
    return chrome.permissions.request({ origins: [Rebound.settings.originPattern(apiUrl)] });
  }

  function readForm() {
    return {
      apiUrl: Rebound.settings.normaliseApiUrl(form.apiUrl.value),
      token: form.token.value.trim(),
      mode: form.mode.value,
    };
  }

  async function loadAccount() {
    const me = await Rebound.send('api', { path: '/me' });
    if (!me.ok) {
      setAccountEnabled(false, 'Account settings load once the server answers: ' + describe(me));
      return null;
    }
    form.linkedinAccount.value = me.data.linkedin_account || 'free';
    form.signature.value = me.data.signature || '';
    setAccountEnabled(true, 'Signed in as ' + (me.data.email || me.data.name || 'you') + '.');
    return me.data;
  }

  async function load() {
    const settings = await Rebound.settings.load();
    form.apiUrl.value = settings.apiUrl;
    form.token.value = settings.token;
    form.mode.value = settings.mode;
    if (settings.token) await loadAccount();
    else setAccountEnabled(false, 'Enter the address and token, then save.');
  }

  async function save(access) {
    say('Saving…');
    const values = readForm();
    if (!values.apiUrl) return say('The API address must start with http:// or https://.', 'error');
    if (!(await access)) {
      return say('Not saved: Rebound needs your permission to reach ' + new URL(values.apiUrl).origin + '.', 'error');
    }
    const previous = await Rebound.settings.load();
    await Rebound.settings.save(values);
    form.apiUrl.value = values.apiUrl;
    const changedServer = previous.apiUrl !== values.apiUrl || previous.token !== values.token;
    if (changedServer || form.linkedinAccount.disabled) {
      const me = await loadAccount();
      return say(me ? 'Saved.' : 'Saved on this device. ' + accountState.textContent, me ? 'ok' : 'warn');
    }
    const patch = { linkedin_account: form.linkedinAccount.value, signature: form.signature.value };
    const updated = await Rebound.send('api', { method: 'PATCH', path: '/me', body: patch });
    if (!updated.ok) return say('Saved on this device; the server did not take the account settings: ' + describe(updated), 'warn');
    return say('Saved.', 'ok');
  }

  async function test(access) {
    const values = readForm();
    if (!values.apiUrl) return say('The API address must start with http:// or https://.', 'error');
    if (!(await access)) return say('Rebound needs your permission to reach ' + new URL(values.apiUrl).origin + '.', 'error');
    say('Testing…');
    const answer = await Rebound.send('testConnection', values);
    if (!answer.ok) return say(describe(answer), 'error');
    const version = answer.data.health && answer.data.health.version ? ' ' + answer.data.health.version : '';
    const who = answer.data.me && (answer.data.me.email || answer.data.me.name);
    return say('Connected to Rebound' + version + (who ? ' as ' + who : '') + '.', 'ok');
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const access = requestAccess(Rebound.settings.normaliseApiUrl(form.apiUrl.value) || 'http://127.0.0.1');
    save(access.catch(() => false));
  });
  document.getElementById('test').addEventListener('click', () => {
    const access = requestAccess(Rebound.settings.normaliseApiUrl(form.apiUrl.value) || 'http://127.0.0.1');
    test(access.catch(() => false));
  });
  const showToken = document.getElementById('show-token');
  showToken.addEventListener('click', () => {
    const show = form.token.type === 'password';
    form.token.type = show ? 'text' : 'password';
    showToken.textContent = show ? 'Hide' : 'Show';
    showToken.setAttribute('aria-pressed', String(show));
  });

  load();
})();
