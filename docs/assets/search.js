/* Manchette: the search page (/recherche/), Pagefind's UI in French.
 *
 * The query lives in the address (?q=...), so a search can be linked and bookmarked; filters
 * can be linked too (?acteur=Sergueï+Lavrov&année=2025). Every URL is relative to this page or
 * derived by Pagefind from the script's own address, so the site works under a sub-path.
 */
(function () {
  "use strict";

  var root = document.getElementById("mc-search");
  if (!root) {
    return;
  }
  if (typeof window.PagefindUI !== "function") {
    // No index: the archive has no article yet (or the index failed, a build warning).
    var note = document.createElement("p");
    note.className = "mc-search-noscript";
    note.textContent = "La recherche n'est pas disponible : l'index de l'archive est vide.";
    root.appendChild(note);
    return;
  }
  var FILTERS = ["acteur", "thème", "source", "auteur", "année"];
  var params = new URLSearchParams(window.location.search);
  var query = (params.get("q") || "").trim();

  var ui = new window.PagefindUI({
    element: "#mc-search",
    bundlePath: root.getAttribute("data-bundle") || undefined,
    showSubResults: true,
    showImages: false,
    excerptLength: 30,
    debounceTimeoutMs: 150,
    pageSize: 10,
    autofocus: query === "",
    processResult: function (result) {
      // The article's <h1> has an anchor, so Pagefind makes it a sub-result that repeats the
      // title and hides the page's own excerpt: turn it back into the page itself.
      var title = result.meta && result.meta.title;
      var subs = (result.sub_results || []).filter(function (sub) {
        return sub.title !== title || sub.url === result.url;
      });
      if (!subs.length || subs[0].url !== result.url) {
        subs.unshift({ title: title, url: result.url, excerpt: result.excerpt, locations: [] });
      }
      result.sub_results = subs;
      return result;
    },
    translations: {
      placeholder: "Rechercher dans l'archive",
      search_label: "Rechercher dans l'archive",
      clear_search: "Effacer",
      zero_results: "Aucun résultat pour [SEARCH_TERM]",
      total_zero_results: "Aucun résultat",
      load_more: "Plus de résultats",
    },
  });

  // Pagefind's field only has a title; the page's visible heading is its label.
  var field = root.querySelector("input[type=text], input[type=search]");
  if (field && document.getElementById("mc-search-title")) {
    field.setAttribute("aria-labelledby", "mc-search-title");
  }

  var filters = {};
  FILTERS.forEach(function (name) {
    var values = params.getAll(name).filter(Boolean);
    if (values.length) {
      filters[name] = values;
    }
  });
  if (Object.keys(filters).length) {
    ui.triggerFilters(filters);
  }
  if (query) {
    ui.triggerSearch(query);
  }

  // The header's box shows the current query; on this page it searches without reloading.
  var headerForm = document.querySelector("form.mc-search-box");
  var headerInput = headerForm && headerForm.querySelector("input[name=q]");
  if (headerInput) {
    headerInput.value = query;
    headerForm.addEventListener("submit", function (event) {
      event.preventDefault();
      ui.triggerSearch(headerInput.value.trim());
      var input = root.querySelector("input[type=text], input[type=search]");
      if (input) {
        input.focus();
      }
    });
  }

  // Keep ?q= in step with what the reader types (replaceState: no history entry per key).
  root.addEventListener("input", function (event) {
    var target = event.target;
    if (!target || !target.matches("input[type=text], input[type=search]")) {
      return;
    }
    var url = new URL(window.location.href);
    var value = target.value.trim();
    if (value) {
      url.searchParams.set("q", value);
    } else {
      url.searchParams.delete("q");
    }
    window.history.replaceState(null, "", url);
    if (headerInput) {
      headerInput.value = value;
    }
  });
})();
