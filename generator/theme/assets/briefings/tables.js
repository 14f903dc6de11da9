/* Tables: on narrow screens each cell is labelled with its column (CSS shows rows as cards). The index tables
 * (actors by letter, commitments): sortable by any column (tablesort, vendored) and
 * filterable (tables of 2 rows or more) by the columns a table names in data-filter="Type,Country" and by a
 * words box. Runs without a server (plain files), on every page change under Material's instant navigation. */
(function () {
  "use strict";

  var MIN_ROWS = 2;

  function plural(n) { return n + (n === 1 ? " row" : " rows"); }

  function cellText(row, index) {
    var cell = row.cells[index];
    return cell ? cell.textContent.trim() : "";
  }

  function setUp(holder) {
    var table = holder.querySelector("table");
    if (!table || holder.getAttribute("data-ready")) return;
    holder.setAttribute("data-ready", "1");
    if (window.Tablesort) new window.Tablesort(table);
    if (table.tBodies[0].rows.length < MIN_ROWS) return;  // a short table needs no filters
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent.trim(); });
    var rows = Array.prototype.slice.call(table.tBodies[0].rows);
    var bar = document.createElement("div");
    bar.className = "briefing-filters";
    var status = document.createElement("span");
    var selects = [];
    (holder.getAttribute("data-filter") || "").split(",").forEach(function (name) {
      var index = heads.indexOf(name.trim());
      if (index < 0) return;
      var values = {};
      rows.forEach(function (row) { var v = cellText(row, index); if (v) values[v] = (values[v] || 0) + 1; });
      var names = Object.keys(values).sort(function (a, b) { return values[b] - values[a] || (a < b ? -1 : 1); });
      if (names.length < 2) return;
      var select = document.createElement("select");
      select.setAttribute("aria-label", name);
      select.appendChild(new Option(name + ": all", ""));
      names.forEach(function (v) { select.appendChild(new Option(v + " (" + values[v] + ")", v)); });
      select.addEventListener("change", apply);
      selects.push({ index: index, select: select });
      bar.appendChild(select);
    });
    var words = document.createElement("input");
    words.type = "search";
    words.placeholder = "Filter rows";
    words.setAttribute("aria-label", "Filter rows");
    words.addEventListener("input", apply);
    bar.appendChild(words);
    bar.appendChild(status);
    holder.parentNode.insertBefore(bar, holder);

    function apply() {
      var needle = words.value.trim().toLowerCase();
      var shown = 0;
      rows.forEach(function (row) {
        var ok = selects.every(function (f) { return !f.select.value || cellText(row, f.index) === f.select.value; }) &&
          (!needle || row.textContent.toLowerCase().indexOf(needle) >= 0);
        row.hidden = !ok;
        if (ok) shown += 1;
      });
      status.textContent = shown === rows.length ? plural(rows.length) : shown + " of " + plural(rows.length);
    }
    apply();
  }

  /* Narrow screens show a table's rows as cards: each cell is labelled with its column's heading. */
  function label(table) {
    if (!table.tHead || table.getAttribute("data-labelled")) return;
    table.setAttribute("data-labelled", "1");
    var heads = Array.prototype.map.call(table.tHead.rows[0].cells, function (th) { return th.textContent.trim(); });
    Array.prototype.forEach.call(table.tBodies, function (body) {
      Array.prototype.forEach.call(body.rows, function (row) {
        Array.prototype.forEach.call(row.cells, function (cell, i) {
          if (heads[i] && !cell.hasAttribute("data-label")) cell.setAttribute("data-label", heads[i]);
        });
      });
    });
  }

  /* A quotes page: filter its quotes by kind (direct, reported) and by words (speaker or text). */
  function setUpQuotes(holder) {
    if (holder.getAttribute("data-ready")) return;
    holder.setAttribute("data-ready", "1");
    var quotes = Array.prototype.slice.call(holder.querySelectorAll("li.briefing-quote"));
    var bar = document.createElement("div");
    bar.className = "briefing-filters";
    var kind = document.createElement("select");
    kind.setAttribute("aria-label", "Kind");
    [["", "Kind: all"], ["direct", "direct"], ["indirect", "reported"]].forEach(function (o) {
      kind.appendChild(new Option(o[1], o[0]));
    });
    var words = document.createElement("input");
    words.type = "search";
    words.placeholder = "Filter by speaker or words";
    words.setAttribute("aria-label", "Filter by speaker or words");
    var status = document.createElement("span");
    bar.appendChild(kind);
    bar.appendChild(words);
    bar.appendChild(status);
    holder.insertBefore(bar, holder.firstChild);
    function apply() {
      var needle = words.value.trim().toLowerCase();
      var shown = 0;
      Array.prototype.forEach.call(holder.querySelectorAll("ul.briefing-quotes"), function (list) {
        var head = list.previousElementSibling;
        var speaker = head ? head.textContent.toLowerCase() : "";
        var any = false;
        Array.prototype.forEach.call(list.querySelectorAll("li.briefing-quote"), function (li) {
          var ok = (!kind.value || li.classList.contains("briefing-quote-" + kind.value)) &&
            (!needle || speaker.indexOf(needle) >= 0 || li.textContent.toLowerCase().indexOf(needle) >= 0);
          li.hidden = !ok;
          if (ok) { any = true; shown += 1; }
        });
        list.hidden = !any;
        if (head) head.hidden = !any;
      });
      status.textContent = shown === quotes.length ? quotes.length + " quotes" : shown + " of " + quotes.length + " quotes";
    }
    kind.addEventListener("change", apply);
    words.addEventListener("input", apply);
    apply();
  }

  function setUpAll() {
    Array.prototype.forEach.call(document.querySelectorAll(".briefing-cards table"), label);
    Array.prototype.forEach.call(document.querySelectorAll(".briefing-filterable"), setUp);
    Array.prototype.forEach.call(document.querySelectorAll(".briefing-quote-pages"), setUpQuotes);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUpAll);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpAll);
  } else {
    setUpAll();
  }
})();
