// The agency history view (?view=agency&id=AGENCY_ID): the agency's reports by year, every
// figure as a row across the years with the change from the year before, a chart of one
// figure over the years, and the checks between consecutive reports.
// Uses app.js's helpers (el, api, fmt, go, viewLink, MISSING); text only ever goes in as text.
'use strict';

let agencyChart = null;   // the ECharts instance of the history view; its box is redrawn with the view

async function renderAgency(s, box) {
  box.replaceChildren(el('p', { class: 'note', text: '载入中… Loading…' }));
  const h = await api('/api/agencies/' + encodeURIComponent(s.id));
  if (agencyChart) { agencyChart.dispose(); agencyChart = null; }
  box.replaceChildren(...agencyView(h));
  drawAgencyChart(h, agencyChartKey(h));
  window.scrollTo(0, 0);
}

function agencyView(h) {
  const out = [];
  const names = [...new Set(h.reports.map((r) => r.agency).filter(Boolean))];
  out.push(el('h2', { class: 'report-title', 'data-agency-id': h.agencyId },
      names.join(' / ') || h.agencyId, ' ', el('span', { class: 'year', text: '历年 history' })));
  out.push(el('p', { class: 'note' }, `机关编号 agency id: ${h.agencyId} · ${h.years.length} 个年度 years`,
      h.duplicates.length ? ` · ${h.duplicates.length} 份同年或年度不详的报告未列入 (reports of a year already listed, or of no year, left out)` : ''));

  const list = el('ol', { class: 'agency-reports' });
  h.reports.forEach((r, i) => {
    list.append(el('li', { 'data-id': r.id, 'data-year': r.year },
        viewLink({ view: 'report', id: r.id }, `${r.year} 年度 · ${r.agency || r.id}`, 'open-report'),
        i > 0 ? ' · ' : null,
        i > 0 ? viewLink({ view: 'diff', from: h.reports[i - 1].id, to: r.id }, `与 ${h.reports[i - 1].year} 比较 diff`, 'diff-link') : null));
  });
  out.push(el('section', { class: 'part' }, el('h3', { text: '历年报告 reports by year' }), list));

  out.push(checksPart(h));

  const chartKey = agencyChartKey(h);
  const select = el('select', { id: 'agency-chart-figure', 'aria-label': '指标 figure' });
  for (const row of h.figures) select.append(el('option', { value: row.key, text: `${row.label} (${row.key})` }));
  select.value = chartKey;
  select.addEventListener('change', () => drawAgencyChart(h, select.value));
  out.push(el('section', { class: 'part' }, el('h3', { text: '图表 chart' }),
      el('label', {}, '指标 figure ', select),
      el('div', { id: 'agency-chart', class: 'chart' }),
      el('p', { id: 'agency-chart-note', class: 'note' })));

  out.push(el('section', { class: 'part' }, el('h3', { text: '历年指标 figures by year' }),
      el('p', { class: 'note', text: '括号内为与上一年度相比的变化；— 为缺失（该年未读出或无报告）；红框为跨年度校验未通过的格子。'
          + ' In brackets: change from the year before; — missing; outlined: a failed check across years.' }),
      figuresTable(h, (key) => { select.value = key; drawAgencyChart(h, key); })));
  return out;
}

/** The figure charted first: applications received, or the first row the agency has. */
function agencyChartKey(h) {
  return h.figures.some((r) => r.key === 'apply.new.total') ? 'apply.new.total' : (h.figures[0] || {}).key;
}

/** "year|key" → the rules it fails, for the later report's cells and the earlier report's cells alike. */
function crossYearCells(h) {
  const cells = new Map();
  for (const c of h.checks) {
    if (c.check.ok) continue;
    for (const input of Object.keys(c.check.inputs || {})) {
      const earlier = input.startsWith('previous.');
      const key = earlier ? input.slice('previous.'.length) : input;
      const at = `${earlier ? c.year - 1 : c.year}|${key}`;
      cells.set(at, (cells.get(at) || []).concat(c.check.rule));
    }
  }
  return cells;
}

