/* The red-flag checklist (macros/templates/checklist.html): shows which help fits the ticked
   answers, as they change, in a result bar that stays in view and in the result box. The rules
   and words come from the page (the form's data-checklist-rules); this file knows no tier or
   item. Nothing is sent or stored: links marked data-checklist-carry take the ticks along in
   their address fragment (#answers=a,b), which browsers never send to a server. Runs on every
   page view, also under Material's instant navigation, and sets each form up once. */
(function () {
  "use strict";

  function each(nodes, action) {
    Array.prototype.forEach.call(nodes, action);
  }

  function listAnswers(list, boxes) {
    list.textContent = "";
    boxes.forEach(function (box) {
      var item = document.createElement("li");
      item.textContent = box.labels[0].textContent;
      list.appendChild(item);
    });
    list.hidden = list.previousElementSibling.hidden = !boxes.length;
  }

  function setUp(form) {
    if (form.hasAttribute("data-checklist-ready")) return;
    var rules = JSON.parse(form.getAttribute("data-checklist-rules"));
    form.setAttribute("data-checklist-ready", "");
    function find(selector) {
      return form.querySelector(selector);
    }
    var result = find("[data-checklist-result]");
    var bar = find("[data-checklist-bar]");
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[type=checkbox]"));
    var printButton = find("[data-checklist-print]");
    var date = find("[data-checklist-date]");

    // The date is written when the page is printed (the print button, or the browser's own
    // print, which fires beforeprint), not as the page loads or on every tick: the browser's
    // first date formatting was the longest piece of work this file did on a slow phone.
    // Where neither runs, the printout keeps its blank to fill in by hand.
    function stampDate() {
      date.textContent = rules.words.date + " " +
        new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    }

    function show(nodes, attribute, tierId) {
      each(nodes, function (node) { node.hidden = node.getAttribute(attribute) !== tierId; });
    }

    function update(announce) {
      var ticked = boxes.filter(function (box) { return box.checked; });
      var tier = rules.tiers.filter(function (t) {
        return ticked.some(function (box) { return rules.items[box.value] === t.id; });
      })[0] || rules.tiers.filter(function (t) { return t.id === rules.none; })[0];
      var led = ticked.filter(function (box) { return rules.items[box.value] === tier.id; });

      result.setAttribute("data-tier", tier.id);
      show(result.querySelectorAll("[data-checklist-outcome]"), "data-checklist-outcome", tier.id);
      show(bar.querySelectorAll("[data-checklist-bar-outcome]"), "data-checklist-bar-outcome", tier.id);
      printButton.hidden = tier.live === "assertive";
      find("[data-checklist-none]").hidden = ticked.length > 0;
      listAnswers(find("[data-checklist-led]"), led);
      listAnswers(find("[data-checklist-also]"), ticked.filter(function (box) { return led.indexOf(box) < 0; }));
      each(form.querySelectorAll("[data-checklist-carry]"), function (link) {
        var ids = ticked.map(function (box) { return box.value; }).join(",");
        link.href = link.href.split("#")[0] + (ids ? "#" + rules.carry + "=" + ids : "");
      });

      if (announce) {
        bar.hidden = false;
        var heading = result.querySelector('[data-checklist-outcome="' + tier.id + '"] .care-card__heading');
        var message = rules.words.announce
          .replace("{heading}", heading.textContent.trim())
          .replace("{count}", String(ticked.length));
        each(result.querySelectorAll("[data-checklist-announce]"), function (region) {
          region.textContent = region.getAttribute("data-checklist-announce") === tier.live ? message : "";
        });
      }
    }

    date.addEventListener("checklist-date", stampDate);
    find("[data-checklist-static]").hidden = true;
    find("[data-checklist-answers]").hidden = false;
    printButton.hidden = false;
    form.addEventListener("change", function () { update(true); });
    form.addEventListener("reset", function () {
      setTimeout(function () {
        update(false);
        bar.hidden = true;
      }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    printButton.addEventListener("click", function () {
      stampDate();
      window.print();
    });
    update(false);
  }

  function setUpAll() {
    each(document.querySelectorAll("form[data-checklist]"), setUp);
  }

  window.addEventListener("beforeprint", function () {
    each(document.querySelectorAll("[data-checklist-ready] [data-checklist-date]"), function (node) {
      node.dispatchEvent(new Event("checklist-date"));
    });
  });
  if (window.document$) window.document$.subscribe(setUpAll);
  else setUpAll();
})();
