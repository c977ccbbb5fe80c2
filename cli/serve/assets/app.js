// The geokg explorer page. Text from the database is only ever put in the
// page as text nodes (textContent), never as markup; the drawing is parsed
// as SVG (XML) and only its links are followed.
'use strict';

const $ = (selector) => document.querySelector(selector);

// An element with attributes and children (strings become text nodes).
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value !== null && value !== undefined) node.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(typeof child === 'string' || typeof child === 'number' ? String(child) : child);
  }
  return node;
}

function actorLink(id, name) { return el('a', { href: '#/actor/' + encodeURIComponent(id) }, name || id); }

function edgeHash(relation) {
  const q = new URLSearchParams({ s: relation.subject, o: relation.object, p: relation.predicate,
                                  polarity: relation.polarity, kind: relation.kind });
  return '#/edge?' + q.toString();
}

function showMessage(text) {
  const box = $('#message');
  box.replaceChildren();
  if (!text) { box.hidden = true; return; }
  box.append(text);
  box.hidden = false;
}

// The filter form as query parameters (empty fields left out).
function filterParams(names) {
  const form = new FormData($('#filters'));
  const params = new URLSearchParams();
  for (const name of names) {
    const value = (form.get(name) || '').trim();
    if (value !== '') params.set(name, value);
  }
  return params;
}
const EDGE_FILTERS = ['since', 'until', 'quad', 'cameo', 'polarity'];

class ApiError extends Error {
  constructor(body, status) { super(body.error || 'HTTP ' + status); this.body = body; this.status = status; }
}

async function getJson(path, params) {
  const response = await fetch(path + (params && params.toString() ? '?' + params : ''));
  const body = await response.json();
  if (!response.ok) throw new ApiError(body, response.status);
  return body;
}

// An error, with its suggestions as links that search them.
function reportError(error) {
  if (!(error instanceof ApiError)) { showMessage(String(error)); return; }
  const box = $('#message');
  showMessage(error.body.error);
  const suggestions = error.body.suggestions || [];
  if (suggestions.length) {
    box.append(' Did you mean ');
    suggestions.forEach((name, i) => {
      const a = el('a', { href: '#' }, name);
      a.addEventListener('click', (event) => { event.preventDefault(); searchAndOpen(name); });
      box.append(i ? ', ' : '', a);
    });
    box.append('?');
  }
}

// ---- search ----

let searchTimer = null;
let activeSuggestion = -1;

async function suggest(text) {
  const list = $('#suggestions');
  if (text.trim() === '') { list.hidden = true; return; }
  let body;
  try {
    body = await getJson('/api/search', new URLSearchParams({ q: text, limit: '10' }));
  } catch (error) { reportError(error); return; }
  if ($('#search').value !== text) return;  // the user typed on
  list.replaceChildren();
  activeSuggestion = -1;
  for (const actor of body.results) {
    const item = el('li', { role: 'option', 'data-id': actor.id }, actor.name, ' ',
                    el('span', { class: 'meta' }, actor.type + (actor.country ? ', ' + actor.country : '') +
                       ' · ' + actor.mentions + ' mentions' +
                       (actor.matched !== actor.name ? ' · “' + actor.matched + '”' : '')));
    item.addEventListener('mousedown', (event) => { event.preventDefault(); openActor(actor.id); });
    list.append(item);
  }
  if (!body.results.length) {
    const item = el('li', { class: 'meta' }, 'No actor matches.');
    if (body.suggestions.length) item.append(' Did you mean ' + body.suggestions.join(', ') + '?');
    list.append(item);
  }
  list.hidden = false;
}

async function searchAndOpen(text) {
  try {
    const body = await getJson('/api/search', new URLSearchParams({ q: text, limit: '1' }));
    if (body.results.length) openActor(body.results[0].id);
    else showMessage('No actor matches “' + text + '”.');
  } catch (error) { reportError(error); }
}

function openActor(id) {
  $('#suggestions').hidden = true;
  $('#search').blur();
  location.hash = '#/actor/' + encodeURIComponent(id);
}

function moveSuggestion(step) {
  const items = [...$('#suggestions').querySelectorAll('li[data-id]')];
  if (!items.length) return;
  activeSuggestion = (activeSuggestion + step + items.length) % items.length;
  items.forEach((item, i) => item.classList.toggle('active', i === activeSuggestion));
}

