// Turning what a page parser read into the bodies the API expects. Parsers and API grew
// separately; this is the one place where their field names meet.
(function (root) {
  'use strict';
  const Rebound = (root.Rebound = root.Rebound || {});

  function first(source, names) {
    for (const name of names) {
      const value = source[name];
      if (typeof value === 'string' && value.trim()) return value.trim();
    }
    return undefined;
  }

  /** An ISO time from a date as the mail client shows it, or undefined when it cannot be read. */
  function isoTime(text) {
    if (!text) return undefined;
    // Gmail's titles read "Mon, Nov 23, 2026, 10:15 AM"; a narrow space may precede AM/PM.
    const time = Date.parse(String(text).replace(/[\u202f\u00a0]/g, ' ').replace(/ at /, ' '));
    return Number.isNaN(time) ? undefined : new Date(time).toISOString();
  }

  /** The classify body for a parsed email (Gmail and Outlook parsers share these names). */
  function email(parsed) {
    return {
      subject: first(parsed, ['subject']),
      from_name: first(parsed, ['senderName']),
      from_email: first(parsed, ['senderEmail']),
      body: first(parsed, ['text']),
      message_id: first(parsed, ['messageId', 'legacyMessageId']),
      received_at: isoTime(first(parsed, ['dateText'])),
    };
  }

  /** The match body for a parsed LinkedIn profile. */
  function profile(parsed) {
    return {
      profile_url: first(parsed, ['profileUrl']),
      name: first(parsed, ['name']),
      headline: first(parsed, ['headline']),
      company: first(parsed, ['company']),
      location: first(parsed, ['location']),
      photo_url: first(parsed, ['photoUrl']),
    };
  }

  /** The opening body for a parsed LinkedIn job posting. */
  function job(parsed) {
    return {
      company: first(parsed, ['company']),
      title: first(parsed, ['title']),
      url: first(parsed, ['url']),
    };
  }

  Rebound.fields = { email, profile, job, isoTime };
})(globalThis);
