// Gongkai's search page. No build step, no framework: the state of the page is the URL's
// query string (q, page, sort, chart, by, measure, view, id); every change pushes a new URL and
// redraws from it, so that a link reopens the same page.
//
// Safety rule: text from the API is only ever inserted with textContent. The one exception
// is a search snippet, which the API HTML-escapes and marks with <mark>; it goes through
// safeSnippet() first, which refuses anything else.
'use strict';

const PAGE_SIZE = 10;
// Figures shown on every hit, by key; labels come from /api/fields.
const KEY_FIGURES = ['apply.new.total', 'apply.granted.total', 'penalty.decisions', 'review.total', 'suit_direct.total'];
const MISSING = '—';

let fields = null;          // the /api/fields answer
let fieldByKey = new Map();
let chart = null;           // the ECharts instance, made on first use

// ---- small DOM helpers --------------------------------------------------------------------

const $ = (id) => document.getElementById(id);

/** Makes an element; string children become text nodes, never HTML. */
function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('data-')) e.setAttribute(k, v);
    else if (k === 'onclick') e.addEventListener('click', v);
    else e.setAttribute(k, v);
  }
  for (const c of children.flat()) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/**
 * A snippet from the API: HTML-escaped text with matched words in <mark>…</mark>. It is
 * inserted as HTML only if, with the marks taken out, it has no tag and no entity other
 * than the five escapes; otherwise it is shown as plain text.
 */
function safeSnippet(html) {
  const span = el('span', { class: 'snippet' });
  const bare = String(html).replace(/<\/?mark>/g, '');
  const onlyEscapes = !/[<>]/.test(bare) && !/&(?!(amp|lt|gt|quot|#39|#x27|apos);)/.test(bare);
  const balanced = (String(html).match(/<mark>/g) || []).length === (String(html).match(/<\/mark>/g) || []).length;
  if (onlyEscapes && balanced) span.innerHTML = html;
  else span.textContent = bare;
  return span;
}

function fmt(v) {
  if (v === null || v === undefined) return MISSING;
  const n = Number(v);
  return Number.isFinite(n) ? n.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : String(v);
}

function label(key) {
  const f = fieldByKey.get(key);
  return f ? f.label : key;
}

// ---- state in the URL ---------------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  const s = {
    q: p.get('q') || '',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
    sort: p.get('sort') || 'relevance',
    chart: p.get('chart') || '',
    by: p.get('by') === 'province' ? 'province' : 'year',
    measure: ['sum', 'mean', 'count'].includes(p.get('measure')) ? p.get('measure') : 'sum',
    view: p.get('view') || '',
    id: p.get('id') || '',
  };
  // the parameters registered views name (agency: id; diff: from, to)
  for (const spec of VIEWS.values()) for (const k of spec.params) if (!(k in s)) s[k] = p.get(k) || '';
  return s;
}

function stateUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.chart) { p.set('chart', s.chart); p.set('by', s.by); p.set('measure', s.measure); }
  if (s.view === 'report' && s.id) { p.set('view', 'report'); p.set('id', s.id); }
  if (VIEWS.has(s.view)) {
    p.set('view', s.view);
    for (const k of VIEWS.get(s.view).params) if (s[k] != null && s[k] !== '') p.set(k, s[k]);
  }
  const qs = p.toString();
  return location.pathname + (qs ? '?' + qs : '');
}

/** Changes the state: a new history entry, then a redraw from the URL. */
function go(changes) {
  const next = Object.assign(readState(), changes);
  history.pushState(null, '', stateUrl(next));
  render();
}

window.addEventListener('popstate', render);

// ---- API ----------------------------------------------------------------------------------

async function api(path, params) {
  const qs = new URLSearchParams(params || {}).toString();
  const res = await fetch(path + (qs ? '?' + qs : ''), { headers: { Accept: 'application/json' } });
  let body = null;
  try { body = await res.json(); } catch (e) { body = null; }
  if (!res.ok) throw new Error((body && body.error) || ('HTTP ' + res.status));
  return body;
}