function onSearchKey(event) {
  const items = [...$('#suggestions').querySelectorAll('li[data-id]')];
  if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    moveSuggestion(event.key === 'ArrowDown' ? 1 : -1);
  } else if (event.key === 'Enter') {
    event.preventDefault();
    const chosen = items[Math.max(activeSuggestion, 0)];
    if (chosen) openActor(chosen.dataset.id);
    else searchAndOpen($('#search').value);
  } else if (event.key === 'Escape') {
    $('#suggestions').hidden = true;
  }
}

// ---- the actor: profile, drawing, timeline ----

let currentActor = null;

function relationTable(relations, outgoing) {
  const table = el('table', {}, el('tr', {}, el('th', {}, 'relation'), el('th', {}, outgoing ? 'object' : 'subject'),
                                   el('th', { class: 'num' }, 'mentions'), el('th', {}, 'dates')));
  for (const r of relations) {
    const other = outgoing ? r.object : r.subject;
    const otherName = outgoing ? r.object_name : r.subject_name;
    const label = (r.polarity === 'negative' ? 'not ' : '') + r.predicate;
    table.append(el('tr', {},
      el('td', {}, el('a', { href: edgeHash(r), title: 'evidence' }, label)),
      el('td', {}, actorLink(other, otherName)),
      el('td', { class: 'num' }, r.mentions),
      el('td', { class: 'meta' }, el('span', { class: 'date' }, r.first_date),
         r.first_date === r.last_date ? null : ' – ', r.first_date === r.last_date ? null : el('span', { class: 'date' }, r.last_date))));
  }
  return table;
}

function showProfile(actor) {
  const profile = $('#profile');
  const facts = el('dl');
  const fact = (name, value) => { if (value !== '' && value !== null) facts.append(el('dt', {}, name), el('dd', {}, value)); };
  fact('id', actor.id);
  fact('type', actor.type);
  fact('country', actor.country);
  fact('aliases', actor.aliases.join(', '));
  for (const role of actor.roles) {
    fact('role', role.title + (role.org_name ? ' of ' + role.org_name : '') +
         (role.first_seen ? ' (' + role.first_seen + (role.last_seen !== role.first_seen ? ' – ' + role.last_seen : '') + ')' : ''));
  }
  fact('seen', actor.first_seen === actor.last_seen ? actor.first_seen : actor.first_seen + ' – ' + actor.last_seen);
  fact('mentions', actor.mentions + ' in ' + actor.articles + (actor.articles === 1 ? ' article' : ' articles'));
  profile.replaceChildren(el('h2', {}, actor.name), facts,
    el('h3', {}, 'Outgoing (' + actor.outgoing_total + ')'), relationTable(actor.outgoing, true),
    el('h3', {}, 'Incoming (' + actor.incoming_total + ')'), relationTable(actor.incoming, false));
}

async function showGraph(id) {
  const params = filterParams([...EDGE_FILTERS, 'depth', 'max_edges']);
  params.set('actor', id);
  const graph = $('#graph');
  graph.replaceChildren(el('p', { class: 'hint' }, 'Drawing…'));
  const response = await fetch('/graph.svg?' + params);
  if (!response.ok) throw new ApiError(await response.json(), response.status);
  const doc = new DOMParser().parseFromString(await response.text(), 'image/svg+xml');
  if (doc.querySelector('parsererror') || doc.documentElement.nodeName !== 'svg') throw new Error('the drawing is not valid SVG');
  const svg = document.importNode(doc.documentElement, true);
  svg.removeAttribute('width');
  svg.removeAttribute('height');
  graph.replaceChildren(svg);
}

function showTimeline(body) {
  const section = $('#timeline');
  const months = body.months;
  if (!months.length) { section.replaceChildren(el('h3', {}, 'Timeline'), el('p', { class: 'hint' }, 'No dated relations.')); return; }
  const most = Math.max(...months.map((m) => m.total), 1);
  const classes = [['verbal_cooperation', 'q1'], ['material_cooperation', 'q2'], ['verbal_conflict', 'q3'],
                   ['material_conflict', 'q4'], ['other', 'q0']];
  const bars = el('div', { class: 'bars' });
  for (const m of months) {
    const bar = el('div', { class: 'bar', title: classes.map(([k]) => k.replace('_', ' ') + ': ' + m[k]).join(', ') });
    for (const [key, css] of classes) {
      if (m[key]) { const part = el('span', { class: css }); part.style.width = (100 * m[key] / most) + '%'; bar.append(part); }
    }
    bars.append(el('span', { class: 'meta' }, m.month), bar, el('span', { class: 'meta' }, m.total));
  }
  const legend = el('div', { class: 'legend' },
    ...classes.map(([key, css]) => el('span', {}, el('i', { class: css }), key.replace('_', ' '))));
  section.replaceChildren(el('h3', {}, 'Timeline (mentions by month)'), bars, legend);
}

