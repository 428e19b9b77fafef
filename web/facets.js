// The facet column of the results: one list of values per dimension; a click adds a field clause to the query.
'use strict';

const FACETS = [
  ['year', '年度', 'year'],
  ['province', '省份', 'province'],
  ['level', '层级', 'level'],
  ['check', '校验', 'check'],
  ['agency', '机关', 'agency'],
  ['agency_id', '机关编号', 'agency id'],
  ['ocr', '扫描件', 'OCR'],
];
const CHECK_LABELS = { ok: '通过 ok', failed: '未通过 failed', none: '无法校验 none' };
// Only scans carry the ocr field: its one value says the figures were read from page images, to be checked against the scan.
const OCR_LABELS = { true: '经 OCR 识别 read by OCR' };
const FACET_SHOWN = 10;  // values shown before the "more" toggle

function drawFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, zh, en] of FACETS) {
    let values = (facets[dim] || []).slice();
    if (!values.length) continue;
    // Years read as a time line, newest first; the other dimensions keep the engine's order, by count.
    if (dim === 'year') values.sort((a, b) => Number(b.value) - Number(a.value));
    const list = el('ul');
    values.slice(0, dim === 'year' ? 40 : dim === 'agency' || dim === 'agency_id' ? FACET_SHOWN : 40).forEach((v, i) => {
      const text = dim === 'check' ? (CHECK_LABELS[v.value] || v.value) : dim === 'ocr' ? (OCR_LABELS[v.value] || v.value) : v.value;
      list.append(el('li', dim !== 'year' && i >= FACET_SHOWN ? { class: 'more', hidden: 'hidden' } : {},
          el('button', { type: 'button', class: 'facet', 'data-dim': dim, 'data-value': v.value,
            onclick: () => addClause(fieldClause(dim, v.value)) }, text, ' ', el('span', { class: 'count', text: v.count }))));
    });
    const extra = list.querySelectorAll('li.more');
    const group = el('details', { open: 'open', class: 'facet-group', 'data-dim': dim },
        el('summary', {}, zh + ' ', el('span', { lang: 'en', text: en })), list);
    if (extra.length) {
      const toggle = el('button', { type: 'button', class: 'link more-toggle', 'aria-expanded': 'false' }, `更多 more (${extra.length})`);
      toggle.addEventListener('click', () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        for (const li of extra) li.hidden = !open;
        toggle.setAttribute('aria-expanded', String(open));
        toggle.textContent = open ? '收起 less' : `更多 more (${extra.length})`;
      });
      group.append(toggle);
    }
    box.append(group);
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

/** The query's terms, split at spaces outside quotes. */
function queryTerms(q) {
  return q.match(/(?:[^\s"“”]+|["“][^"”]*["”])+/g) || [];
}

/** The field and figure clauses of the query (year:2020, penalty.decisions:>=10, -check:failed) as removable chips. */
function drawChips(q) {
  const box = $('chips');
  box.replaceChildren();
  const terms = queryTerms(q);
  terms.forEach((t, i) => {
    if (!/^-?[\p{L}\p{N}_.]+:/u.test(t)) return;
    const rest = terms.filter((_, j) => j !== i).join(' ');
    box.append(el('button', { type: 'button', class: 'chip', 'data-clause': t, 'aria-label': `去掉筛选 remove filter ${t}`,
      onclick: () => go({ q: rest, page: 1 }) }, t, ' ', el('span', { 'aria-hidden': 'true', text: '×' })));
  });
  box.hidden = !box.childElementCount;
}
