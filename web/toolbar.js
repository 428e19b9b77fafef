// The results' toolbar: the export links (CSV and Excel, with Chinese or key headers) and the
// state of Export and Chart, which are offered only when the search has results to give them.
'use strict';

/** Points the export links at the current search; the header option is the page's own choice. */
function setExportLinks(s) {
  const params = Object.assign(s.q ? { q: s.q } : {}, s.sort !== 'relevance' ? { sort: s.sort } : {},
      { labels: $('export-zh').checked ? 'zh' : 'keys' });
  const qs = new URLSearchParams(params).toString();
  $('export').dataset.href = '/api/export.csv?' + qs;
  $('export-xlsx').dataset.href = '/api/export.xlsx?' + qs;
  for (const a of [$('export'), $('export-xlsx')]) if (a.getAttribute('aria-disabled') !== 'true') a.href = a.dataset.href;
}

/**
 * Export and Chart work on the matches: with none (an empty result, or a query the server
 * refused) they are disabled, and the chart is folded away, rather than offering an empty file.
 */
function setToolbarEnabled(enabled) {
  for (const a of [$('export'), $('export-xlsx')]) {
    if (enabled) {
      a.removeAttribute('aria-disabled');
      if (a.dataset.href) a.href = a.dataset.href;
    } else {
      a.setAttribute('aria-disabled', 'true');
      a.removeAttribute('href');
    }
  }
  const box = $('chart-box');
  box.dataset.disabled = enabled ? '' : 'true';
  if (!enabled) box.open = false;
  box.querySelector('summary').setAttribute('aria-disabled', String(!enabled));
  $('chart-draw').disabled = !enabled;
}

function wireToolbar() {
  $('export-zh').addEventListener('change', () => setExportLinks(readState()));
  // A disabled chart does not open.
  $('chart-box').querySelector('summary').addEventListener('click', (ev) => {
    if ($('chart-box').dataset.disabled === 'true') ev.preventDefault();
  });
}
