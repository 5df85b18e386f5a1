/* Glossary terms (includes/glossary.md): each use is an <abbr> whose title is its meaning,
   which the browser shows on hover. The first use of each term on a page also takes a place
   in the tab order (an abbr cannot take focus on its own; later uses would only add tab
   stops). When a term has focus, or is tapped or clicked, its meaning opens in the text just
   under it (CSS in tooltips.css), tied to it with aria-describedby, until focus moves on,
   the reader taps the term again or elsewhere, or presses Escape. Nothing is built or
   measured when a page loads: the theme's own tooltips (content.tooltips) measured every
   title on every page, among the longest work a slow phone did after the page appeared.
   Runs on every page view, also under Material's instant navigation. */
(function () {
  "use strict";

  var TERMS = ".md-content .md-typeset abbr[title]";
  var tip = null;
  var owner = null;
  var openedByFocus = false;

  function hide() {
    if (!tip) { return; }
    owner.removeAttribute("aria-describedby");
    tip.remove();
    tip = owner = null;
  }

  function show(term) {
    if (term === owner) { return; }
    hide();
    tip = document.createElement("span");
    tip.id = "glossary-tip";
    tip.className = "glossary-tip";
    tip.setAttribute("role", "tooltip");
    var text = document.createElement("span");
    text.className = "glossary-tip__text";
    text.textContent = term.getAttribute("title");
    tip.append(text);
    // Under a heading's last word, so the heading is not split around it.
    var heading = term.closest("h1, h2, h3, h4, h5, h6");
    if (heading) { heading.append(tip); } else { term.after(tip); }
    term.setAttribute("aria-describedby", tip.id);
    owner = term;
  }

  // A term inside a link belongs to the link: a tap follows it, and it takes no focus of
  // its own (a focus stop inside a link would be a second stop for one thing).
  function termAt(target) {
    var term = target instanceof Element ? target.closest(TERMS) : null;
    return term && !term.closest("a") ? term : null;
  }

  // A tap on a term that takes focus first focuses it (which opens it) and then clicks it:
  // only a tap on a term that was already open closes it.
  document.addEventListener("pointerdown", function () { openedByFocus = false; });
  document.addEventListener("focusin", function (event) {
    var term = termAt(event.target);
    if (term && term !== owner) {
      show(term);
      openedByFocus = true;
    }
  });
  document.addEventListener("focusout", function (event) {
    if (event.target === owner) { hide(); }
  });
  document.addEventListener("click", function (event) {
    var term = termAt(event.target);
    if (term && term === owner && !openedByFocus) {
      hide();
    } else if (term) {
      show(term);
    } else if (!(tip && tip.contains(event.target))) {
      hide();
    }
  });
  document.addEventListener("keydown", function (event) {
    if (event.key === "Escape") { hide(); }
  });

  document$.subscribe(function () {
    hide();
    var seen = new Set();
    document.querySelectorAll(TERMS).forEach(function (term) {
      var name = term.textContent.trim().toLowerCase();
      if (seen.has(name) || term.hasAttribute("tabindex") || !termAt(term)) { return; }
      seen.add(name);
      term.setAttribute("tabindex", "0");
    });
  });
})();
