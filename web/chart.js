// The chart of one figure over the matching reports, by year or by province (ECharts).
'use strict';

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
    // The tooltip gives the exact value; the axis the rounded one (万, 亿).
    tooltip: { trigger: 'axis', formatter: (items) => items.map((i) => escapeText(`${i.name}: ${fmt(i.value)}`)).join('<br>') },
    toolbox: { right: 10, feature: { saveAsImage: { title: '下载 PNG', name: `gongkai-${s.chart}-${s.by}`, pixelRatio: 2 } } },
    // containLabel: the grid's box holds the axis labels, however wide the numbers get.
    grid: { left: 10, right: 20, top: 40, bottom: 10, containLabel: true },
    xAxis: { type: 'category', data: names, axisLabel: { rotate: s.by === 'province' ? 45 : 0, interval: 0 } },
    yAxis: { type: 'value', axisLabel: { formatter: wanYi } },
    series: [{ type: 'bar', data: values, name: data.label }],
  }, true);
  chart.resize();
  drawChartTable(data, names, values, measureZh);
  const missing = data.groups.reduce((n, g) => n + (g.reports - g.count), 0);
  $('chart-note').textContent = `${data.total} 份匹配报告；其中 ${missing} 份缺少该指标，未计入（不按 0 计）。`
      + ` ${missing} matching reports lack this figure and are left out, not counted as 0.`;
}

/** 12,000 → 1.2万, 430,000,000 → 4.3亿: the way Chinese prints large numbers; below 10,000 as is. */
function wanYi(v) {
  const a = Math.abs(v);
  const short = (n) => Number(n.toFixed(2)).toLocaleString('zh-CN');
  if (a >= 1e8) return short(v / 1e8) + '亿';
  if (a >= 1e4) return short(v / 1e4) + '万';
  return short(v);
}

/** The chart's numbers as a table under it, exact, for screen readers and for copying into an article. */
function drawChartTable(data, names, values, measureZh) {
  const rows = names.map((n, i) => el('tr', {}, el('th', { scope: 'row', text: n }),
      el('td', { 'data-value': values[i] === null ? '' : String(values[i]) }, fmt(values[i])),
      el('td', { text: String(data.groups[i].count) }), el('td', { text: String(data.groups[i].reports) })));
  $('chart-table').replaceChildren(el('table', { class: 'fig-table' },
      el('caption', { text: `${data.label} · ${measureZh}` }),
      el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: $('chart-by').selectedOptions[0].textContent }),
          el('th', { scope: 'col', text: measureZh }), el('th', { scope: 'col', text: '有值报告 with figure' }),
          el('th', { scope: 'col', text: '匹配报告 matching' }))),
      el('tbody', {}, rows)));
}

function escapeText(t) {
  return String(t).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

