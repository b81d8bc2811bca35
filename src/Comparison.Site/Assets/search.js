// Progressive enhancement for /search/: as the reader types, ask the search API and redraw the
// results. Without this script the form submits and the server renders the same results.
// Text is inserted with textContent only; the API's snippets are HTML-escaped text with <mark>,
// which is rebuilt as elements, so nothing from the index is parsed as markup.
(function () {
  "use strict";
  var form = document.querySelector("form.search-form[data-api]");
  var results = document.getElementById("search-results");
  if (!form || !results || !window.fetch) { return; }
  var input = form.querySelector("input[name=q]");
  var date = form.querySelector("input[name=asOf]");
  var api = form.getAttribute("data-api");
  var timer = null;
  var latest = 0;

  function el(name, text, cls) {
    var node = document.createElement(name);
    if (text !== undefined && text !== null) { node.textContent = text; }
    if (cls) { node.className = cls; }
    return node;
  }

  function decode(escaped) {
    var area = document.createElement("textarea");
    area.innerHTML = escaped; // a textarea's content is text: entities decode, tags do not run
    return area.value;
  }

  function snippet(html) {
    var p = el("p", null, "snippet");
    html.split(/(<mark>|<\/mark>)/).reduce(function (inMark, part) {
      if (part === "<mark>") { return true; }
      if (part === "</mark>") { return false; }
      if (part) { p.appendChild(inMark ? el("mark", decode(part)) : document.createTextNode(decode(part))); }
      return inMark;
    }, false);
    return p;
  }

  function sameSite(link) { return typeof link === "string" && link.charAt(0) === "/" && link.charAt(1) !== "/" ? link : "#"; }

  function render(data, query) {
    results.textContent = "";
    results.appendChild(el("p", data.total + (data.total === 1 ? " result" : " results") + " for \u201c" + query + "\u201d.", "count"));
    var list = el("ol", null, "hits");
    (data.hits || []).forEach(function (hit) {
      var item = el("li");
      var h = el("h2");
      var a = el("a", hit.title);
      a.href = sameSite(hit.permalink);
      h.appendChild(a);
      item.appendChild(h);
      item.appendChild(el("p", hit.jurisdictionName + " \u00b7 " + hit.kind + (hit.value ? " \u00b7 " + hit.value : ""), "meta"));
      (hit.snippets || []).forEach(function (s) { item.appendChild(snippet(s)); });
      list.appendChild(item);
    });
    results.appendChild(list);
  }

  function search() {
    var query = input.value.trim();
    if (query.length < 2) { return; }
    var ticket = ++latest;
    var url = api + "/search?q=" + encodeURIComponent(query) + (date && date.value ? "&asOf=" + encodeURIComponent(date.value) : "");
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (data && ticket === latest) {
          render(data, query);
          history.replaceState(null, "", "?q=" + encodeURIComponent(query));
        }
      })
      .catch(function () { /* the form still works by submitting */ });
  }

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });
})();
