/*
 * app.js - the Tidings web page: a story list, a story page (timeline and
 * articles) and search, driven by the JSON API of `tidings serve` and routed
 * by the URL hash (#/, #/story/ID, #/search?q=...).
 *
 * Article text is untrusted. Every piece of data reaches the page as a text
 * node (h() and marked() below); nothing here parses HTML, and links to
 * sources are kept only when they are http(s).
 */
'use strict';

const main = document.getElementById('main');
const STORY_PAGE = 30;
const SEARCH_LIMIT = 30;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ENTITY_TYPES = { PER: 'Person', ORG: 'Organisation', LOC: 'Place', GPE: 'Place', MISC: 'Other' };

/* Stories already seen in a list, by id: the story page borrows their title and entities. */
const storyCache = new Map();
/* Bumped by every navigation, so a slow answer for an old view is dropped. */
let viewToken = 0;

/* ---- DOM helpers: the only way this file creates elements ---- */

/* Appends children: nodes as they are, anything else as a text node. */
function append(el, kids) {
  for (const k of kids.flat(Infinity)) {
    if (k === null || k === undefined || k === false) continue;
    el.appendChild(k instanceof Node ? k : document.createTextNode(String(k)));
  }
  return el;
}

/*
 * h('a', {class: 'x', href: '#/'}, 'text', child): an element with
 * attributes set through setAttribute (never markup) and `on*` keys as
 * event listeners.
 */
function h(tag, props, ...kids) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else if (k === 'class') el.className = v;
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  return append(el, kids);
}

/* Replaces the view with `kids`, unless another navigation started since `token`. */
function show(token, ...kids) {
  if (token !== viewToken) return false;
  main.replaceChildren();
  append(main, kids);
  return true;
}

/*
 * `text` with the code-point spans [[start, end], ...] wrapped in <mark>,
 * as text nodes. The API counts code points, so the text is split with
 * Array.from (a JS string index counts UTF-16 units).
 */
function marked(text, spans) {
  const cps = Array.from(text || '');
  const frag = document.createDocumentFragment();
  const valid = (spans || [])
    .filter((s) => Array.isArray(s) && s[0] >= 0 && s[1] > s[0] && s[1] <= cps.length)
    .sort((a, b) => a[0] - b[0]);
  let pos = 0;
  for (const [start, end] of valid) {
    if (start < pos) continue;
    if (start > pos) frag.appendChild(document.createTextNode(cps.slice(pos, start).join('')));
    frag.appendChild(h('mark', null, cps.slice(start, end).join('')));
    pos = end;
  }
  if (pos < cps.length) frag.appendChild(document.createTextNode(cps.slice(pos).join('')));
  return frag;
}

/* An http(s) URL from the data, or null: a javascript: or data: URL is never a link. */
function safeUrl(raw) {
  if (typeof raw !== 'string' || raw === '') return null;
  try {
    const u = new URL(raw);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch (e) {
    return null;
  }
}

/* ---- Formatting ---- */

/* "2024-03-05..." -> {y, m, d}; fields missing from a shorter date are 0. */
function dateParts(iso) {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || '');
  return m ? { y: +m[1], m: m[2] ? +m[2] : 0, d: m[3] ? +m[3] : 0 } : null;
}

/* A date for people: "5 Mar 2024", "Mar 2024" or "2024", by precision. */
function fmtDate(iso, precision) {
  const p = dateParts(iso);
  if (!p) return iso || '';
  if (precision === 'year' || !p.m) return String(p.y);
  if (precision === 'month' || !p.d) return `${MONTHS[p.m - 1]} ${p.y}`;
  return `${p.d} ${MONTHS[p.m - 1]} ${p.y}`;
}

/* "3–5 Mar 2024", "28 Feb – 2 Mar 2024", or one date when both ends agree. */
function fmtSpan(first, last) {
  const a = dateParts(first);
  const b = dateParts(last);
  if (!a && !b) return null;
  if (!a || !b || first.slice(0, 10) === last.slice(0, 10)) return fmtDate(first || last);
  if (a.y === b.y && a.m === b.m && a.d && b.d) return `${a.d}–${fmtDate(last)}`;
  if (a.y === b.y && a.d && b.d) return `${a.d} ${MONTHS[a.m - 1]} – ${fmtDate(last)}`;
  return `${fmtDate(first)} – ${fmtDate(last)}`;
}

