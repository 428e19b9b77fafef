// The page's views beyond the results and the report (an agency's history, a diff, feeds, leads).
// A view file, loaded before app.js, calls registerView(); the page then gives it a link in the
// navigation, a slot in the URL (?view=NAME plus the parameters it names) and the #other-view section.
'use strict';

const VIEWS = new Map();

/**
 * Registers a view.
 *   name    the value of ?view= (letters, digits, '-')
 *   spec.label   text of its link in the navigation; no link when absent (a view reached from hits only)
 *   spec.params  URL parameters the view reads besides view, e.g. ['id']; fields of the state (readState)
 *   spec.ready   optional (state) => boolean: false shows the results instead (a parameter is missing)
 *   spec.render  async (state, root) => void; draws into root (#other-body), emptied first
 */
function registerView(name, spec) {
  if (!/^[a-z0-9-]+$/.test(name) || name === 'report') throw new Error('bad view name: ' + name);
  VIEWS.set(name, Object.assign({ params: [] }, spec));
}
