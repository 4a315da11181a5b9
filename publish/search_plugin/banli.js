// banli's few page tweaks (served at /-/banli.js by publish/search_plugin.py).

document.addEventListener("DOMContentLoaded", () => {
  // The column descriptions above a table, folded away so the search box and rows come first.
  const descriptions = document.querySelector("dl.column-descriptions");
  if (descriptions) {
    const details = document.createElement("details");
    details.className = "column-descriptions";
    const summary = document.createElement("summary");
    summary.textContent = "列说明 / Column descriptions";
    descriptions.replaceWith(details);
    details.append(summary, descriptions);
  }
  const search = document.querySelector("input#_search");
  if (search) {
    search.placeholder = "输入词语，空格分隔，繁简均可，如：养老 服务 / Words, all must appear";
  }
});

// datasette-vega draws a chart from a #g.… fragment only when the page loads: a link that
// only changes the fragment (e.g. "Show the chart" on the figures query) reloads the page.
window.addEventListener("hashchange", () => {
  if (location.hash.startsWith("#g.") && !document.querySelector(".vega-embed")) {
    location.reload();
  }
});
