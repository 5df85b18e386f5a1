/* The red-flag checklist (checklist.html): shows which help fits the answers,
   as they change, in a result bar that stays in view and in the result box. The items, rules,
   groups and words come from the page (the form's data-checklist-rules); this file knows no
   tier, item or rule (triage.py is the same decision in Python, for the published
   method page and the tests). A result shows only once every group above it is answered, by a
   tick or "None of these", and one a lowering rule could still lower waits for its group too. Nothing is sent: a link marked data-checklist-carry hands the ticks
   to the appointment page through this tab's sessionStorage, which that page reads and clears;
   they never go into an address or the browser's history. Runs on every page view, also under
   Material's instant navigation, and sets each form up once. */
(function () {
  "use strict";
  // Instant navigation runs this script again on each visit to a page with a form: the first
  // run wires everything, later runs stop here.
  if (window.checklistWired) return;
  window.checklistWired = true;

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

  function contains(list, value) {
    return list.indexOf(value) >= 0;
  }

  /* The decision (triage.py `decide`): each ticked item counts at its tier, lowered by a
     lowering rule that fires; a raising rule that fires counts at its tier; the first in order wins. */
  function decide(rules, ticked) {
    var order = rules.tiers.map(function (tier) { return tier.id; });
    var counts = {};
    ticked.forEach(function (id) { counts[id] = rules.items[id]; });
    var raising = [];
    var lowered = [];
    rules.rules.forEach(function (rule) {
      var fires = rule.all.every(function (id) { return contains(ticked, id); }) &&
        (!rule.any.length || rule.any.some(function (id) { return contains(ticked, id); }));
      if (!fires) return;
      if (!rule.lowers.length) {
        raising.push(rule);
        return;
      }
      rule.lowers.forEach(function (id) {
        if (counts[id] && order.indexOf(counts[id]) < order.indexOf(rule.tier)) {
          counts[id] = rule.tier;
          if (!contains(lowered, rule)) lowered.push(rule);
        }
      });
    });
    var all = Object.keys(counts).map(function (id) { return counts[id]; })
      .concat(raising.map(function (rule) { return rule.tier; }));
    var best = order.filter(function (tier) { return contains(all, tier); })[0] || order[order.length - 1];
    return {
      tier: rules.tiers[order.indexOf(best)],
      led: ticked.filter(function (id) { return counts[id] === best; }),
      rules: raising.concat(lowered).filter(function (rule) { return rule.tier === best; })
        .map(function (rule) { return rule.id; })
    };
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
    var boxes = Array.prototype.slice.call(form.querySelectorAll("input[name=answer]"));
    var noneBoxes = Array.prototype.slice.call(form.querySelectorAll("input[name=none]"));
    var printButton = find("[data-checklist-print]");
    var date = find("[data-checklist-date]");
    var shown = null;

    // The date is written when the page is printed (the print button, or the browser's own
    // print, which fires beforeprint), not as the page loads or on every tick: the browser's
    // first date formatting was the longest piece of work this file did on a slow phone.
    // Where neither runs, the printout keeps its blank to fill in by hand.
    function stampDate() {
      date.textContent = rules.words.date + " " + window.siteWords.longDate(new Date(), rules.locale);
    }

    function show(nodes, attribute, value) {
      each(nodes, function (node) { node.hidden = node.getAttribute(attribute) !== value; });
    }

    function groupOf(box) {
      return box.closest("[data-checklist-group]").getAttribute("data-checklist-group");
    }

    // "None of these" and the items of its group exclude each other.
    function untickOthers(changed) {
      if (!changed || !changed.checked) return;
      var group = groupOf(changed);
      boxes.concat(noneBoxes).forEach(function (box) {
        if (box !== changed && groupOf(box) === group && (box.name === "none") !== (changed.name === "none")) {
          box.checked = false;
        }
      });
    }

    function update(announce) {
      var ticked = boxes.filter(function (box) { return box.checked; });
      var ids = ticked.map(function (box) { return box.value; });
      var answered = rules.groups.filter(function (group) {
        return ticked.some(function (box) { return groupOf(box) === group; }) ||
          noneBoxes.some(function (box) { return box.checked && box.value === group; });
      });
      var decision = decide(rules, ids);
      var tier = decision.tier;
      var above = rules.groups.slice(0, rules.groups.indexOf(tier.id));
      /* A result a lowering rule could still lower waits for the group that asks the rule's
         question, so a reader who was already examined is not told to go again too soon. */
      var lowering = rules.rules.filter(function (rule) { return rule.lowers.length; });
      var waitFor = decision.led.length && decision.led.every(function (id) {
        return lowering.some(function (rule) { return contains(rule.lowers, id); });
      }) ? lowering.reduce(function (groups, rule) {
        return groups.concat(rule.all.map(function (id) { return rules.items[id]; }));
      }, []) : [];
      var ready = above.concat(waitFor).every(function (group) { return contains(answered, group); });
      var started = answered.length > 0;
      var outcome = ready ? tier.id : "";

      result.setAttribute("data-tier", outcome);
      show(result.querySelectorAll("[data-checklist-outcome]"), "data-checklist-outcome", outcome);
      show(bar.querySelectorAll("[data-checklist-bar-outcome]"), "data-checklist-bar-outcome", outcome);
      find("[data-checklist-pending]").hidden = ready;
      find("[data-checklist-bar-pending]").hidden = ready;
      bar.hidden = !started;
      find("[data-checklist-answers]").hidden = !ready;
      printButton.hidden = !ready || tier.live === "assertive";
      find("[data-checklist-none]").hidden = ticked.length > 0;
      var led = ticked.filter(function (box) { return contains(decision.led, box.value); });
      listAnswers(find("[data-checklist-led]"), led);
      listAnswers(find("[data-checklist-also]"), ticked.filter(function (box) { return !contains(led, box); }));
      each(result.querySelectorAll("[data-checklist-rule]"), function (node) {
        node.hidden = !ready || !contains(decision.rules, node.getAttribute("data-checklist-rule"));
      });

      if (announce && ready && outcome !== shown) {
        var heading = result.querySelector('[data-checklist-outcome="' + outcome + '"] .care-card__heading');
        var message = window.siteWords.fill(rules.words.announce, { heading: heading.textContent.trim(), count: ticked.length });
        each(result.querySelectorAll("[data-checklist-announce]"), function (region) {
          region.textContent = region.getAttribute("data-checklist-announce") === tier.live ? message : "";
        });
      }
      shown = ready ? outcome : null;
    }

    // The hand-off to the appointment page: this tab only, stamped with the time, read once and
    // removed there. Only a plain click hands over (a new tab gets nothing), and any hand-off
    // left over is removed whenever the checklist opens.
    function session() {
      try {
        return window.sessionStorage;
      } catch (error) {
        return null; // storage turned off: the appointment page opens with nothing ticked
      }
    }
    function handOff(event) {
      var store = session();
      if (!store) return;
      try {
        store.removeItem(rules.handoff);
        if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
        var ids = boxes.filter(function (box) { return box.checked; }).map(function (box) { return box.value; });
        store.setItem(rules.handoff, JSON.stringify({ at: Date.now(), ids: ids }));
      } catch (error) {
        // full storage: the appointment page opens with nothing ticked
      }
    }
    if (session()) {
      try {
        session().removeItem(rules.handoff);
      } catch (error) {
        // nothing to remove
      }
    }

    date.addEventListener("checklist-date", stampDate);
    find("[data-checklist-static]").hidden = true;
    form.addEventListener("change", function (event) {
      untickOthers(event.target);
      update(true);
    });
    form.addEventListener("reset", function () {
      setTimeout(function () { update(false); }, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("click", function (event) {
      if (event.target instanceof Element && event.target.closest("[data-checklist-carry]")) handOff(event);
    });
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
  // This script comes in the page's content, before the site's own (page-views.js) on a first
  // load: it starts once they have all run.
  if (window.onEachPageView) window.onEachPageView(setUpAll);
  else document.addEventListener("DOMContentLoaded", function () { window.onEachPageView(setUpAll); });
})();
