// The report view: a report's metadata, its checks and its figures in the tables of the standard template.
'use strict';

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
  const failedKeys = new Map();     // figure key → rules it fails, the cells outlined
  const involvedKeys = new Map();   // figure key → failed rules it is an input of, outlined or not
  for (const c of failedChecks) {
    for (const k of namedCells(c)) failedKeys.set(k, (failedKeys.get(k) || []).concat(c.label || c.rule));
    for (const k of Object.keys(c.inputs || {})) involvedKeys.set(k, (involvedKeys.get(k) || []).concat(c.label || c.rule));
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
    if (failedKeys.has(key)) td.classList.add('failed');
    if (involvedKeys.has(key)) {
      td.title = (td.title ? td.title + '；' : '') + '校验未通过 check failed: ' + involvedKeys.get(key).join(', ');
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
  // The file's name, not where it lay on the indexing machine; the link serves the file itself.
  const file = String(r.source || '').split(/[\\/]/).pop();
  meta.append(el('div', {}, el('dt', { text: '原文件 original' }), el('dd', {}, file
      ? el('a', { class: 'original', href: '/api/reports/' + encodeURIComponent(r.id) + '/original', target: '_blank', rel: 'noopener' }, file)
      : MISSING)));
  // Where the report lives on its site, as the file gives it (a saved page's 原文链接).
  meta.append(el('div', {}, el('dt', { text: '原文链接 web address' }), el('dd', {}, /^https?:\/\//i.test(r.url || '')
      ? el('a', { class: 'web-address', href: r.url, target: '_blank', rel: 'noopener noreferrer' }, r.url)
      : MISSING)));
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
  // copy.nearest: the share found in another agency's report of the same year, which is named and
  // linked, with a diff against it.
  const nearShare = (r.figures || {})['copy.nearest'];
  const near = r.copy_nearest;
  if (nearShare != null && near && near.id) {
    const who = `${near.agency || near.agency_id || near.id} ${near.year ? near.year + ' ' : ''}`;
    out.push(el('p', { class: 'copy-share copy-nearest', 'data-nearest-id': near.id }, '与 ',
        viewLink({ view: 'report', id: near.id }, `${who}报告`, 'copy-nearest-link'),
        ` ${Math.round(Number(nearShare) * 100)}% 相同 `,
        viewLink({ view: 'diff', from: near.id, to: r.id }, '比较 compare', 'copy-nearest-diff')));
  }

  const checks = r.checks || [];
  const checkBox = el('div', { class: 'checks' });
  if (!checks.length) checkBox.append(el('p', { text: '没有可运行的校验 · No check could run' }));
  else if (!failedChecks.length) checkBox.append(el('p', { class: 'ok', text: `全部 ${checks.length} 项校验通过 · all checks pass` }));
  else {
    checkBox.append(el('p', { class: 'failed', text: `${failedChecks.length} / ${checks.length} 项校验未通过 · checks failed` }));
    const ul = el('ul');
    // a prose-against-table check (text.*) quotes the sentence whose figure the table contradicts
    for (const c of failedChecks) ul.append(el('li', { class: 'failed-check', 'data-rule': c.rule, title: c.rule },
        c.sentence ? `${c.label || c.rule} 正文 prose ${fmt(c.left)} ≠ 表格 table ${fmt(c.right)}`
          : `${c.label || c.rule} ${fmt(c.left)} ≠ ${fmt(c.right)}`,
        c.sentence ? el('q', { class: 'check-sentence', text: c.sentence }) : null));
    checkBox.append(ul);
  }
  out.push(checkBox);
  if ((r.warnings || []).length) {
    out.push(el('details', { class: 'warnings' }, el('summary', { text: `提示 warnings (${r.warnings.length})` }),
        el('ul', {}, r.warnings.map((w) => el('li', { text: w })))));
  }

  const layout = r.template && fields.layouts[r.template];
  const sections = r.sections || {};
  // A report in the 2008 format keeps its own parts, under their printed headings.
  const own = Object.keys(sections).filter((k) => !fields.sections.some((s) => s.key === k));
  for (const sec of own.length ? own.map((k) => ({ key: k, title: k })) : fields.sections) {
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

/**
 * The cells a failed check points at: the figure its rule is named for (its first input: the
 * total, or the first term of a balance) and every input that is not 0. A zero among the terms
 * of a sum cannot be what makes it disagree unless it is misprinted, so outlining it would only
 * outline the whole column; it keeps the rule in its tooltip.
 */
function namedCells(check) {
  const keys = Object.keys(check.inputs || {});
  return keys.filter((k, i) => i === 0 || (check.inputs[k] !== null && Number(check.inputs[k]) !== 0));
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

function wrap(table) {
  return el('div', { class: 'table-wrap' }, table);
}

