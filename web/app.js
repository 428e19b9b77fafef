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
const FACETS = [
  ['year', '年度', 'year'],
  ['province', '省份', 'province'],
  ['level', '层级', 'level'],
  ['check', '校验', 'check'],
  ['agency', '机关', 'agency'],
  ['agency_id', '机关编号', 'agency id'],
];
const CHECK_LABELS = { ok: '通过 ok', failed: '未通过 failed', none: '无法校验 none' };
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
  return {
    q: p.get('q') || '',
    page: Math.max(1, parseInt(p.get('page') || '1', 10) || 1),
    sort: p.get('sort') || 'relevance',
    chart: p.get('chart') || '',
    by: p.get('by') === 'province' ? 'province' : 'year',
    measure: ['sum', 'mean', 'count'].includes(p.get('measure')) ? p.get('measure') : 'sum',
    view: p.get('view') || '',
    id: p.get('id') || '',
    from: p.get('from') || '',
    to: p.get('to') || '',
  };
}

function stateUrl(s) {
  const p = new URLSearchParams();
  if (s.q) p.set('q', s.q);
  if (s.page > 1) p.set('page', String(s.page));
  if (s.sort && s.sort !== 'relevance') p.set('sort', s.sort);
  if (s.chart) { p.set('chart', s.chart); p.set('by', s.by); p.set('measure', s.measure); }
  if ((s.view === 'report' || s.view === 'agency') && s.id) { p.set('view', s.view); p.set('id', s.id); }
  if (s.view === 'diff' && s.to) { p.set('view', 'diff'); if (s.from) p.set('from', s.from); p.set('to', s.to); }
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
  // The agency history (agency.js) and the diff (diff.js) draw into one shared box of their own.
  const otherView = (s.view === 'agency' && s.id) || (s.view === 'diff' && s.to) ? s.view : '';
  $('results-view').hidden = reportMode || !!otherView;
  $('report-view').hidden = !reportMode;
  $('other-view').hidden = !otherView;
  $('filter-bar').hidden = reportMode || !!otherView;
  document.body.dataset.view = otherView || (reportMode ? 'report' : 'results');
  try {
    if (otherView === 'agency') await renderAgency(s, $('other-body'));
    else if (otherView === 'diff') await renderDiff(s, $('other-body'));
    else if (reportMode) await renderReport(s);
    else await renderResults(s);
  } catch (e) {
    showError(e.message);
  }
  document.body.dataset.ready = String(Date.now());
}

async function renderResults(s) {
  setSortControls(s.sort);
  $('export').href = '/api/export.csv?' + new URLSearchParams(
      Object.assign(s.q ? { q: s.q } : {}, s.sort !== 'relevance' ? { sort: s.sort } : {})).toString();
  $('feed').href = '/api/feed.atom' + (s.q ? '?' + new URLSearchParams({ q: s.q }).toString() : '');
  const params = { q: s.q, page: String(s.page), size: String(PAGE_SIZE), sort: s.sort };
  const sortKey = s.sort.replace(/^-/, '');
  if (fieldByKey.has(sortKey)) params.stats = sortKey;
  let r;
  try {
    r = await api('/api/search', params);
  } catch (e) {
    $('results').replaceChildren();
    $('facets').replaceChildren();
    $('pager').replaceChildren();
    $('total').textContent = '';
    throw e;
  }
  $('total').textContent = `共 ${r.total} 份报告 · ${r.total} reports`;
  drawFacets(r.facets || {});
  drawHits(r.hits || [], sortKey);
  drawPager(r.total, s.page);
  renderLeads(s, $('leads')); // leads.js: its own searches, drawn when they answer
  await renderChart(s);
}

function drawFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, zh, en] of FACETS) {
    const values = facets[dim] || [];
    if (!values.length) continue;
    const list = el('ul');
    for (const v of values.slice(0, dim === 'agency' || dim === 'agency_id' ? 10 : 40)) {
      const text = dim === 'check' ? (CHECK_LABELS[v.value] || v.value) : v.value;
      list.append(el('li', {},
          el('button', { type: 'button', class: 'facet', 'data-dim': dim, 'data-value': v.value,
            onclick: () => addClause(fieldClause(dim, v.value)) }, text, ' ', el('span', { class: 'count', text: v.count }))));
    }
    box.append(el('details', { open: 'open', class: 'facet-group', 'data-dim': dim },
        el('summary', {}, zh + ' ', el('span', { lang: 'en', text: en })), list));
  }
}

/**
 * A field clause of the query language for a facet value; quoted when it holds more than letters and digits.
 * Agency, province and region take the exact form (agency:="…"), so that the click's total is the facet's count:
 * agency:平潭综合实验区 would also find 平潭综合实验区管委会.
 */
function fieldClause(dim, value) {
  const exact = ['agency', 'province', 'region', 'agency_id'].includes(dim) ? '=' : '';
  if (/^[\p{L}\p{N}]+$/u.test(value)) return `${dim}:${exact}${value}`;
  return `${dim}:${exact}"${value.replace(/["“”]/g, '')}"`;
}

