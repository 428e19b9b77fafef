// The diff view (?view=diff&from=ID&to=ID; without from, the report against its agency's
// report of the year before): the six parts sentence by sentence, with the changed characters
// marked inside a changed sentence, and the three tables side by side with the deltas.
// Uses app.js's helpers (el, api, fmt, viewLink, MISSING); text only ever goes in as text.
'use strict';

const DIFF_KINDS = { ADDED: '新增 added', REMOVED: '删除 removed', CHANGED: '改动 changed' };

async function renderDiff(s, box) {
  box.replaceChildren(el('p', { class: 'note', text: '载入中… Loading…' }));
  const d = await api('/api/diff', s.from ? { from: s.from, to: s.to } : { to: s.to });
  box.replaceChildren(...diffView(d));
  window.scrollTo(0, 0);
}

function diffView(d) {
  const out = [];
  const side = (x) => viewLink({ view: 'report', id: x.id }, `${x.agency || x.id} ${x.year ? x.year + ' 年度' : '年度不详'}`, 'open-report');
  out.push(el('h2', { class: 'report-title' }, '比较 ', el('span', { class: 'year', text: 'diff' })));
  out.push(el('p', { class: 'diff-sides' }, el('span', { class: 'from' }, '从 from: ', side(d.from)), ' → ',
      el('span', { class: 'to' }, '到 to: ', side(d.to)),
      d.sameAgency && d.to.agencyId ? el('span', {}, ' · ', viewLink({ view: 'agency', id: d.to.agencyId }, '机关历年 history', 'agency-link')) : null));
  if (!d.sameAgency) out.push(el('p', { class: 'note warn', text: d.note || '两份报告不属于同一机关 · The two reports are of different agencies' }));
  else if (d.note) out.push(el('p', { class: 'note', text: d.note }));
  const sum = d.summary;
  out.push(el('p', { class: 'diff-summary', 'data-identical': String(d.identical) }, d.identical
      ? '两份报告的文字和表格相同 · Text and tables are the same'
      : `句子：新增 ${sum.added}、删除 ${sum.removed}、改动 ${sum.changed}；表格：${sum.figuresChanged} 项数字不同`
        + ` · sentences added ${sum.added}, removed ${sum.removed}, changed ${sum.changed}; ${sum.figuresChanged} figures differ`));

  for (const p of d.parts) out.push(partDiff(p));
  for (const t of d.tables) out.push(tableDiff(t, d));
  return out;
}

function partDiff(p) {
  const part = el('section', { class: 'part diff-part', 'data-section': p.key }, el('h3', { text: p.title }));
  part.append(el('p', { class: 'note', text: `${p.fromSentences} → ${p.toSentences} 句 sentences` }));
  if (!p.changes.length) {
    part.append(el('p', { class: 'ok', text: p.fromSentences || p.toSentences ? '没有变化 · unchanged' : '两份报告都没有这一部分 · part in neither report' }));
    return part;
  }
  const ul = el('ul', { class: 'changes' });
  for (const c of p.changes) {
    const li = el('li', { class: 'change ' + c.kind.toLowerCase(), 'data-kind': c.kind },
        el('span', { class: 'kind', text: DIFF_KINDS[c.kind] || c.kind }), ' ');
    if (c.kind === 'ADDED') li.append(el('ins', { text: c.to }));
    else if (c.kind === 'REMOVED') li.append(el('del', { text: c.from }));
    else li.append(segments(c.segments || []));
    ul.append(li);
  }
  part.append(ul);
  return part;
}

/** A changed sentence: the characters both share as text, the rest in <del> and <ins>. */
function segments(list) {
  const span = el('span', { class: 'segments' });
  for (const s of list) {
    if (s.op === 'deleted') span.append(el('del', { text: s.text }));
    else if (s.op === 'inserted') span.append(el('ins', { text: s.text }));
    else span.append(document.createTextNode(s.text));
  }
  return span;
}

function tableDiff(t, d) {
  const title = `表${'一二三四'[t.table - 1] || t.table} table ${t.table}`;
  const head = el('tr', {}, el('th', { scope: 'col', text: '指标 figure' }),
      el('th', { scope: 'col', text: d.from.year ? String(d.from.year) : '从 from' }),
      el('th', { scope: 'col', text: d.to.year ? String(d.to.year) : '到 to' }),
      el('th', { scope: 'col', text: '变化 delta' }));
  const row = (r) => {
    const value = (v) => el('td', v === null || v === undefined ? { class: 'missing', title: '缺失/missing' } : { 'data-value': v }, fmt(v));
    const delta = r.delta === null || r.delta === undefined ? el('td', { class: 'missing', text: MISSING })
        : el('td', { class: 'delta ' + (Number(r.delta) > 0 ? 'up' : Number(r.delta) < 0 ? 'down' : 'same'), 'data-value': r.delta },
            (Number(r.delta) > 0 ? '+' : '') + fmt(r.delta));
    return el('tr', { 'data-key': r.key, class: r.changed ? 'changed' : '' },
        el('th', { scope: 'row', text: r.label }), value(r.from), value(r.to), delta);
  };
  const changed = t.rows.filter((r) => r.changed), same = t.rows.filter((r) => !r.changed);
  const table = (rows) => el('div', { class: 'table-wrap' }, el('table', { class: 'fig-table diff-table', 'data-table': String(t.table) },
      el('thead', {}, head.cloneNode(true)), el('tbody', {}, rows.map(row))));
  const part = el('section', { class: 'part diff-tables', 'data-table': String(t.table) }, el('h3', { text: title }));
  part.append(changed.length ? table(changed) : el('p', { class: 'ok', text: '没有不同的数字 · no figure differs' }));
  if (same.length) part.append(el('details', {}, el('summary', { text: `相同或缺失 ${same.length} 项 · same or missing` }), table(same)));
  return part;
}

registerView('diff', { params: ['from', 'to'], ready: (s) => !!s.to, render: renderDiff });