function plural(n, one, many) {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}

/* How many articles a story has: `size` when the API gives it, else `articles`. */
function storySize(s) {
  if (typeof s.size === 'number') return s.size;
  if (typeof s.articles === 'number') return s.articles;
  return Array.isArray(s.articles) ? s.articles.length : 0;
}

function langBadges(langs) {
  const list = Array.isArray(langs) ? langs : langs ? [langs] : [];
  return list.map((l) => h('span', { class: 'lang', title: `Language: ${l}` }, String(l)));
}

/* Up to `max` entity chips from [{name, type}]. */
function entityChips(entities, max) {
  if (!Array.isArray(entities) || entities.length === 0) return null;
  return h('ul', { class: 'chips', 'aria-label': 'Entities' },
    entities.slice(0, max).map((e) => h('li', {
      class: `chip chip-${String(e.type || 'misc').toLowerCase()}`,
      title: ENTITY_TYPES[e.type] || e.type || 'Entity',
    }, e.name)));
}

/* A line of meta facts separated by dots; empty items are left out. */
function metaLine(cls, ...items) {
  const kept = items.flat().filter((x) => x !== null && x !== undefined && x !== '');
  const out = [];
  kept.forEach((x, i) => {
    if (i > 0 && !(x instanceof Node && x.className === 'lang')) out.push(h('span', { class: 'dot', 'aria-hidden': 'true' }, '·'));
    out.push(x);
  });
  return h('p', { class: cls }, out);
}

/* ---- API ---- */

class ApiError extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