function addClause(clause) {
  const q = readState().q.trim();
  if (q.split(/\s+/).includes(clause)) return;
  go({ q: q ? q + ' ' + clause : clause, page: 1, view: '', id: '' });
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
        h.agency_id ? agencyLink(h.agency_id) : null);
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
  const last = Math.max(1, Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(fields.limits.maxDepth / PAGE_SIZE)));
  if (last <= 1) return;
  const btn = (p, text, current) => el('button', { type: 'button', class: current ? 'current' : '',
    'aria-current': current ? 'page' : null, 'data-page': p, onclick: () => go({ page: p }) }, text);
  if (page > 1) nav.append(btn(page - 1, '‹ 上一页'));
  const from = Math.max(1, page - 3), to = Math.min(last, page + 3);
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

// ---- chart --------------------------------------------------------------------------------

async function renderChart(s) {
  const box = $('chart-box');
  if (!s.chart) return;
  box.open = true;
  $('chart-figure').value = s.chart;
  $('chart-by').value = s.by;
  $('chart-measure').value = s.measure;
  const data = await api('/api/chart', { q: s.q, figure: s.chart, by: s.by });
  if (typeof echarts === 'undefined') { $('chart-note').textContent = '图表库未加载 (chart library not loaded)'; return; }
  if (!chart) chart = echarts.init($('chart'));
  const names = data.groups.map((g) => g.value);
  const values = data.groups.map((g) => (g[s.measure] === null ? null : Number(g[s.measure])));
  const measureZh = { sum: '合计', mean: '平均', count: '有值报告数' }[s.measure];
  chart.setOption({
    title: { text: `${data.label} · ${measureZh}`, textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', formatter: (items) => items.map((i) => escapeText(`${i.name}: ${fmt(i.value)}`)).join('<br>') },
    grid: { left: 50, right: 10, bottom: s.by === 'province' ? 70 : 30 },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: s.by === 'province' ? 45 : 0 } },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: values, name: data.label }],
  }, true);
  chart.resize();
  const missing = data.groups.reduce((n, g) => n + (g.reports - g.count), 0);
  $('chart-note').textContent = `${data.total} 份匹配报告；其中 ${missing} 份缺少该指标，未计入（不按 0 计）。`
      + ` ${missing} matching reports lack this figure and are left out, not counted as 0.`;
}