async function loadActor(id) {
  showMessage('');
  $('#evidence').replaceChildren();
  try {
    const actor = await getJson('/api/actor/' + encodeURIComponent(id), filterParams([...EDGE_FILTERS, 'kind']));
    currentActor = actor.id;
    document.title = actor.name + ' – geokg explorer';
    showProfile(actor);
    await Promise.all([
      showGraph(actor.id),
      getJson('/api/timeline', (() => { const p = filterParams(EDGE_FILTERS); p.set('a', actor.id); return p; })())
        .then(showTimeline),
    ]);
  } catch (error) { reportError(error); }
}

// ---- evidence of an edge ----

function evidenceItem(ev) {
  const where = [ev.date, ev.source].filter((x) => x).join(' · ');
  const article = ev.url && /^https?:\/\//i.test(ev.url)
    ? el('a', { href: ev.url, target: '_blank', rel: 'noopener noreferrer' }, ev.title || ev.doc)
    : el('span', {}, ev.title || ev.doc);
  return el('li', {}, el('span', { class: 'meta' }, where + (where ? ' · ' : '')), article,
            el('span', { class: 'meta' }, ' (article ' + ev.doc + ', sentence ' + ev.sentence + ')'),
            el('q', { class: 'sentence' }, ev.text));
}

async function loadEdge(query) {
  showMessage('');
  const params = new URLSearchParams(query);
  for (const [name, value] of filterParams(['since', 'until'])) params.set(name, value);
  params.set('limit', '50');
  try {
    if (currentActor === null) await loadActor(params.get('s'));
    const body = await getJson('/api/edge', params);
    const box = $('#evidence');
    box.replaceChildren(el('h3', {}, 'Evidence'));
    for (const r of body.relations) {
      const label = (r.polarity === 'negative' ? 'not ' : '') + r.predicate;
      box.append(el('div', { class: 'relation' },
        el('strong', {}, actorLink(r.subject, r.subject_name), ' ', label, ' ', actorLink(r.object, r.object_name)),
        el('span', { class: 'meta' }, ' · ' + r.mentions + (r.mentions === 1 ? ' mention' : ' mentions') + (r.cameo ? ' · CAMEO ' + r.cameo : '') +
           (r.evidence_total > r.evidence.length ? ' · first ' + r.evidence.length + ' of ' + r.evidence_total : '')),
        el('ol', {}, ...r.evidence.map(evidenceItem))));
    }
    box.scrollIntoView({ block: 'nearest' });
  } catch (error) { reportError(error); }
}

// ---- routing: #/actor/ID and #/edge?s=&o=&p=&polarity=&kind= ----

function route() {
  const hash = location.hash;
  if (hash.startsWith('#/actor/')) loadActor(decodeURIComponent(hash.slice('#/actor/'.length)));
  else if (hash.startsWith('#/edge?')) loadEdge(hash.slice('#/edge?'.length));
}

function followSvgLink(event) {
  const link = event.target.closest('a');
  if (!link) return;
  const href = link.getAttribute('href') || link.getAttributeNS('http://www.w3.org/1999/xlink', 'href') || '';
  event.preventDefault();
  if (href.startsWith('#/')) location.hash = href;
}

document.addEventListener('DOMContentLoaded', () => {
  const search = $('#search');
  search.addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(() => suggest(search.value), 120); });
  search.addEventListener('keydown', onSearchKey);
  search.addEventListener('blur', () => { $('#suggestions').hidden = true; });
  $('#graph').addEventListener('click', followSvgLink);
  $('#filters').addEventListener('submit', (event) => {
    event.preventDefault();
    if (currentActor !== null) loadActor(currentActor);
  });
  window.addEventListener('hashchange', route);
  route();
});
