/* Words from the data as scripts show them, the same way Python does (macros/wording.py):
   a name in braces filled in ("{count}"), and a date in the site's format (wording.yml
   `locale`, passed to each script with its words). */
(function () {
  "use strict";
  function fill(text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) {
      return Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole;
    });
  }
  window.siteWords = {
    fill: fill,
    longDate: function (date, locale) {
      return fill(locale.date, { day: date.getDate(), month: locale.months[date.getMonth()], year: date.getFullYear() });
    }
  };
})();
