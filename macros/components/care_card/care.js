/* Care cards (care_card.html): put first the emergency number that fits the
   reader, from the browser's own language setting (en-GB 999, en-US and en-CA 911, en-AU 000,
   anyone else 112; the numbers and languages come from the page, from tiers.yml). Headings
   and call buttons change; the other numbers stay listed. Nothing is stored or sent. Runs on
   every page view, also under Material's instant navigation. */
(function () {
  "use strict";

  function each(nodes, action) {
    Array.prototype.forEach.call(nodes, action);
  }

  function numberFor(numbers, language) {
    var tag = String(language || "").toLowerCase();
    var fits = numbers.filter(function (phone) {
      return phone.languages.some(function (l) { return l.toLowerCase() === tag; });
    });
    return fits[0] || numbers.filter(function (phone) { return !phone.languages.length; })[0] || numbers[0];
  }

  function otherNumbers(list, numbers, first) {
    list.textContent = "";
    numbers.filter(function (phone) { return phone !== first; }).forEach(function (phone, index) {
      if (index) list.appendChild(document.createTextNode("; "));
      var link = document.createElement("a");
      link.href = "tel:" + phone.number;
      link.textContent = phone.number;
      list.appendChild(link);
      list.appendChild(document.createTextNode(" (" + phone.where + ")"));
    });
  }

  function setUp() {
    var source = document.querySelector("[data-emergency-numbers]");
    if (!source) return;
    var numbers = JSON.parse(source.getAttribute("data-emergency-numbers"));
    var first = numberFor(numbers, (navigator.languages && navigator.languages[0]) || navigator.language);
    if (first.number === numbers[0].number) return;
    each(document.querySelectorAll("[data-emergency-number]"), function (span) { span.textContent = first.number; });
    each(document.querySelectorAll("[data-emergency-button]"), function (button) { button.href = "tel:" + first.number; });
    each(document.querySelectorAll("[data-emergency-others]"), function (list) { otherNumbers(list, numbers, first); });
  }

  window.onEachPageView(setUp);
})();
