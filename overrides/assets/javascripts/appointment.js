/* "For your appointment" (macros/templates/appointment.html). Takes the checklist's ticks from
   the address fragment (#answers=a,b, which browsers never send) and then drops them from the
   address; says "do not wait" when a ticked sign calls for it; fills the summary that prints
   instead of the form; and keeps the answers in localStorage only while "Keep my answers on
   this device" is ticked. Nothing is sent. Keys and words come from the form's
   data-appointment attribute. Only this page loads it; the theme's instant navigation runs it
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

  function deviceStorage() {
    try {
      return window.localStorage;
    } catch (error) {
      return null; // storage turned off in the browser: the page works, it just cannot keep answers
    }
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
    var store = deviceStorage();
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

    function save() {
      if (keep.checked) store.setItem(rules.store, JSON.stringify(answers()));
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
            ? (control.checked && (!tier || tiers.indexOf(tier) >= 0) ? control.labels[0].textContent : "")
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
      date.textContent = rules.words.date + " " +
        new Date().toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric" });
    }

    function carryOver() {
      var match = new RegExp("^#" + rules.carry + "=([a-z0-9,-]*)$").exec(window.location.hash);
      if (!match) return;
      var ids = match[1].split(",");
      var carried = controls.filter(function (control) {
        return control.name === "sign" && ids.indexOf(control.value) >= 0;
      });
      carried.forEach(function (control) { control.checked = true; });
      find("[data-appointment-carried]").textContent = rules.words.carried.replace("{count}", String(carried.length));
      // A carried sign that cannot wait gets its card at the top, before three screens of questions.
      var tiers = carried.map(function (control) { return control.getAttribute("data-tier"); });
      var urgent = rules.alert.filter(function (id) { return tiers.indexOf(id) >= 0; })[0];
      each(root.querySelectorAll("[data-appointment-carried-alert]"), function (card) {
        card.hidden = card.getAttribute("data-appointment-carried-alert") !== urgent;
      });
      // The answers leave the address bar, so they are not kept in the browser's history either.
      window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    }

    if (store) {
      var saved = null;
      try {
        saved = JSON.parse(store.getItem(rules.store));
      } catch (error) {
        store.removeItem(rules.store); // not ours or damaged: drop it
      }
      if (saved) {
        fill(saved);
        keep.checked = true;
      }
      find("[data-appointment-keep]").hidden = false;
    }
    carryOver();
    deleteButton.hidden = !keep.checked;
    find("[data-appointment-print]").hidden = false;

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    var deleting = false;
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
        save();
        say(rules.words.kept);
      } else {
        store.removeItem(rules.store);
        say(rules.words.deleted);
      }
      deleteButton.hidden = !keep.checked;
    });
    deleteButton.addEventListener("click", function () {
      store.removeItem(rules.store);
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
  if (window.document$) window.document$.subscribe(setUpAll);
  else setUpAll();
})();