/* GET a JSON endpoint; a non-2xx answer throws ApiError with the server's message. */
async function api(path) {
  let res;
  try {
    res = await fetch(path, { headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ApiError(0, 'NETWORK', 'The server cannot be reached.');
  }
  let body = null;
  try {
    body = await res.json();
  } catch (e) {
    body = null;
  }
  if (!res.ok) {
    const err = body && body.error ? body.error : {};
    throw new ApiError(res.status, err.code || '', err.message || `HTTP ${res.status}`);
  }
  return body || {};
}

function errorBox(err, what) {
  return h('div', { class: 'notice notice-error', role: 'alert' },
    h('strong', null, what), ' ', err.message || String(err));
}

function loading(text) {
  return h('p', { class: 'loading' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}

/* ---- Views ---- */

function storyCard(s) {
  storyCache.set(String(s.id), s);
  const title = s.title || 'Untitled story';
  return h('li', { class: 'card' },
    h('a', { class: 'card-link', href: `#/story/${encodeURIComponent(s.id)}` },
      h('h2', { class: 'card-title' }, title)),
    metaLine('meta', plural(storySize(s), 'article', 'articles'),
      fmtSpan(s.first_date, s.last_date), langBadges(s.languages)),
    entityChips(s.entities, 6));
}

async function viewStories(token) {
  document.title = 'Tidings';
  show(token, loading('Loading stories…'));
  let data;
  try {
    data = await api(`/api/stories?limit=${STORY_PAGE}`);
  } catch (err) {
    show(token, errorBox(err, 'Stories could not be loaded.'));
    return;
  }
  const stories = Array.isArray(data.stories) ? data.stories : [];
  const list = h('ol', { class: 'cards', id: 'stories' }, stories.map(storyCard));
  const more = moreButton(token, list, data.next_cursor);
  show(token,
    h('div', { class: 'view-head' },
      h('h1', null, 'Stories'),
      h('p', { class: 'lede' }, 'The latest stories first, with articles grouped across sources and languages.')),
    stories.length ? list : h('p', { class: 'empty' }, 'No stories yet. Ingest some articles with `tidings ingest`.'),
    more);
}

/* A "More stories" button while the API hands out a cursor. */
function moreButton(token, list, cursor) {
  if (cursor === null || cursor === undefined || cursor === '') return null;
  const btn = h('button', { class: 'more', type: 'button' }, 'More stories');
  btn.addEventListener('click', async () => {
    btn.disabled = true;
    btn.textContent = 'Loading…';
    try {
      const data = await api(`/api/stories?limit=${STORY_PAGE}&cursor=${encodeURIComponent(cursor)}`);
      if (token !== viewToken) return;
      append(list, (data.stories || []).map(storyCard));
      const next = moreButton(token, list, data.next_cursor);
      if (next) btn.replaceWith(next);
      else btn.remove();
    } catch (err) {
      btn.replaceWith(errorBox(err, 'More stories could not be loaded.'));
    }
  });
  return btn;
}

/* The timeline, or null when the API has none for this story (404: not built yet). */
async function fetchTimeline(id) {
  try {
    const t = await api(`/api/stories/${encodeURIComponent(id)}/timeline`);
    return Array.isArray(t.events) ? t.events : [];
  } catch (err) {
    if (err.status === 404) return null;
    throw err;
  }
}

/* The title a story page shows: the story's own, a listed one, or its first original article's. */
function storyTitle(story, cached) {
  if (story.title) return story.title;
  if (cached && cached.title) return cached.title;
  const arts = Array.isArray(story.articles) ? story.articles : [];
  const first = arts.find((a) => a.title && !a.copy_of) || arts.find((a) => a.title);
  return first ? first.title : `Story ${story.id}`;
}

async function viewStory(token, id) {
  show(token, loading('Loading story…'));
  let story;
  let events;
  try {
    [story, events] = await Promise.all([
      api(`/api/stories/${encodeURIComponent(id)}`),
      fetchTimeline(id).catch(() => null),
    ]);
  } catch (err) {
    const what = err.status === 404 ? 'There is no such story.' : 'The story could not be loaded.';
    show(token, backLink(), errorBox(err, what));
    return;
  }
  const cached = storyCache.get(String(id));
  const articles = Array.isArray(story.articles) ? story.articles : [];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const title = storyTitle(story, cached);
  const dates = articles.map((a) => a.date).filter(Boolean).sort();
  const langs = story.languages || (cached && cached.languages) ||
    [...new Set(articles.map((a) => a.lang).filter(Boolean))];
  if (!events && Array.isArray(story.events)) events = story.events;
  document.title = `${title} · Tidings`;
  show(token, backLink(),
    h('article', { class: 'story' },
      h('header', { class: 'story-head' },
        h('h1', { id: 'story-title' }, title),
        metaLine('meta', plural(articles.length, 'article', 'articles'),
          fmtSpan(dates[0], dates[dates.length - 1]), langBadges(langs)),
        entityChips(story.entities || (cached && cached.entities), 12)),
      h('div', { class: 'story-body' },
        h('section', { class: 'timeline-section', 'aria-labelledby': 'tl-h' },
          h('h2', { id: 'tl-h' }, 'Timeline'), timeline(events, byId)),
        h('section', { class: 'articles-section', 'aria-labelledby': 'ar-h' },
          h('h2', { id: 'ar-h' }, 'Articles'), articleList(articles, events)))));
}

function backLink() {
  return h('nav', { class: 'crumbs' }, h('a', { href: '#/' }, '← All stories'));
}

/* A source's short name for an article id: its `source`, else its title, else the id. */
function sourceName(byId, aid) {
  const a = byId.get(aid);
  if (!a) return String(aid);
  return a.source || a.title || String(aid);
}

function timeline(events, byId) {
  if (events === null || events === undefined)
    return h('p', { class: 'empty' }, 'No timeline yet.');
  if (events.length === 0)
    return h('p', { class: 'empty' }, 'No dated events were found in this story.');
  const sorted = [...events].sort((a, b) => String(a.date || '').localeCompare(String(b.date || '')));
  return h('ol', { class: 'timeline', id: 'timeline' }, sorted.map((ev) => {
    const srcs = Array.isArray(ev.articles) ? ev.articles : [];
    return h('li', { class: 'event', id: `event-${ev.id}` },
      h('time', { class: 'event-date', datetime: ev.date || '' }, fmtDate(ev.date, ev.precision) || 'Undated'),
      h('div', { class: 'event-body' },
        h('p', { class: 'event-text' }, ev.text || ''),
        entityChips(ev.entities, 8),
        srcs.length ? h('p', { class: 'sources' },
          h('span', { class: 'label' }, srcs.length === 1 ? 'Source' : `${srcs.length} sources`), ' ',
          srcs.map((aid, i) => [i > 0 ? ', ' : '',
            h('span', { class: aid === ev.first ? 'src first' : 'src',
              title: aid === ev.first ? 'First to report this' : null }, sourceName(byId, aid))])) : null));
  }));
}

/* Which events each article added first: its `added` list, else the events' `first`. */
function addedBy(articles, events) {
  const out = new Map();
  const evById = new Map((events || []).map((e) => [e.id, e]));
  for (const a of articles) {
    if (Array.isArray(a.added)) out.set(a.id, a.added.map((id) => evById.get(id) || { id }));
  }
  if (out.size === 0) {
    for (const e of events || []) {
      if (!e.first) continue;
      if (!out.has(e.first)) out.set(e.first, []);
      out.get(e.first).push(e);
    }
  }
  return out;
}

function articleList(articles, events) {
  if (articles.length === 0) return h('p', { class: 'empty' }, 'This story has no articles.');
  const added = addedBy(articles, events);
  const sorted = [...articles].sort((a, b) => String(a.date || '').localeCompare(String(b.date || '')));
  return h('ol', { class: 'articles', id: 'articles' }, sorted.map((a) => articleItem(a, added.get(a.id))));
}

function articleItem(a, added) {
  const url = safeUrl(a.url);
  const body = h('div', { class: 'article-text', hidden: true });
  const toggle = h('button', { class: 'article-title', type: 'button', 'aria-expanded': 'false' },
    a.title || a.id);
  toggle.addEventListener('click', () => toggleArticle(toggle, body, a.id));
  return h('li', { class: a.copy_of ? 'article copy' : 'article' },
    h('h3', null, toggle),
    metaLine('meta', a.source, a.date ? fmtDate(a.date) : null, langBadges(a.lang),
      a.copy_of ? h('span', { class: 'tag' }, 'copy') : null,
      url ? h('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' }, 'Original ↗') : null),
    added && added.length ? h('p', { class: 'added' },
      h('span', { class: 'label' }, 'Added'), ' ',
      added.map((e, i) => [i > 0 ? '; ' : '', e.text ? `${fmtDate(e.date, e.precision)}: ${e.text}` : `event ${e.id}`])) : null,
    body);
}

/* Shows or hides an article's full text, fetched on first open. */
async function toggleArticle(btn, body, id) {
  const open = btn.getAttribute('aria-expanded') !== 'true';
  btn.setAttribute('aria-expanded', String(open));
  body.hidden = !open;
  if (!open || body.dataset.loaded) return;
  body.dataset.loaded = '1';
  body.replaceChildren(loading('Loading article…'));
  try {
    const a = await api(`/api/articles/${encodeURIComponent(id)}`);
    const art = a.article || a;
    const text = art.text || art.body || '';
    body.replaceChildren(...(text
      ? text.split(/\n{2,}/).map((p) => h('p', null, p))
      : [h('p', { class: 'empty' }, 'The full text is not available.')]));
  } catch (err) {
    body.replaceChildren(err.status === 404
      ? h('p', { class: 'empty' }, 'The full text is not available.')
      : errorBox(err, 'The article could not be loaded.'));
  }
}

function searchResult(r) {
  return h('li', { class: 'result' },
    h('h2', { class: 'result-title' },
      h('a', { href: `#/story/${encodeURIComponent(r.story)}` }, marked(r.title || r.id, r.title_highlights))),
    metaLine('meta', r.date ? fmtDate(r.date) : null, langBadges(r.lang),
      h('a', { href: `#/story/${encodeURIComponent(r.story)}`, class: 'story-ref' }, `Story ${r.story}`)),
    r.snippet ? h('p', { class: 'snippet' }, marked(r.snippet, r.highlights)) : null);
}

async function viewSearch(token, params) {
  const q = (params.get('q') || '').trim();
  fillForm(params);
  if (!q) {
    document.title = 'Search · Tidings';
    show(token, h('div', { class: 'view-head' }, h('h1', null, 'Search'),
      h('p', { class: 'lede' }, 'Words, "exact phrases", prefixes like flood*, and OR.')));
    return;
  }
  document.title = `${q} · Search · Tidings`;
  show(token, loading('Searching…'));
  const qs = new URLSearchParams({ q, limit: String(SEARCH_LIMIT) });
  for (const k of ['from', 'to', 'lang']) if (params.get(k)) qs.set(k, params.get(k));
  let data;
  try {
    data = await api(`/api/search?${qs}`);
  } catch (err) {
    show(token, searchHead(q, params, null), errorBox(err, 'This search cannot run.'));
    return;
  }
  const results = Array.isArray(data.results) ? data.results : [];
  show(token, searchHead(q, params, results.length),
    results.length
      ? h('ol', { class: 'results', id: 'results' }, results.map(searchResult))
      : h('p', { class: 'empty' }, 'No articles match. Try fewer words or a prefix like flood*.'));
}

function searchHead(q, params, n) {
  const filters = [];
  if (params.get('from')) filters.push(`from ${params.get('from')}`);
  if (params.get('to')) filters.push(`to ${params.get('to')}`);
  if (params.get('lang')) filters.push(`in ${params.get('lang')}`);
  return h('div', { class: 'view-head' },
    h('h1', null, 'Results for ', h('q', null, q)),
    h('p', { class: 'lede' },
      n === null ? '' : n === SEARCH_LIMIT ? `Top ${n} articles` : plural(n, 'article', 'articles'),
      filters.length ? ` · ${filters.join(', ')}` : ''));
}

/* ---- Search form and routing ---- */

const form = document.getElementById('search-form');

/* Makes sure the language select has an option for `code`, which the stats may not have yet. */
function langOption(code) {
  const sel = form.elements.lang;
  if (code && ![...sel.options].some((o) => o.value === code))
    sel.appendChild(h('option', { value: code }, code));
}

function fillForm(params) {
  langOption(params.get('lang'));
  for (const k of ['q', 'from', 'to', 'lang']) {
    const el = form.elements[k];
    if (el && document.activeElement !== el) el.value = params.get(k) || '';
  }
  if (params.get('from') || params.get('to') || params.get('lang'))
    document.getElementById('filters').open = true;
}

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const qs = new URLSearchParams();
  for (const k of ['q', 'from', 'to', 'lang']) {
    const v = form.elements[k].value.trim();
    if (v) qs.set(k, v);
  }
  location.hash = `#/search?${qs}`;
});

/* Fills the language filter from /api/stats; the page works without it. */
async function loadStats() {
  try {
    const st = await api('/api/stats');
    const langs = Object.entries(st.languages || {}).sort((a, b) => b[1] - a[1]);
    const sel = form.elements.lang;
    const current = sel.value;
    for (const [code, n] of langs) {
      if (!code) continue;
      const label = `${code} (${n.toLocaleString('en')})`;
      const have = [...sel.options].find((o) => o.value === code);
      if (have) have.textContent = label;
      else sel.appendChild(h('option', { value: code }, label));
    }
    sel.value = current;
    document.getElementById('footer').replaceChildren(
      h('span', null, `${plural(st.articles || 0, 'article', 'articles')} in ${plural(st.stories || 0, 'story', 'stories')}`),
      h('span', null, 'Tidings'));
  } catch (e) {
    /* No stats: the filter keeps "Any" and the footer stays empty. */
  }
}

function route() {
  const token = ++viewToken;
  const raw = location.hash.replace(/^#/, '') || '/';
  const qpos = raw.indexOf('?');
  const path = qpos < 0 ? raw : raw.slice(0, qpos);
  const params = new URLSearchParams(qpos < 0 ? '' : raw.slice(qpos + 1));
  const m = /^\/story\/([^/]+)$/.exec(path);
  window.scrollTo(0, 0);
  if (m) return viewStory(token, decodeURIComponent(m[1]));
  if (path === '/search') return viewSearch(token, params);
  fillForm(new URLSearchParams());
  return viewStories(token);
}

/* "/" jumps to the search box, as on most news and code sites. */
document.addEventListener('keydown', (ev) => {
  const t = ev.target;
  const typing = t instanceof HTMLInputElement || t instanceof HTMLSelectElement ||
    t instanceof HTMLTextAreaElement || (t instanceof HTMLElement && t.isContentEditable);
  if (ev.key !== '/' || typing || ev.ctrlKey || ev.metaKey || ev.altKey) return;
  ev.preventDefault();
  form.elements.q.focus();
  form.elements.q.select();
});

window.addEventListener('hashchange', route);
loadStats();
route();