function figuresTable(h, onPick) {
  const failed = crossYearCells(h);
  const t = el('table', { class: 'fig-table agency-figures', 'data-table': 'history' });
  t.append(el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: '指标 figure' }),
      h.years.map((y) => el('th', { scope: 'col', text: String(y) })))));
  const tb = el('tbody');
  for (const row of h.figures) {
    const name = el('button', { type: 'button', class: 'link', title: '画图 chart', onclick: () => onPick(row.key) }, row.label);
    const tr = el('tr', { 'data-key': row.key }, el('th', { scope: 'row' }, name));
    for (const y of h.years) {
      const v = row.values[y];
      const td = el('td', { 'data-year': y, 'data-key': row.key });
      if (v === null || v === undefined) {
        td.textContent = MISSING;
        td.classList.add('missing');
        td.title = '缺失/missing';
      } else {
        td.dataset.value = String(v);
        td.append(rowValue(row.key, v));
        const d = row.change[y];
        if (d !== null && d !== undefined) {
          td.append(' ', el('span', { class: 'change ' + (Number(d) > 0 ? 'up' : Number(d) < 0 ? 'down' : 'same'), 'data-change': d },
              `(${Number(d) > 0 ? '+' : ''}${rowValue(row.key, d)})`));
        }
      }
      const rules = failed.get(`${y}|${row.key}`);
      if (rules) {
        td.classList.add('failed');
        td.title = (td.title ? td.title + '；' : '') + '跨年度校验未通过 check failed: ' + rules.join(', ');
      }
      tr.append(td);
    }
    tb.append(tr);
  }
  t.append(tb);
  return el('div', { class: 'table-wrap' }, t);
}

/** A rate reads as a percentage, as in the report view; any other figure as a number. */
function rowValue(key, v) {
  return isShare(key) ? (Number(v) * 100).toFixed(2) + '%' : fmt(v);
}

function checksPart(h) {
  const part = el('section', { class: 'part checks', 'data-section': 'cross-year' }, el('h3', { text: '跨年度校验 checks across years' }));
  if (!h.checks.length) {
    part.append(el('p', { text: '没有可运行的跨年度校验（需要相邻两年的报告）· No check across years could run' }));
    return part;
  }
  const failed = h.checks.filter((c) => !c.check.ok);
  part.append(el('p', { class: failed.length ? 'failed' : 'ok',
    text: failed.length ? `${failed.length} / ${h.checks.length} 项未通过 · checks failed` : `全部 ${h.checks.length} 项通过 · all checks pass` }));
  const ul = el('ul');
  for (const c of h.checks) {
    ul.append(el('li', { class: c.check.ok ? 'ok-check' : 'failed-check', 'data-rule': c.check.rule, 'data-year': c.year, title: c.check.rule },
        `${c.year} ${c.label || c.check.rule}: ${fmt(c.check.left)} ${c.check.ok ? '=' : '≠'} ${fmt(c.check.right)}`));
  }
  part.append(failed.length ? ul : el('details', {}, el('summary', { text: '明细 details' }), ul));
  return part;
}

function drawAgencyChart(h, key) {
  const row = h.figures.find((r) => r.key === key);
  const note = document.getElementById('agency-chart-note');
  const box = document.getElementById('agency-chart');
  if (!row || !box) return;
  if (typeof echarts === 'undefined') { note.textContent = '图表库未加载 (chart library not loaded)'; return; }
  if (!agencyChart) agencyChart = echarts.init(box);
  const rate = isShare(key);
  const values = h.years.map((y) => (row.values[y] === null || row.values[y] === undefined ? null
      : Number(row.values[y]) * (rate ? 100 : 1)));
  agencyChart.setOption({
    title: { text: row.label + (rate ? ' (%)' : ''), textStyle: { fontSize: 13 } },
    tooltip: { trigger: 'axis', formatter: (items) => items.map((i) => escapeText(`${i.name}: ${fmt(i.value)}`)).join('<br>') },
    grid: { left: 50, right: 10, bottom: 30 },
    xAxis: { type: 'category', data: h.years.map(String) },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', data: values, name: row.label }],
  }, true);
  agencyChart.resize();
  const gaps = h.years.filter((y, i) => values[i] === null);
  note.textContent = gaps.length ? `缺失年度（不按 0 画）missing years, not drawn as 0: ${gaps.join('、')}` : '';
  box.dataset.figure = key;
}

window.addEventListener('resize', () => agencyChart && agencyChart.resize());

registerView('agency', { params: ['id'], ready: (s) => !!s.id, render: renderAgency });