function escapeText(t) {
  return String(t).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

// ---- report view --------------------------------------------------------------------------

async function renderReport(s) {
  const body = $('report-body');
  body.replaceChildren(el('p', { class: 'note', text: '载入中… Loading…' }));
  const back = Object.assign(readState(), { view: '', id: '' });
  $('back').href = stateUrl(back);
  const r = await api('/api/reports/' + encodeURIComponent(s.id));
  body.replaceChildren(...reportView(r));
  window.scrollTo(0, 0);
}

function reportView(r) {
  const figures = r.figures || {};
  const missing = new Set(r.missing || []);
  const inferred = new Set(r.inferred || []);
  const failedChecks = (r.checks || []).filter((c) => !c.ok);
  const failedKeys = new Map();     // figure key → rules it fails
  for (const c of failedChecks) {
    for (const k of Object.keys(c.inputs || {})) {
      failedKeys.set(k, (failedKeys.get(k) || []).concat(c.label || c.rule));
    }
  }
  const cell = (key) => {
    const td = el('td', { 'data-key': key });
    if (key in figures && figures[key] !== null) {
      td.textContent = fmt(figures[key]);
      td.dataset.value = String(figures[key]);
      if (inferred.has(key)) { td.classList.add('inferred'); td.title = '空白，按校验规则推定为 0 (blank, inferred 0)'; }
    } else {
      td.textContent = MISSING;
      td.classList.add('missing');
      td.title = missing.has(key) ? '缺失/missing' : '缺失/missing（本模板无此项 not in this template）';
    }
    if (failedKeys.has(key)) {
      td.classList.add('failed');
      td.title = (td.title ? td.title + '；' : '') + '校验未通过 check failed: ' + failedKeys.get(key).join(', ');
    }
    return td;
  };

  const out = [];
  out.push(el('h2', { class: 'report-title' }, r.agency || '机关不详 (agency unknown)',
      ' ', el('span', { class: 'year', text: r.year ? `${r.year} 年度` : '年度不详' })));
  const meta = el('dl', { class: 'report-meta' });
  const row = (k, v) => meta.append(el('div', {}, el('dt', { text: k }), el('dd', { text: v ?? MISSING })));
  row('地区 region', r.region);
  row('层级 level', r.level);
  row('文号 doc no.', r.doc_no);
  row('发布日期 published', r.published);
  row('表格模板 template', r.template);
  row('来源 source', r.source);
  row('编号 id', r.id);
  out.push(meta);
  if (r.agency_id) {
    out.push(el('p', { class: 'report-links' }, agencyLink(r.agency_id), ' ',
        viewLink({ view: 'diff', from: '', to: r.id }, '与上年比较 compare with the year before', 'diff-link')));
  }
  // copy.prev_year (雷同): the share of the six parts' text found in the year before, linked to the diff.
  const prevShare = (r.figures || {})['copy.prev_year'];
  if (prevShare != null) {
    out.push(el('p', { class: 'copy-share' }, viewLink({ view: 'diff', from: '', to: r.id },
        `与上年报告 ${Math.round(Number(prevShare) * 100)}% 相同`, 'copy-link')));
  }

  const checks = r.checks || [];
  const checkBox = el('div', { class: 'checks' });
  if (!checks.length) checkBox.append(el('p', { text: '没有可运行的校验 · No check could run' }));
  else if (!failedChecks.length) checkBox.append(el('p', { class: 'ok', text: `全部 ${checks.length} 项校验通过 · all checks pass` }));
  else {
    checkBox.append(el('p', { class: 'failed', text: `${failedChecks.length} / ${checks.length} 项校验未通过 · checks failed` }));
    const ul = el('ul');
    for (const c of failedChecks) ul.append(el('li', { class: 'failed-check', 'data-rule': c.rule, title: c.rule },
        `${c.label || c.rule} ${fmt(c.left)} ≠ ${fmt(c.right)}`));
    checkBox.append(ul);
  }
  out.push(checkBox);
  if ((r.warnings || []).length) {
    out.push(el('details', { class: 'warnings' }, el('summary', { text: `提示 warnings (${r.warnings.length})` }),
        el('ul', {}, r.warnings.map((w) => el('li', { text: w })))));
  }

  const layout = r.template && fields.layouts[r.template];
  const sections = r.sections || {};
  for (const sec of fields.sections) {
    const part = el('section', { class: 'part', 'data-section': sec.key }, el('h3', { text: sec.title }));
    if (layout && sec.key === 'proactive') part.append(table2(layout, cell));
    if (layout && sec.key === 'requests') part.append(table3(layout, cell));
    if (layout && sec.key === 'appeals') part.append(table4(layout, cell));
    const text = sections[sec.key];
    const textEl = el('div', { class: 'section-text', text: text || '（未找到这一部分 · part not found）' });
    if (layout && ['proactive', 'requests', 'appeals'].includes(sec.key) && text) {
      part.append(el('details', {}, el('summary', { text: '原文 original text' }), textEl));
    } else part.append(textEl);
    out.push(part);
  }
  if (layout) out.push(ratesTable(fields.fields.filter((f) => f.table === 0), cell));
  if (!layout) out.push(el('p', { class: 'note', text: '该报告没有标准表格（2019 年以前的格式或未识别）· No standard tables.' }));
  return out;
}

// The derived rates (table 0 of the field list), shown as percentages; data-value keeps the share.
function ratesTable(rates, cell) {
  const t = el('table', { class: 'fig-table', 'data-table': 'rates' });
  for (const f of rates) {
    const td = cell(f.key);
    if (td.dataset.value !== undefined) td.textContent = (Number(td.dataset.value) * 100).toFixed(2) + '%';
    t.append(el('tr', {}, el('th', { scope: 'row', text: `${f.label} (${f.key})` }), td));
  }
  return el('div', { class: 'rates' }, el('h3', { text: '比率 rates' }), wrap(t));
}

function table2(layout, cell) {
  const t = el('table', { class: 'fig-table', 'data-table': '2' });
  const widest = Math.max(...layout.table2.map((r) => r.cells.length));
  for (const row of layout.table2) {
    const tr = el('tr', {}, el('th', { scope: 'row', text: row.label }));
    for (const c of row.cells) {
      tr.append(el('td', { class: 'col-label', text: c.label }), cell(c.key));
    }
    // Rows with fewer figures are padded, so that the table stays a rectangle.
    if (row.cells.length < widest) tr.append(el('td', { class: 'pad', colspan: String(2 * (widest - row.cells.length)) }));
    t.append(tr);
  }
  return wrap(t);
}

function table3(layout, cell) {
  const t = el('table', { class: 'fig-table', 'data-table': '3' });
  t.append(el('thead', {}, el('tr', {}, el('th', { text: '' }),
      layout.table3Columns.map((c) => el('th', { scope: 'col', text: c.label })))));
  const tb = el('tbody');
  for (const row of layout.table3Rows) {
    tb.append(el('tr', {}, el('th', { scope: 'row', text: row.label }),
        layout.table3Columns.map((c) => cell(`apply.${row.key}.${c.key}`))));
  }
  t.append(tb);
  return wrap(t);
}

function table4(layout, cell) {
  const t = el('table', { class: 'fig-table', 'data-table': '4' });
  const n = layout.table4Columns.length;
  t.append(el('thead', {},
      el('tr', {}, layout.table4Groups.map((g) => el('th', { colspan: String(n), scope: 'colgroup', text: g.label }))),
      el('tr', {}, layout.table4Groups.flatMap(() => layout.table4Columns.map((c) => el('th', { scope: 'col', text: c.label }))))));
  t.append(el('tbody', {}, el('tr', {},
      layout.table4Groups.flatMap((g) => layout.table4Columns.map((c) => cell(`${g.key}.${c.key}`))))));
  return wrap(t);
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

function wrap(table) {
  return el('div', { class: 'table-wrap' }, table);
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
  await render();
}

main();
