/* A page built for one address (SITE_URL) but opened at another (a preview, a mirror,
   localhost for 127.0.0.1): the build writes <link> addresses and the body map's links
   absolute for the published address (macros/material/link_addresses.py), which would leave such a page
   without its styles and send map taps to the other host. Here, and only then, they are
   pointed at the same files where the page actually is: the theme's __md_scope is the site's
   root as seen from this page. It runs again after each of the theme's instant navigations,
   which bring in the next page's head and links as they were built. Costs nothing at the
   published address. */
(function () {
  "use strict";
  var built = document.querySelector('meta[name="built-for"]');
  if (!built || typeof __md_scope === "undefined") return;
  var from = built.getAttribute("content");
  var to = __md_scope.href;
  if (!from || from === to) return;
  function move(node, attribute) {
    var value = node.getAttribute(attribute);
    if (value && value.indexOf(from) === 0) node.setAttribute(attribute, to + value.slice(from.length));
  }
  function moveAll() {
    Array.prototype.forEach.call(document.querySelectorAll("link[href], a[href]"), function (node) { move(node, "href"); });
    Array.prototype.forEach.call(document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a"), function (node) {
      ["href", "xlink:href"].forEach(function (attribute) { move(node, attribute); });
    });
  }
  window.onEachPageView(moveAll);
})();
