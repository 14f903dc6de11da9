/* Search for a briefings site, over Pagefind's index (pagefind/ beside this site's pages).
 *
 * - The header's search button (and the keys "/", "s", "f") open a dialog; the search page (search/) has the
 *   same search, runs the query in ?q= on load and keeps ?q= up to date while typing, so a search can be linked
 *   and bookmarked. Without JavaScript the button is a plain link to the search page.
 * - Light by design: the first results cost Pagefind's engine (pagefind.js, its worker and WebAssembly), the
 *   page list, the index chunks of the words searched and the excerpts of the results shown. The filters'
 *   data (which grows with the archive) is fetched only when a reader opens "Filters".
 * - A large archive's index comes in shards (pagefind/ and the folders pagefind/shards.json lists); they are
 *   merged with Pagefind's mergeIndex, which searches them all and orders the results by score.
 * - Paths come from where this script is, so the site works under any sub-path (a GitHub Pages project site)
 *   without configuration.
 * - Works with Material's instant navigation: the dialog lives in the header, which instant navigation keeps,
 *   and the search page is set up again on every page change (Material's document$).
 * - Result titles and labels are set as text; excerpts are Pagefind's, which escapes page text and adds only
 *   <mark> around the words found.
 */
(function () {
  "use strict";
  var script = document.currentScript;
  var root = new URL("../../", script.src);  // this file is <site root>/assets/briefings/search.js
  var bundle = new URL("pagefind/", root).href;
  var PAGE = 10;  // results shown at a time
  var SHOWN_VALUES = 12;  // filter values shown before "all"
  var engine = null;

  function pagefind() {
    if (!engine) {
      var options = { baseUrl: root.pathname, excerptLength: 30 };
      engine = import(bundle + "pagefind.js").then(function (pf) {
        return pf.options(options).then(function () {
          // a large archive's index is in shards: pagefind/ and the folders shards.json lists, merged
          return fetch(bundle + "shards.json").then(function (response) {
            return response.ok ? response.json() : { shards: [] };
          }, function () { return { shards: [] }; });
        }).then(function (listed) {
          return Promise.all((listed.shards || []).map(function (folder) {
            return pf.mergeIndex(new URL(folder, bundle).href, options);
          }));
        }).then(function () { return pf; });
      }).catch(function (error) {
        engine = null;
        throw new Error("the search index (" + bundle + ") could not be loaded: " + error.message);
      });
    }
    return engine;
  }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  /* One search box with its results, in `holder`. onQuery(query) is told of every query run. */
  function Search(holder, onQuery) {
    this.holder = holder;
    this.onQuery = onQuery || function () {};
    this.selected = {};  // filter name -> {value: true}
    this.results = [];
    this.shown = 0;
    this.runId = 0;
    holder.textContent = "";
    var form = el("form", "briefing-search__form");
    form.setAttribute("role", "search");
    this.input = el("input", "briefing-search__input");
    this.input.type = "search";
    this.input.placeholder = "Search briefings and actors";
    this.input.setAttribute("aria-label", "Search briefings and actors");
    this.input.autocomplete = "off";
    form.appendChild(this.input);
    var bar = el("div", "briefing-search__bar");
    this.status = el("p", "briefing-search__status");
    this.status.setAttribute("aria-live", "polite");
    this.toggle = el("button", "briefing-search__toggle", "Filters");
    this.toggle.type = "button";
    this.toggle.setAttribute("aria-expanded", "false");
    bar.appendChild(this.status);
    bar.appendChild(this.toggle);
    this.groups = el("div", "briefing-search__groups");
    this.groups.hidden = true;
    this.list = el("div", "briefing-search__results");
    this.list.setAttribute("role", "list");
    this.more = el("button", "md-button briefing-search__more", "More results");
    this.more.type = "button";
    this.more.hidden = true;
    holder.appendChild(form);
    holder.appendChild(bar);
    holder.appendChild(this.groups);
    holder.appendChild(this.list);
    holder.appendChild(this.more);
    var self = this;
    form.addEventListener("submit", function (e) { e.preventDefault(); self.run(); });
    this.input.addEventListener("input", function () { self.run(); });
    this.more.addEventListener("click", function () { self.showMore(); });
    this.toggle.addEventListener("click", function () {
      var open = self.groups.hidden;
      self.groups.hidden = !open;
      self.toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) self.loadFilters();
    });
  }

  Search.prototype.chosen = function () {
    var out = {};
    var selected = this.selected;
    Object.keys(selected).forEach(function (name) {
      var values = Object.keys(selected[name]).filter(function (v) { return selected[name][v]; });
      if (values.length) out[name] = { any: values };
    });
    return out;
  };

  Search.prototype.run = function (query) {
    if (query !== undefined) this.input.value = query;
    var term = this.input.value.trim();
    var filters = this.chosen();
    var id = ++this.runId;
    var self = this;
    this.onQuery(term);
    if (!term && !Object.keys(filters).length) {
      this.list.textContent = "";
      this.status.textContent = "";
      this.more.hidden = true;
      return Promise.resolve();
    }
    this.status.textContent = "Searching…";
    return pagefind().then(function (pf) {
      return pf.search(term || null, { filters: filters });
    }).then(function (found) {
      if (id !== self.runId || !found) return;
      self.results = found.results;
      self.shown = 0;
      self.list.textContent = "";
      self.counts = found.filters;
      if (!self.groups.hidden) self.renderFilters();
      var n = found.results.length;
      self.status.textContent = n === 0 ? "No results." : n + (n === 1 ? " result" : " results") +
        (Object.keys(filters).length ? " (filtered from " + found.unfilteredResultCount + ")" : "");
      return self.showMore();
    }).catch(function (error) {
      if (id === self.runId) self.status.textContent = "Search is not available: " + error.message;
    });
  };

  Search.prototype.showMore = function () {
    var batch = this.results.slice(this.shown, this.shown + PAGE);
    this.shown += batch.length;
    this.more.hidden = this.shown >= this.results.length;
    var self = this;
    var id = this.runId;
    var items = batch.map(function () {
      var li = el("div", "briefing-search__result");
      li.setAttribute("role", "listitem");
      self.list.appendChild(li);
      return li;
    });
    return Promise.all(batch.map(function (r) { return r.data(); })).then(function (pages) {
      if (id !== self.runId) return;
      pages.forEach(function (page, i) { self.renderResult(items[i], page); });
    });
  };

  Search.prototype.renderResult = function (li, page) {
    var link = el("a", "briefing-search__title", (page.meta && page.meta.title) || page.url);
    link.href = page.url;
    var f = page.filters || {};
    var kind = f.Page && f.Page.length ? f.Page[0] : (f.Section && f.Section.length ? f.Section[0] : "");
    var head = el("p", "briefing-search__head");
    head.appendChild(link);
    if (kind) head.appendChild(el("span", "briefing-search__kind", kind));
    li.appendChild(head);
    var excerpt = el("p", "briefing-search__excerpt");
    excerpt.innerHTML = page.excerpt || "";  // Pagefind's: escaped text and <mark>
    li.appendChild(excerpt);
  };

  Search.prototype.loadFilters = function () {
    var self = this;
    if (this.all) { this.renderFilters(); return; }
    this.groups.textContent = "Loading filters…";
    pagefind().then(function (pf) { return pf.filters(); }).then(function (all) {
      self.all = all;
      // with results, search again: now with the filters' data, the counts are within the results
      if (self.results.length) self.run(); else self.renderFilters();
    }).catch(function (error) { self.groups.textContent = "Filters are not available: " + error.message; });
  };

  Search.prototype.renderFilters = function () {
    if (!this.all) return;
    var self = this;
    var counts = this.results.length || Object.keys(this.chosen()).length ? this.counts || this.all : this.all;
    this.groups.textContent = "";
    Object.keys(this.all).sort().forEach(function (name) {
      var values = Object.keys(self.all[name]).sort(function (a, b) {
        return (self.all[name][b] - self.all[name][a]) || (a < b ? -1 : a > b ? 1 : 0);
      });
      if (!values.length) return;
      var group = el("fieldset", "briefing-search__group");
      group.appendChild(el("legend", "", name));
      var extra = [];
      values.forEach(function (value, i) {
        var label = el("label", "briefing-search__value");
        var box = el("input");
        box.type = "checkbox";
        box.checked = !!(self.selected[name] && self.selected[name][value]);
        box.addEventListener("change", function () {
          self.selected[name] = self.selected[name] || {};
          self.selected[name][value] = box.checked;
          self.run();
        });
        var n = counts[name] && counts[name][value] !== undefined ? counts[name][value] : 0;
        label.appendChild(box);
        label.appendChild(document.createTextNode(" " + value + " "));
        label.appendChild(el("span", "briefing-search__count", "(" + n + ")"));
        if (i >= SHOWN_VALUES && !box.checked) { label.hidden = true; extra.push(label); }
        group.appendChild(label);
      });
      if (extra.length) {
        var all = el("button", "briefing-search__all", "all " + values.length);
        all.type = "button";
        all.addEventListener("click", function () {
          extra.forEach(function (l) { l.hidden = false; });
          all.remove();
        });
        group.appendChild(all);
      }
      self.groups.appendChild(group);
    });
  };

  function searchPageUrl(query) {
    var button = document.querySelector("[data-briefing-search-open]");
    var url = new URL(button ? button.href : new URL("search/", root).href);
    if (query) url.searchParams.set("q", query);
    return url.href;
  }

  // --- the dialog in the header ------------------------------------------------------------------------
  var dialogSearch = null;

  function dialog() { return document.querySelector("[data-briefing-search-dialog]"); }

  function openDialog(event) {
    var box = dialog();
    if (!box || typeof box.showModal !== "function") return;  // no dialog: the link goes to the search page
    if (event) event.preventDefault();
    if (!box.open) box.showModal();
    if (!dialogSearch) {
      var link = box.querySelector("[data-briefing-search-page-link]");
      dialogSearch = new Search(box.querySelector("[data-briefing-search-ui]"), function (q) {
        if (link) link.href = searchPageUrl(q);
      });
      pagefind().catch(function () { /* shown on the first search */ });
    }
    dialogSearch.input.focus();
    dialogSearch.input.select();
  }

  function closeDialog() {
    var box = dialog();
    if (box && box.open) box.close();
  }

  document.addEventListener("click", function (event) {
    var target = event.target instanceof Element ? event.target : null;
    if (!target) return;
    if (target.closest("[data-briefing-search-open]")) { openDialog(event); return; }
    if (target.closest("[data-briefing-search-close]")) { closeDialog(); return; }
    var box = dialog();
    if (box && box.open) {
      if (target === box) { closeDialog(); return; }  // a click on the backdrop
      if (target.closest("a[href]") && box.contains(target)) closeDialog();  // a result: leave the dialog
    }
  });

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    var target = event.target;
    if (target instanceof Element && (target.closest("input, textarea, select, [contenteditable]") ||
                                      target.closest("[data-briefing-search-dialog]"))) return;
    if (event.key === "/" || event.key === "s" || event.key === "f") openDialog(event);
  });

  // --- the search page ---------------------------------------------------------------------------------
  function setUpPage() {
    var holder = document.querySelector("[data-briefing-search-page]");
    if (!holder || holder.getAttribute("data-ready")) return;
    holder.setAttribute("data-ready", "1");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    var search = new Search(holder, function (value) {
      var url = new URL(window.location.href);
      if (value) url.searchParams.set("q", value); else url.searchParams.delete("q");
      if (url.href !== window.location.href) window.history.replaceState(window.history.state, "", url.href);
    });
    if (query) search.run(query); else search.input.focus();
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { closeDialog(); setUpPage(); });
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUpPage);
  } else {
    setUpPage();
  }
})();
