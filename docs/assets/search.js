/* Manchette: the search page (/recherche/), on Pagefind's JavaScript API.
 *
 * Why not Pagefind's ready-made UI: it downloads every filter of the archive as soon as it
 * starts (about 0.6 MB at 10,000 articles), before the reader has asked for any. Here a query
 * downloads only the index chunks for its words and the five results it shows; the filters
 * come when the reader opens them (or follows a link that uses one).
 *
 * The archive is indexed in periods of about 1,000 articles (periods.json, written by
 * manchette/search.py): a query searches the newest periods, about 1,000 articles, and goes
 * further back when the reader asks for older articles. A word found in nearly every article
 * thus costs the reader a small share of the index, not the whole archive's.
 *
 * The query and the filters live in the address (?q=...&acteur=...), so a search can be
 * linked. Every URL is relative, so the site works under a sub-path. Text from the index is
 * inserted as text, never as markup: only Pagefind's <mark> highlights are rebuilt.
 */
(function () {
  "use strict";

  const root = document.getElementById("mc-search");
  if (!root) {
    return;
  }
  const FACETS = [
    ["acteur", "Acteurs"],
    ["thème", "Thèmes"],
    ["source", "Sources"],
    ["auteur", "Auteurs"],
    ["année", "Années"],
    ["citations", "Citations de"], // the actors an article quotes (their words, by topic)
  ];
  const PAGE_SIZE = 5;
  const SHOWN_VALUES = 12; // per facet, the others are reached by typing in its box
  const DEBOUNCE_MS = 150;
  // While typing, a word of one or two letters is not searched yet (Enter searches it): its
  // prefix matches a good part of the French language, whose index chunks are the heaviest.
  const MIN_TYPED = 3;
  // Words that are in nearly every article: in a query of several words they would only add
  // the heaviest chunks of the index (and seconds of work) without changing the results much.
  const STOP_WORDS = new Set(
    (
      "a à au aux avec ce ces cet cette d dans de des du elle en est et il ils je l la le les " +
      "leur leurs lui mais ne ni nous on ou par pas plus pour qu que qui sa se ses son sur un " +
      "une vous y"
    ).split(" "),
  );

  const input = root.querySelector("#mc-search-input");
  const status = root.querySelector("#mc-search-status");
  const list = root.querySelector("#mc-search-results");
  const more = root.querySelector("#mc-search-more");
  const older = root.querySelector("#mc-search-older");
  const toggle = root.querySelector("#mc-search-filters");
  const facetsBox = root.querySelector("#mc-search-facets");
  const chosenBox = root.querySelector("#mc-search-chosen");
  const bundle = new URL(root.getAttribute("data-bundle") || "../pagefind/", window.location.href);

  const selected = new Map(); // facet -> Set of values
  let loading = null; // Promise of {module, periods, firstArticles}
  const instances = []; // one Pagefind instance per period, made when first searched
  let allFilters = null; // facet -> {value: count}, once the reader opens the filters
  // The search on screen: its periods searched so far, results found, results shown.
  let current = { token: 0, term: "", filters: {}, searched: 0, results: [], shown: 0, counts: {} };

  const params = new URLSearchParams(window.location.search);
  input.value = (params.get("q") || "").trim();
  for (const [facet] of FACETS) {
    const values = params.getAll(facet).filter(Boolean);
    if (values.length) {
      selected.set(facet, new Set(values));
    }
  }

  function load() {
    if (!loading) {
      loading = Promise.all([
        import(new URL("pagefind.js", bundle).href),
        fetch(new URL("periods.json", bundle)).then((response) => {
          if (!response.ok) {
            throw new Error(`periods.json: ${response.status}`);
          }
          return response.json();
        }),
      ]).then(([module, data]) => ({
        module,
        periods: data.periods,
        firstArticles: data.first_search_articles || 0,
      }));
      loading.catch(() => {
        say("La recherche n'est pas disponible : l'index de l'archive est introuvable.");
      });
    }
    return loading;
  }

  // The Pagefind instance of period `i`. Pagefind chooses an instance's index from the page's
  // <html lang> at creation, so the period's tag (fr-x-1a2b3c4d) is put there for that moment
  // only. Instances are made one after the other: the first downloads the WebAssembly, the
  // next ones find it in the browser's cache.
  function instance(api, i) {
    if (!instances[i]) {
      const before = i > 0 ? instance(api, i - 1) : Promise.resolve();
      instances[i] = before.then(async (previous) => {
        if (previous) {
          await previous.ready;
        }
        const html = document.documentElement;
        const lang = html.getAttribute("lang");
        html.setAttribute("lang", api.periods[i].key);
        let made;
        try {
          made = api.module.createInstance({ basePath: bundle.pathname, excerptLength: 30 });
        } finally {
          html.setAttribute("lang", lang);
        }
        await made.init();
        // Ready once its index and the WebAssembly are in: after a first (empty) search.
        made.ready = made.search("", {});
        return made;
      });
    }
    return instances[i];
  }

  // What period `i` holds for the words (or, without words, for the filters alone: newest
  // first, the articles without a date after the others, since sorting leaves them out).
  async function searchPeriod(api, i, term, filters) {
    const pagefind = await instance(api, i);
    if (term) {
      const found = await pagefind.search(term, { filters });
      return { results: found.results, counts: found.filters };
    }
    const sorted = await pagefind.search(null, { filters, sort: { date: "desc" } });
    const all = await pagefind.search(null, { filters });
    const dated = new Set(sorted.results.map((result) => result.id));
    const results = sorted.results.concat(all.results.filter((r) => !dated.has(r.id)));
    return { results, counts: all.filters };
  }

  function addCounts(total, counts) {
    for (const [facet, values] of Object.entries(counts || {})) {
      const into = (total[facet] = total[facet] || {});
      for (const [value, count] of Object.entries(values)) {
        into[value] = (into[value] || 0) + count;
      }
    }
    return total;
  }

  function monthName(month) {
    const [year, number] = month.split("-").map(Number);
    return new Intl.DateTimeFormat("fr-FR", {
      month: "long",
      year: "numeric",
      timeZone: "UTC",
    }).format(new Date(Date.UTC(year, number - 1, 1)));
  }

  function say(text) {
    status.textContent = text;
  }

  function chosenFilters() {
    const out = {};
    for (const [facet, values] of selected) {
      if (values.size) {
        out[facet] = { any: Array.from(values) };
      }
    }
    return out;
  }

  function plural(count, one, many) {
    return `${count.toLocaleString("fr-FR")} ${count === 1 ? one : many}`;
  }

  function syncAddress() {
    const url = new URL(window.location.href);
    url.search = "";
    const term = input.value.trim();
    if (term) {
      url.searchParams.set("q", term);
    }
    for (const [facet, values] of selected) {
      for (const value of values) {
        url.searchParams.append(facet, value);
      }
    }
    window.history.replaceState(null, "", url);
    const header = document.querySelector("form.mc-search-box input[name=q]");
    if (header) {
      header.value = term;
    }
  }

  function searchable(text) {
    const words = text.split(/\s+/).filter(Boolean);
    const kept = words.filter((word) => !STOP_WORDS.has(word.toLocaleLowerCase("fr")));
    return (kept.length ? kept : words).join(" ");
  }

  async function run(immediate) {
    syncAddress();
    renderChosen();
    const typed = input.value.trim();
    const term = searchable(typed);
    const filters = chosenFilters();
    const token = ++current.token;
    if (!term && !Object.keys(filters).length) {
      list.replaceChildren();
      more.hidden = older.hidden = true;
      say("");
      return;
    }
    const lastWord = term.split(" ").pop();
    if (!immediate && term && lastWord.length < MIN_TYPED) {
      say(`Appuyez sur Entrée pour chercher « ${typed} »`);
      return;
    }
    say("Recherche…");
    const api = await load().catch(() => null);
    if (!api) {
      return;
    }
    if (!immediate) {
      // Our own debounce rather than Pagefind's debouncedSearch, which downloads the index
      // chunks of every prefix typed on the way ("l", "la", "lav"...): at 10,000 articles the
      // chunks of such short prefixes weigh hundreds of kilobytes.
      await new Promise((resolve) => setTimeout(resolve, DEBOUNCE_MS));
      if (token !== current.token) {
        return;
      }
    }
    current = { token, typed, term, filters, searched: 0, results: [], shown: 0, counts: {} };
    list.replaceChildren();
    await searchFurther(api, current, false);
  }

  // Search the next periods of `state`, newest first: for a new query, as many as it takes to
  // cover about a period's worth of articles (the newest period may be small), so that its
  // cost stays that of one period whatever the words; when the reader asks for older
  // articles, as many as it takes to find a page of results. The periods searched together
  // are ranked together; results from older periods come after those already listed.
  async function searchFurther(api, state, fillPage) {
    const found = [];
    let covered = 0;
    do {
      const i = state.searched;
      const part = await searchPeriod(api, i, state.term || null, state.filters);
      if (state.token !== current.token) {
        return; // a newer search has started
      }
      state.searched += 1;
      covered += api.periods[i].articles;
      found.push(...part.results);
      addCounts(state.counts, part.counts);
    } while (
      state.searched < api.periods.length &&
      (fillPage ? found.length < PAGE_SIZE : covered < api.firstArticles)
    );
    if (state.term) {
      found.sort((a, b) => b.score - a.score);
    }
    state.results.push(...found);
    report(api, state);
    if (allFilters) {
      updateCounts(state.counts);
    }
    await showMore();
  }

  function report(api, state) {
    const what = state.typed ? ` pour « ${state.typed} »` : "";
    const count = state.results.length;
    let text = count ? `${plural(count, "article", "articles")}${what}` : `Aucun article${what}`;
    const oldest = api.periods[state.searched - 1];
    const before = state.searched < api.periods.length && oldest.first;
    if (before) {
      text += ` depuis ${monthName(oldest.first)}`;
    }
    say(text);
    older.hidden = !before;
    if (before) {
      older.textContent = `Chercher aussi avant ${monthName(oldest.first)}`;
    }
  }

  // The "more" button: the next page of results, or, when they are all shown, the older
  // periods of the archive, like the "older" button next to the count (a second button
  // only once a page of results separates them).
  function updateMore(api) {
    const { results, shown, searched } = current;
    const left = api && searched < api.periods.length && shown >= PAGE_SIZE;
    more.hidden = shown >= results.length && !left;
    more.textContent = shown >= results.length && left ? older.textContent : "Plus de résultats";
  }

  async function onMore() {
    if (current.shown < current.results.length) {
      await showMore();
    } else {
      await onOlder();
    }
  }

  async function onOlder() {
    const api = await load().catch(() => null);
    if (!api || current.searched >= api.periods.length) {
      return;
    }
    more.disabled = older.disabled = true;
    say("Recherche…");
    try {
      await searchFurther(api, current, true);
    } finally {
      more.disabled = older.disabled = false;
    }
  }

  async function showMore() {
    const { results, token } = current;
    const page = results.slice(current.shown, current.shown + PAGE_SIZE);
    current.shown += page.length;
    updateMore(await load().catch(() => null));
    const items = page.map(() => {
      const item = document.createElement("li");
      item.className = "mc-result mc-result--loading";
      list.appendChild(item);
      return item;
    });
    await Promise.all(
      page.map(async (result, i) => {
        const data = await result.data().catch(() => null);
        if (token !== current.token) {
          return;
        }
        if (data) {
          fillResult(items[i], data);
        } else {
          items[i].className = "mc-result";
          items[i].textContent = "Ce résultat n'a pas pu être chargé.";
        }
      }),
    );
  }

  function marked(excerpt) {
    // Pagefind's excerpt is HTML with <mark> around the words found; keep only those.
    const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, "text/html");
    const out = document.createDocumentFragment();
    for (const node of doc.body.firstChild.childNodes) {
      if (node.nodeName === "MARK") {
        const mark = document.createElement("mark");
        mark.textContent = node.textContent;
        out.appendChild(mark);
      } else {
        out.appendChild(document.createTextNode(node.textContent));
      }
    }
    return out;
  }

  function fillResult(item, data) {
    item.className = "mc-result";
    const title = document.createElement("h2");
    title.className = "mc-result__title";
    const link = document.createElement("a");
    link.href = data.url;
    link.textContent = (data.meta && data.meta.title) || data.url;
    title.appendChild(link);
    item.appendChild(title);

    const facts = [];
    if (data.meta && data.meta.date) {
      facts.push(data.meta.date);
    }
    for (const facet of ["source", "auteur"]) {
      const values = (data.filters && data.filters[facet]) || [];
      if (values.length) {
        facts.push(values.join(", "));
      }
    }
    if (facts.length) {
      const meta = document.createElement("p");
      meta.className = "mc-result__meta";
      meta.textContent = facts.join(" · ");
      item.appendChild(meta);
    }
    const excerpt = document.createElement("p");
    excerpt.className = "mc-result__excerpt";
    excerpt.appendChild(marked(data.excerpt || ""));
    item.appendChild(excerpt);

    // Sections of a long article where the words are (not the title's own anchor).
    const sections = (data.sub_results || [])
      .filter((sub) => sub.url !== data.url && sub.title !== link.textContent)
      .slice(0, 2);
    if (sections.length) {
      const sub = document.createElement("ul");
      sub.className = "mc-result__sections";
      for (const section of sections) {
        const li = document.createElement("li");
        const a = document.createElement("a");
        a.href = section.url;
        a.textContent = section.title;
        li.appendChild(a);
        const text = document.createElement("span");
        text.appendChild(marked(section.excerpt || ""));
        li.append(" — ", text);
        sub.appendChild(li);
      }
      item.appendChild(sub);
    }
  }

  function renderChosen() {
    chosenBox.replaceChildren();
    for (const [facet, values] of selected) {
      for (const value of values) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "mc-chosen";
        button.textContent = `${value} ✕`;
        button.setAttribute("aria-label", `Retirer le filtre ${facet} : ${value}`);
        button.addEventListener("click", () => {
          values.delete(value);
          const box = facetsBox.querySelector(
            `input[data-facet="${CSS.escape(facet)}"][value="${CSS.escape(value)}"]`,
          );
          if (box) {
            box.checked = false;
          }
          run(true);
        });
        chosenBox.appendChild(button);
      }
    }
    chosenBox.hidden = !chosenBox.childElementCount;
  }

  // The facets are drawn once, when the reader opens them; a search then only changes the
  // counts in place, so a checkbox keeps the keyboard focus when it is ticked.
  const countLabels = new Map(); // "facet\u0000value" -> [label, value]
  let counts = null;

  function countText(facet, value) {
    const source = (counts && counts[facet]) || allFilters[facet] || {};
    return `${value} (${(source[value] || 0).toLocaleString("fr-FR")})`;
  }

  function renderFacets() {
    facetsBox.replaceChildren();
    countLabels.clear();
    for (const [facet, label] of FACETS) {
      const all = allFilters[facet];
      if (all && Object.keys(all).length) {
        facetsBox.appendChild(fieldset(facet, label, all));
      }
    }
  }

  function updateCounts(newCounts) {
    counts = newCounts;
    for (const [key, label] of countLabels) {
      const [facet, value] = key.split("\u0000");
      label.textContent = countText(facet, value);
    }
  }

  function fieldset(facet, label, all) {
    const set = document.createElement("fieldset");
    set.className = "mc-facet";
    const legend = document.createElement("legend");
    legend.textContent = label;
    set.appendChild(legend);
    const chosen = selected.get(facet) || new Set();
    const values = Object.keys(all).sort(
      (a, b) => chosen.has(b) - chosen.has(a) || all[b] - all[a] || a.localeCompare(b),
    );
    const box = document.createElement("div");
    box.className = "mc-facet__values";
    const draw = (needle) => {
      box.replaceChildren();
      const wanted = needle
        ? values.filter((v) => v.toLocaleLowerCase("fr").includes(needle))
        : values;
      for (const value of wanted.slice(0, SHOWN_VALUES)) {
        const id = `mc-f-${facet}-${value}`.replace(/[^\p{L}\p{N}_-]+/gu, "-");
        const line = document.createElement("div");
        const check = document.createElement("input");
        check.type = "checkbox";
        check.id = id;
        check.value = value;
        check.dataset.facet = facet;
        check.checked = (selected.get(facet) || new Set()).has(value);
        check.addEventListener("change", () => {
          const picked = selected.get(facet) || new Set();
          if (check.checked) {
            picked.add(value);
          } else {
            picked.delete(value);
          }
          selected.set(facet, picked);
          run(true);
        });
        const text = document.createElement("label");
        text.htmlFor = id;
        text.textContent = countText(facet, value);
        countLabels.set(`${facet}\u0000${value}`, text);
        line.append(check, " ", text);
        box.appendChild(line);
      }
    };
    if (values.length > SHOWN_VALUES) {
      const find = document.createElement("input");
      find.type = "search";
      find.className = "mc-facet__find";
      find.placeholder = `Chercher parmi ${values.length.toLocaleString("fr-FR")}`;
      find.setAttribute("aria-label", `Chercher parmi les ${label.toLowerCase()}`);
      find.addEventListener("input", () => draw(find.value.trim().toLocaleLowerCase("fr")));
      set.appendChild(find);
    }
    draw("");
    set.appendChild(box);
    return set;
  }

  async function openFilters() {
    if (allFilters) {
      return;
    }
    facetsBox.textContent = "Chargement des filtres…";
    const api = await load().catch(() => null);
    if (!api) {
      return;
    }
    // Every value of every period, one period after the other (see instance()).
    const merged = {};
    for (let i = 0; i < api.periods.length; i += 1) {
      addCounts(merged, await (await instance(api, i)).filters());
    }
    allFilters = merged;
    renderFacets();
    if (input.value.trim() || selected.size) {
      run(true); // the counts of the current results
    }
  }

  // Wiring.
  // While the reader types: Pagefind, its WebAssembly and the newest period's index.
  input.addEventListener(
    "focus",
    () => load().then((api) => instance(api, 0)).catch(() => null),
    { once: true },
  );
  input.addEventListener("input", () => run(false));
  root.addEventListener("submit", (event) => {
    event.preventDefault();
    run(true);
  });
  more.addEventListener("click", onMore);
  older.addEventListener("click", onOlder);
  toggle.addEventListener("click", () => {
    const open = toggle.getAttribute("aria-expanded") !== "true";
    toggle.setAttribute("aria-expanded", String(open));
    facetsBox.hidden = !open;
    if (open) {
      openFilters();
    }
  });
  const headerForm = document.querySelector("form.mc-search-box");
  if (headerForm) {
    headerForm.querySelector("input[name=q]").value = input.value;
    headerForm.addEventListener("submit", (event) => {
      event.preventDefault();
      input.value = headerForm.querySelector("input[name=q]").value.trim();
      input.focus();
      run(true);
    });
  }
  root.hidden = false;
  if (input.value.trim() || selected.size) {
    run(true);
  } else {
    input.focus();
  }
})();