function showError(message) {
  const e = $('error');
  e.textContent = message || '';
  e.hidden = !message;
}

// ---- drawing ------------------------------------------------------------------------------

async function render() {
  const s = readState();
  showError('');
  $('q').value = s.q;
  const reportMode = s.view === 'report' && /^[0-9a-f]{16}$/.test(s.id);
  const spec = VIEWS.get(s.view);
  const custom = spec && (!spec.ready || spec.ready(s)) ? spec : null;
  const view = reportMode ? 'report' : custom ? s.view : 'results';
  $('results-view').hidden = view !== 'results';
  $('report-view').hidden = view !== 'report';
  $('other-view').hidden = !custom;
  $('filter-bar').hidden = view !== 'results';
  document.body.dataset.view = view;
  markNav(view);
  try {
    if (reportMode) await renderReport(s);
    else if (custom) { $('other-body').replaceChildren(); await custom.render(s, $('other-body')); }
    else await renderResults(s);
  } catch (e) {
    showError(e.message);
  }
  document.body.dataset.ready = String(Date.now());
}

async function renderResults(s) {
  setSortControls(s.sort);
  setExportLinks(s); // toolbar.js
  $('feed').href = '/api/feed.atom' + (s.q ? '?' + new URLSearchParams({ q: s.q }).toString() : '');
  const params = { q: s.q, page: String(s.page), size: String(PAGE_SIZE), sort: s.sort };
  const sortKey = s.sort.replace(/^-/, '');
  if (fieldByKey.has(sortKey)) params.stats = sortKey;
  let r;
  // The results on screen stay, dimmed (style.css), until the new ones replace them.
  $('results-view').setAttribute('aria-busy', 'true');
  try {
    r = await api('/api/search', params);
  } catch (e) {
    $('results').replaceChildren();
    $('facets').replaceChildren();
    $('pager').replaceChildren();
    $('total').textContent = '';
    setToolbarEnabled(false);
    throw e;
  } finally {
    $('results-view').removeAttribute('aria-busy');
  }
  $('total').textContent = `共 ${r.total} 份报告 · ${r.total} reports`;
  setToolbarEnabled(r.total > 0);
  drawFacets(r.facets || {});
  drawChips(s.q);
  drawHits(r.hits || [], sortKey);
  drawPager(r.total, s.page);
  if (!(r.hits || []).length && r.total > 0) offerLastPage(r.total);
  if (typeof renderLeads === 'function') renderLeads(s, $('leads')); // leads.js: its own searches, drawn when they answer
  if (r.total > 0) await renderChart(s);
}

/** A page past the last one (an old link, an edited address) offers the last page instead of nothing. */
function offerLastPage(total) {
  const last = lastPage(total);
  $('results').replaceChildren(el('li', { class: 'empty past-last' },
      `这一页没有结果：共 ${total} 份报告，${last} 页 · This page is past the last one. `,
      el('button', { type: 'button', class: 'last-page', 'data-page': last, onclick: () => go({ page: last }) },
          `到第 ${last} 页（最后一页）· Go to page ${last}`)));
}

function lastPage(total) {
  return Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(fields.limits.maxDepth / PAGE_SIZE)));
}


