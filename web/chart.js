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

