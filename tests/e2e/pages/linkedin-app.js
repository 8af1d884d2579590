// Invented E2E fixture (Rebound): renders fictional LinkedIn pages from the path, and moves
// between them with history.pushState like the real single-page app.
'use strict';

const PEOPLE = {
  'priya-raman-fa': {
    layout: 'classic',
    memberId: '731002',
    name: 'Priya Raman',
    headline: 'Talent Partner at Fernhill Analytics | Hiring data people',
    location: 'Manchester, England, United Kingdom',
    company: 'Fernhill Analytics',
  },
  'tomas-ferreira-data': {
    layout: 'sdui',
    urn: 'ACoAAB7fT0mAsFerreira',
    name: 'Tomás Ferreira',
    headline: 'Staff Data Engineer · Streaming pipelines and warehouses',
    location: 'Lisbon, Portugal',
    company: 'Fernhill Analytics',
    school: 'University of Porto',
  },
  'dana-whitfield-fa': {
    layout: 'classic',
    memberId: '731051',
    name: 'Dana Whitfield',
    headline: 'Engineering Manager, Data Platform at Fernhill Analytics',
    location: 'Bristol, England, United Kingdom',
    company: 'Fernhill Analytics',
  },
  'alex-morgan-sample': {
    layout: 'classic',
    memberId: '731077',
    name: 'Alex Morgan',
    headline: 'Product Manager at Quarry Labs',
    location: 'Leeds, England, United Kingdom',
    company: 'Quarry Labs',
  },
};

const JOBS = {
  4012345678: { title: 'Analytics Engineer', company: 'Fernhill Analytics', slug: 'fernhill-analytics' },
};

window.__rebound_e2e = { invitations: 0 };
const main = document.querySelector('main');

function node(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs || {})) el.setAttribute(name, value);
  for (const child of children) if (child !== null) el.append(child);
  return el;
}

function connectButton(person) {
  const button = node('button', { type: 'button', 'aria-label': `Invite ${person.name} to connect` }, 'Connect');
  button.addEventListener('click', () => {
    const addNote = node('button', { type: 'button', 'aria-label': 'Add a note' }, 'Add a note');
    const send = node('button', { type: 'button', 'aria-label': 'Send invitation' }, 'Send');
    const dialog = node('div', { role: 'dialog', 'aria-label': 'Invite to connect' },
      node('p', {}, `You can add a note to personalise your invitation to ${person.name}.`), addNote, send);
    addNote.addEventListener('click', () => {
      addNote.replaceWith(node('textarea', { name: 'message', id: 'custom-message', maxlength: '200', 'aria-label': 'Add a note' }));
    });
    send.addEventListener('click', () => {
      window.__rebound_e2e.invitations += 1;
      dialog.remove();
    });
    document.body.append(dialog);
  });
  return button;
}

function classicCard(slug, person) {
  const base = `https://www.linkedin.com/in/${slug}/`;
  return node('section', { 'data-member-id': person.memberId, class: 'artdeco-card' },
    node('div', { class: 'ph5' },
      node('a', { href: base + 'overlay/about-this-profile/' }, node('h1', { class: 'a9f3k2' }, person.name)),
      node('div', { class: 'text-body-medium break-words', 'data-generated-suggestion-target': 'urn:li:fsu:1' }, person.headline),
      node('div', {},
        node('span', { class: 'text-body-small inline t-black--light break-words' }, person.location),
        node('span', {}, node('a', { id: 'top-card-text-details-contact-info', href: `/in/${slug}/overlay/contact-info/` }, 'Contact info'))),
      node('ul', {}, node('li', {}, node('button', { 'aria-label': `Current company: ${person.company}. Click to skip to experience card` },
        node('span', { 'aria-hidden': 'true' }, person.company)))),
      connectButton(person)));
}

function sduiCard(slug, person) {
  return node('section', { componentkey: `com.linkedin.sdui.profile.card.${person.urn}Topcard` },
    node('a', { href: `https://www.linkedin.com/in/${slug}/` }, node('h2', {}, person.name)),
    node('p', {}, '· 2nd'),
    node('p', {}, person.headline),
    node('p', {}, `${person.company} · ${person.school}`),
    node('div', {}, node('p', {}, person.location), node('p', {}, node('a', { href: `/in/${slug}/overlay/contact-info/` }, 'Contact info'))),
    connectButton(person));
}

function feed() {
  return [
    node('h1', {}, 'Home'),
    node('ul', {}, ...Object.entries(PEOPLE).map(([slug, p]) =>
      node('li', {}, node('a', { 'data-spa': '', href: `/in/${slug}/` }, p.name))),
      ...Object.entries(JOBS).map(([id, job]) =>
        node('li', {}, node('a', { 'data-spa': '', href: `/jobs/view/${id}/` }, `${job.title} at ${job.company}`)))),
  ];
}

function job(id, posting) {
  document.title = `${posting.title} | ${posting.company} | LinkedIn`;
  return [node('div', { class: 'job-view-layout' },
    node('h1', { class: 't-24' }, posting.title),
    node('div', { class: 'job-details-jobs-unified-top-card__company-name' }, node('a', { href: `/company/${posting.slug}/` }, posting.company)),
    node('p', {}, 'A fictional posting used by Rebound\'s end-to-end tests.'))];
}

function content() {
  const profile = /^\/in\/([^/]+)\/$/.exec(location.pathname);
  if (profile && PEOPLE[profile[1]]) {
    const person = PEOPLE[profile[1]];
    document.title = `${person.name} | LinkedIn`;
    return [person.layout === 'sdui' ? sduiCard(profile[1], person) : classicCard(profile[1], person),
      node('p', {}, node('a', { 'data-spa': '', href: '/in/tomas-ferreira-data/' }, 'People also viewed: Tomás Ferreira'))];
  }
  const posting = /^\/jobs\/view\/(\d+)\/$/.exec(location.pathname);
  if (posting && JOBS[posting[1]]) return job(posting[1], JOBS[posting[1]]);
  document.title = 'Feed | LinkedIn';
  return feed();
}

// Like LinkedIn: the old page stays a moment after the URL changes, then main empties, then
// the new page hydrates.
function render(initial) {
  if (initial) {
    main.replaceChildren(...content());
    return;
  }
  setTimeout(() => {
    main.replaceChildren();
    setTimeout(() => main.replaceChildren(...content()), 60);
  }, 60);
}

document.addEventListener('click', (event) => {
  const link = event.target.closest('a[data-spa]');
  if (!link) return;
  event.preventDefault();
  history.pushState({}, '', link.getAttribute('href'));
  render(false);
});
window.addEventListener('popstate', () => render(false));
render(true);
