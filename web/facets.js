// The facet column of the results: one list of values per dimension; a click adds a field clause to the query.
'use strict';

const FACETS = [
  ['year', '年度', 'year'],
  ['province', '省份', 'province'],
  ['level', '层级', 'level'],
  ['check', '校验', 'check'],
  ['agency', '机关', 'agency'],
];
const CHECK_LABELS = { ok: '通过 ok', failed: '未通过 failed', none: '无法校验 none' };

function drawFacets(facets) {
  const box = $('facets');
  box.replaceChildren();
  for (const [dim, zh, en] of FACETS) {
    const values = facets[dim] || [];
    if (!values.length) continue;
    const list = el('ul');
    for (const v of values.slice(0, dim === 'agency' ? 10 : 40)) {
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
  const exact = ['agency', 'province', 'region'].includes(dim) ? '=' : '';
  if (/^[\p{L}\p{N}]+$/u.test(value)) return `${dim}:${exact}${value}`;
  return `${dim}:${exact}"${value.replace(/["“”]/g, '')}"`;
}

function addClause(clause) {
  const q = readState().q.trim();
  if (q.split(/\s+/).includes(clause)) return;
  go({ q: q ? q + ' ' + clause : clause, page: 1, view: '', id: '' });
}
