/* "For your appointment" (appointment.html). Takes the checklist's ticks from
   a one-time hand-off in this tab's sessionStorage (never from the address, so they never reach
   the browser's history, and a link from elsewhere cannot tick anything), reading and clearing
   it at once; says "do not wait" when a ticked sign calls for it; fills the summary that prints
   instead of the form; and keeps the answers in localStorage only while "Keep my answers on
   this device" is ticked. Every open tab follows a delete; a kept value of the wrong shape is
   dropped, and storage that is full or turned off is said in words. Nothing is sent. Keys and
   words come from the form's data-appointment attribute. Only this page loads it; the theme's instant navigation runs it
   again on each visit, so the first run does the wiring and later runs stop at once. */
(function () {
  "use strict";
  if (window.appointmentWired) return;
  window.appointmentWired = true;

  function each(nodes, action) {
    Array.prototype.forEach.call(nodes, action);
  }

  function isChoice(control) {
    return control.type === "checkbox" || control.type === "radio";
  }

  function storageOf(name) {
    try {
      return window[name];
    } catch (error) {
      return null; // storage turned off in the browser: the page works, it just cannot keep answers
    }
  }

  // A kept value is an object of arrays of strings (answers() below); anything else is damaged.
  function isAnswers(value) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return false;
    return Object.keys(value).every(function (name) {
      var values = value[name];
      return Array.isArray(values) && values.every(function (item) { return typeof item === "string"; });
    });
  }

  // The checklist's hand-off: read once, then removed, whatever it holds; taken only when the
  // checklist wrote it in the last two minutes (a link followed from it just now).
  var HAND_OFF_MILLISECONDS = 120000;
  function takeHandOff(key) {
    var session = storageOf("sessionStorage");
    if (!session) return [];
    var handed = null;
    try {
      handed = JSON.parse(session.getItem(key));
      session.removeItem(key);
    } catch (error) {
      handed = null;
    }
    var fresh = handed && typeof handed.at === "number" && Date.now() - handed.at >= 0 &&
      Date.now() - handed.at < HAND_OFF_MILLISECONDS;
    return fresh && Array.isArray(handed.ids) ? handed.ids.filter(function (id) { return typeof id === "string"; }) : [];
  }

  function setUp(form) {
    if (form.hasAttribute("data-appointment-ready")) return;
    form.setAttribute("data-appointment-ready", "");
    var rules = JSON.parse(form.getAttribute("data-appointment"));
    var root = form.parentNode;
    function find(selector) {
      return root.querySelector(selector);
    }
    var keep = find("[data-appointment-keep-box]");
    var deleteButton = find("[data-appointment-delete]");
    var date = find("[data-appointment-date]");
    var store = storageOf("localStorage");
    var controls = Array.prototype.filter.call(form.elements, function (control) { return control.name; });

    function answers() {
      var given = {};
      controls.forEach(function (control) {
        var value = isChoice(control) ? (control.checked ? control.value : "") : control.value.trim();
        if (value) (given[control.name] = given[control.name] || []).push(value);
      });
      return given;
    }

    function fill(saved) {
      controls.forEach(function (control) {
        var values = saved[control.name] || [];
        if (isChoice(control)) control.checked = values.indexOf(control.value) >= 0;
        else control.value = values[0] || "";
      });
    }

    // Full or blocked storage: say so once, stop trying, and keep the answers on the page.
    function save() {
      if (!keep.checked) return;
      try {
        store.setItem(rules.store, JSON.stringify(answers()));
      } catch (error) {
        keep.checked = false;
        deleteButton.hidden = true;
        forget(); // what was kept before is not brought back by a reload
        say(rules.words.not_kept);
      }
    }

    function say(text) {
      find("[data-appointment-status]").textContent = text;
    }

    function summarise() {
      var filled = false;
      each(root.querySelectorAll("[data-summary-row]"), function (row) {
        var names = row.getAttribute("data-summary-fields").split(" ");
        var tiers = (row.getAttribute("data-summary-tiers") || "").split(" ");
        var list = row.querySelector("[data-summary-answers]");
        list.textContent = "";
        controls.forEach(function (control) {
          if (names.indexOf(control.name) < 0) return;
          var tier = control.getAttribute("data-tier");
          var text = isChoice(control)
            ? (control.checked && (!tier || tiers.indexOf(tier) >= 0)
              ? control.getAttribute("data-summary-text") || control.labels[0].textContent : "")
            : control.value.trim();
          if (!text) return;
          var item = document.createElement("li");
          item.textContent = text;
          list.appendChild(item);
        });
        row.hidden = !list.firstChild;
        filled = filled || !row.hidden;
      });
      root.toggleAttribute("data-appointment-filled", filled);
    }

    function showAlert() {
      var ticked = controls.filter(function (control) { return control.checked && control.hasAttribute("data-tier"); })
        .map(function (control) { return control.getAttribute("data-tier"); });
      var tier = rules.alert.filter(function (id) { return ticked.indexOf(id) >= 0; })[0];
      each(root.querySelectorAll("[data-appointment-alert]"), function (alert) {
        alert.hidden = alert.getAttribute("data-appointment-alert") !== tier;
      });
    }

    function update() {
      showAlert();
      summarise();
      save();
    }

    function stampDate() {
      date.textContent = rules.words.date + " " + window.siteWords.longDate(new Date(), rules.locale);
    }

    function carryOver() {
      var ids = takeHandOff(rules.handoff);
      var carried = controls.filter(function (control) {
        return control.name === "sign" && ids.indexOf(control.value) >= 0;
      });
      if (!carried.length) return;
      carried.forEach(function (control) { control.checked = true; });
      find("[data-appointment-carried]").textContent = window.siteWords.fill(rules.words.carried, { count: carried.length });
      // A carried sign that cannot wait gets its card at the top, before three screens of questions.
      var tiers = carried.map(function (control) { return control.getAttribute("data-tier"); });
      var urgent = rules.alert.filter(function (id) { return tiers.indexOf(id) >= 0; })[0];
      each(root.querySelectorAll("[data-appointment-carried-alert]"), function (card) {
        card.hidden = card.getAttribute("data-appointment-carried-alert") !== urgent;
      });
    }

    function readKept() {
      var raw = null;
      var saved;
      try {
        raw = store.getItem(rules.store);
        saved = JSON.parse(raw);
      } catch (error) {
        saved = undefined;
      }
      if (raw === null) return null;
      if (isAnswers(saved)) return saved;
      try {
        store.removeItem(rules.store); // not ours or damaged: drop it, and say so
      } catch (error) {
        // storage turned off since: nothing to drop
      }
      say(rules.words.damaged);
      return null;
    }

    // Another tab deleted the kept answers (or the reader cleared the site's data): follow it,
    // so typing here cannot put them back.
    function followOtherTabs(event) {
      if (event.storageArea !== store || (event.key !== rules.store && event.key !== null)) return;
      if (event.newValue !== null && event.key !== null) return;
      if (!keep.checked) return;
      keep.checked = false;
      deleting = true;
      form.reset();
      deleting = false;
      deleteButton.hidden = true;
      say(rules.words.deleted);
    }

    var deleting = false;
    if (store) {
      var saved = readKept();
      if (saved) {
        fill(saved);
        keep.checked = true;
      }
      find("[data-appointment-keep]").hidden = false;
      window.addEventListener("storage", followOtherTabs);
    } else {
      say(rules.words.storage_off);
    }
    carryOver();
    deleteButton.hidden = !keep.checked;
    find("[data-appointment-print]").hidden = false;

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    form.addEventListener("reset", function (event) {
      if (!deleting && Object.keys(answers()).length && !window.confirm(rules.words.clear)) {
        event.preventDefault(); // one stray tap must not wipe everything
        return;
      }
      setTimeout(update, 0);
    });
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    form.addEventListener("appointment-print", function () {
      update();
      stampDate();
    });
    keep.addEventListener("change", function () {
      if (keep.checked) {
        say(rules.words.kept);
        save();
      } else {
        forget();
        say(rules.words.deleted);
      }
      deleteButton.hidden = !keep.checked;
    });
    function forget() {
      try {
        store.removeItem(rules.store);
      } catch (error) {
        // storage turned off since: nothing kept to remove
      }
    }
    deleteButton.addEventListener("click", function () {
      forget();
      keep.checked = false;
      deleting = true; // the reader asked for exactly this: no second question
      form.reset();
      deleting = false;
      deleteButton.hidden = true;
      keep.focus();
      say(rules.words.deleted);
    });
    find("[data-appointment-print]").addEventListener("click", function () {
      form.dispatchEvent(new Event("appointment-print"));
      window.print();
    });
    update();
  }

  window.addEventListener("beforeprint", function () {
    each(document.querySelectorAll("form[data-appointment-ready]"), function (form) {
      form.dispatchEvent(new Event("appointment-print"));
    });
  });
  function setUpAll() {
    each(document.querySelectorAll("form[data-appointment]"), setUp);
  }
  // This script comes in the page's content, before the site's own (page-views.js) on a first
  // load: it starts once they have all run.
  if (window.onEachPageView) window.onEachPageView(setUpAll);
  else document.addEventListener("DOMContentLoaded", function () { window.onEachPageView(setUpAll); });
})();