function drawHits(hits, sortKey) {
  const list = $('results');
  list.replaceChildren();
  const shown = KEY_FIGURES.slice();
  if (fieldByKey.has(sortKey) && !shown.includes(sortKey)) shown.unshift(sortKey);
  for (const h of hits) {
    const failed = h.checkFailed ?? h.check_failed;
    const meta = el('div', { class: 'meta' },
        el('span', { class: 'year', text: h.year ?? '年度不详' }),
        el('span', { class: 'region', text: h.region || h.province || '' }),
        h.level ? el('span', { class: 'level', text: h.level }) : null,
        failed ? el('span', { class: 'badge failed', text: '校验未通过 check failed' }) : null,
        h.agency_id ? agencyLink(h.agency_id) : null,
        /^https?:\/\//i.test(h.url || '') ? el('a', { class: 'web-address', href: h.url, target: '_blank', rel: 'noopener noreferrer', text: '原文链接 on the web' }) : null);
    const title = el('a', { class: 'open-report', href: stateUrl(Object.assign(readState(), { view: 'report', id: h.id })),
      'data-id': h.id }, h.agency || h.source || h.id);
    title.addEventListener('click', (ev) => { ev.preventDefault(); go({ view: 'report', id: h.id }); });
    const snippets = el('div', { class: 'snippets' });
    for (const s of (h.highlights || []).slice(0, 3)) snippets.append(el('p', {}, safeSnippet(s)));
    const figs = el('dl', { class: 'figures' });
    for (const k of shown) {
      const v = h.figures ? h.figures[k] : undefined;
      figs.append(el('div', { 'data-key': k },
          el('dt', { text: label(k) }),
          el('dd', v === undefined || v === null ? { class: 'missing', title: '缺失/missing' } : {}, fmt(v))));
    }
    list.append(el('li', { class: 'hit', 'data-id': h.id }, el('h3', {}, title), meta, snippets, figs));
  }
  if (!hits.length) list.append(el('li', { class: 'empty', text: '没有找到报告 · No reports found' }));
}

function drawPager(total, page) {
  const nav = $('pager');
  nav.replaceChildren();
  const last = lastPage(total);
  if (last <= 1) return;
  const btn = (p, text, current) => el('button', { type: 'button', class: current ? 'current' : '',
    'aria-current': current ? 'page' : null, 'data-page': p, onclick: () => go({ page: p }) }, text);
  if (page > 1) nav.append(btn(Math.min(page - 1, last), '‹ 上一页'));
  const near = Math.min(page, last); // past the last page, the pager shows the last ones
  const from = Math.max(1, near - 3), to = Math.min(last, near + 3);
  for (let p = from; p <= to; p++) nav.append(btn(p, String(p), p === page));
  if (page < last) nav.append(btn(page + 1, '下一页 ›'));
}

function setSortControls(sort) {
  const desc = sort.startsWith('-');
  const key = sort.replace(/^-/, '');
  $('sort-key').value = key === 'year' || fieldByKey.has(key) ? key : 'relevance';
  $('sort-dir').value = desc || key === 'relevance' ? '-' : '';
  $('sort-dir').disabled = $('sort-key').value === 'relevance';
}

// ---- controls -----------------------------------------------------------------------------

function fillFigureSelect(select, withMeta) {
  select.replaceChildren();
  if (withMeta) {
    select.append(el('option', { value: 'relevance', text: '相关度 relevance' }), el('option', { value: 'year', text: '年度 year' }));
  }
  // table 0: the derived rates (公开率 …), which no table prints
  for (const table of [2, 3, 4, 0]) {
    const group = el('optgroup', { label: table === 0 ? '比率 rates' : `表${'一二三四'[table - 1]} table ${table}` });
    for (const f of fields.fields.filter((x) => x.table === table)) group.append(el('option', { value: f.key, text: `${f.label} (${f.key})` }));
    select.append(group);
  }
}

function wireControls() {
  $('search-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    go({ q: $('q').value.trim(), page: 1, view: '', id: '' });
  });
  $('ff-add').addEventListener('click', () => {
    const key = $('ff-key').value;
    const min = $('ff-min').value.trim();
    const max = $('ff-max').value.trim();
    if (!key || (min === '' && max === '')) { showError('请填写最小值或最大值 · Give a minimum or a maximum'); return; }
    // A rate or copy share is entered as a percentage when the unit says %: 40 becomes rate.disclosed:<=40%.
    const u = isShare(key) && $('ff-unit').value === '%' ? '%' : '';
    const clause = min !== '' && max !== '' ? `${key}:[${min}${u} TO ${max}${u}]` : min !== '' ? `${key}:>=${min}${u}` : `${key}:<=${max}${u}`;
    $('ff-min').value = '';
    $('ff-max').value = '';
    addClause(clause);
  });
  const sortChanged = () => {
    const key = $('sort-key').value;
    go({ sort: key === 'relevance' ? 'relevance' : $('sort-dir').value + key, page: 1 });
  };
  $('sort-key').addEventListener('change', sortChanged);
  $('sort-dir').addEventListener('change', sortChanged);
  $('chart-draw').addEventListener('click', () => go({
    chart: $('chart-figure').value, by: $('chart-by').value, measure: $('chart-measure').value }));
  $('back').addEventListener('click', (ev) => { ev.preventDefault(); go({ view: '', id: '' }); });
  $('other-back').addEventListener('click', (ev) => { ev.preventDefault(); go({ view: '', id: '', from: '', to: '' }); });
  $('home').addEventListener('click', (ev) => { ev.preventDefault(); go({ q: '', page: 1, sort: 'relevance', chart: '', view: '', id: '' }); });
  window.addEventListener('resize', () => chart && chart.resize());
  // On a phone the filters and facets fold into a drawer (style.css); the button opens and closes it.
  $('filters-toggle').addEventListener('click', () => {
    const open = document.body.dataset.drawer !== 'open';
    document.body.dataset.drawer = open ? 'open' : '';
    $('filters-toggle').setAttribute('aria-expanded', String(open));
  });
  // '/' goes to the search box, unless one is typing into a field already.
  document.addEventListener('keydown', (ev) => {
    if (ev.key !== '/' || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    if (ev.target.closest && ev.target.closest('input, textarea, select, [contenteditable]')) return;
    ev.preventDefault();
    $('q').focus();
    $('q').select();
  });
}

/** Rates (rate.*) and copy measures (copy.*) are shares, which the query language also takes as percentages. */
function isShare(key) {
  return /^(rate|copy)\./.test(key);
}

/** A link to another view of the page, followed without a reload. */
function viewLink(changes, text, cls) {
  const a = el('a', { class: cls, href: stateUrl(Object.assign(readState(), changes)) }, text);
  a.addEventListener('click', (ev) => { ev.preventDefault(); go(changes); });
  return a;
}

function agencyLink(agencyId) {
  const a = viewLink({ view: 'agency', id: agencyId }, '机关历年 history', 'agency-link');
  a.dataset.agencyId = agencyId;
  a.title = agencyId;
  return a;
}

/** One link per registered view with a label, after the link to the results. */
function drawNav() {
  const nav = $('views-nav');
  for (const [name, spec] of VIEWS) {
    if (!spec.label) continue;
    nav.append(viewLink({ view: name, id: '', from: '', to: '' }, spec.label, 'view-link'));
    nav.lastChild.dataset.view = name;
  }
  nav.querySelector('[data-view=""]').addEventListener('click', (ev) => { ev.preventDefault(); go({ view: '', id: '' }); });
}

function markNav(view) {
  for (const a of $('views-nav').querySelectorAll('a')) {
    const mine = a.dataset.view === (view === 'report' ? '' : view === 'results' ? '' : view);
    if (mine) a.setAttribute('aria-current', 'page'); else a.removeAttribute('aria-current');
  }
}

async function main() {
  try {
    fields = await api('/api/fields');
    $('q').maxLength = fields.limits.maxQueryLength; // the server's limit, not a copy of it
  } catch (e) {
    showError('无法载入指标列表 · Could not load the figure list: ' + e.message);
    return;
  }
  fieldByKey = new Map(fields.fields.map((f) => [f.key, f]));
  fillFigureSelect($('ff-key'), false);
  fillFigureSelect($('sort-key'), true);
  fillFigureSelect($('chart-figure'), false);
  $('ff-key').value = 'penalty.decisions';
  const unitShown = () => { $('ff-unit').hidden = !isShare($('ff-key').value); };
  $('ff-key').addEventListener('change', unitShown);
  unitShown();
  $('chart-figure').value = 'apply.new.total';
  wireControls();
  wireToolbar(); // toolbar.js
  drawNav();
  await render();
}

main();
