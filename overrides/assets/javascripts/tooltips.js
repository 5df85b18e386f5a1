// Glossary terms show their meaning on keyboard focus as well as on hover.
// Material's tooltips (content.tooltips) open when an abbr is hovered or focused,
// but an abbr cannot take focus on its own: give the first use of each term on
// the page a place in the tab order (later uses would only add tab stops).
// Runs on every page view, including instant navigation.
document$.subscribe(function () {
  var seen = new Set();
  document.querySelectorAll(".md-content .md-typeset abbr[title]").forEach(function (abbr) {
    var term = abbr.textContent.trim().toLowerCase();
    if (seen.has(term) || abbr.hasAttribute("tabindex")) return;
    seen.add(term);
    abbr.setAttribute("tabindex", "0");
  });
});
