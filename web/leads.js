// The "线索 leads" panel of a results page: among the current search's matches, the reports
// worth reading first — the lowest 公开率, the highest 复议纠错率, the most copied from the year
// before, and those whose prose contradicts their tables. Each list is one /api/search with a
// sort (and a clause that keeps only reports having the figure), asked for when the panel is open.
// Blocks whose figure or check the index does not know (per /api/fields) are left out.
// Uses app.js's helpers (el, api, fmt, go, fields, fieldByKey, readState).
'use strict';

const LEADS_SIZE = 5;
let leadsAsked = 0;      // the newest drawing; an older one that answers late is dropped

/** The lists the panel can show: figure leads by sort, check leads by failed rule. */
function leadBlocks() {
  const blocks = [];
  const byFigure = (key, dir, zh, en) => {
    if (fieldByKey.has(key)) blocks.push({ id: key, title: `${zh} ${en}`, key, filter: `${key}:>=0`, sort: dir + key });
  };
  byFigure('rate.disclosed', '', '公开率最低', 'lowest disclosure rate');
  byFigure('rate.review_corrected', '-', '复议纠错率最高', 'highest review correction rate');
  byFigure('copy.prev_year', '-', '与上年雷同最多', 'most copied from the year before');
  const textRules = knownTextRules();
  if (textRules.length) {
    blocks.push({ id: 'text', title: '文字与表格不符 prose contradicts table', rules: textRules,
      filter: '(' + textRules.map((r) => `check_failed:${r}`).join(' OR ') + ')', sort: 'relevance' });
  }
  return blocks;
}

/** The prose-against-table rules (text.*) the field list names, under whatever list it keeps them. */
function knownTextRules() {
  const names = [];
  for (const list of [fields.checks, fields.rules, fields.fields]) {
    for (const x of list || []) {
      const name = typeof x === 'string' ? x : (x.rule || x.key);
      if (typeof name === 'string' && /^text\.[\w.]+$/.test(name)) names.push(name);
    }
  }
  return [...new Set(names)];
}

function renderLeads(s, box) {
  if (!box.dataset.wired) {
    box.dataset.wired = '1';
    box.addEventListener('toggle', () => { if (box.open) drawLeads(readState(), box); });
  }
  if (box.open) drawLeads(s, box);
  else box.replaceChildren(box.querySelector('summary'));
}

async function drawLeads(s, box) {
  const asked = ++leadsAsked;
  const summary = box.querySelector('summary');
  const blocks = leadBlocks();
  const parts = blocks.map((b) => el('section', { class: 'lead-block', 'data-lead': b.id },
      el('h4', { text: b.title }), el('p', { class: 'note', text: '载入中… Loading…' })));
  box.replaceChildren(summary, ...parts);
  await Promise.all(blocks.map(async (b, i) => {
    let list;
    try {
      const q = s.q.trim() ? `(${s.q.trim()}) ${b.filter}` : b.filter;
      const r = await api('/api/search', { q, size: String(LEADS_SIZE), sort: b.sort });
      list = leadList(b, r);
    } catch (e) {
      list = el('p', { class: 'error', text: e.message });
    }
    if (asked !== leadsAsked) return;
    parts[i].replaceChildren(parts[i].firstChild, list);
  }));
}

function leadList(b, r) {
  if (!r.hits.length) return el('p', { class: 'note', text: '匹配的报告中没有 · none among the matches' });
  const ol = el('ol', { class: 'leads-list' });
  for (const h of r.hits) {
    const v = b.key && h.figures ? h.figures[b.key] : undefined;
    const shown = v === undefined || v === null ? '' : b.key.startsWith('rate.') || b.key.startsWith('copy.')
        ? (Number(v) * 100).toFixed(1) + '%' : fmt(v);
    const a = el('a', { class: 'open-report', href: '?view=report&id=' + encodeURIComponent(h.id), 'data-id': h.id },
        `${h.agency || h.id} ${h.year ?? ''}`);
    a.addEventListener('click', (ev) => { ev.preventDefault(); go({ view: 'report', id: h.id }); });
    ol.append(el('li', { 'data-id': h.id }, a, shown ? el('span', { class: 'lead-value', 'data-value': v }, ' ', shown) : null));
  }
  return ol;
}
