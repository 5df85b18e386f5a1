/* Words from the data as scripts show them, the same way Python does (macros/wording.py):
   a name in braces filled in ("{count}"), and a date in the site's format (wording.yml
   `locale`, passed to each script with its words). */
window.siteWords = {
  fill: function (text, values) {
    return text.replace(/\{(\w+)\}/g, function (whole, name) { return name in values ? values[name] : whole; });
  },
  longDate: function (date, locale) {
    return this.fill(locale.date, { day: date.getDate(), month: locale.months[date.getMonth()], year: date.getFullYear() });
  }
};
