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
    search.placeholder = "养老 服务 · 养老 OR 殡葬 · 殡葬 -公墓";
    const help = document.createElement("p");
    help.className = "banli-search-help";
    help.textContent = "空格分隔的词全部须出现；OR 表示任一；-词 或 NOT 词 表示排除；繁简均可。 / All words must appear; OR: either; -word or NOT word: exclude. ";
    const withSnippets = document.createElement("a");
    const database = location.pathname.split("/")[1];
    withSnippets.href = `/${database}/search?q=${encodeURIComponent(search.value)}`;
    withSnippets.textContent = "看带摘要的结果 / Results with snippets →";
    search.addEventListener("input", () => {
      withSnippets.href = `/${database}/search?q=${encodeURIComponent(search.value)}`;
    });
    help.append(withSnippets);
    search.closest("form").after(help);
  }
  // Coded facet values read in Chinese: 办理总结 (summary).
  document.querySelectorAll(".facet-info[data-column]").forEach((facet) => {
    const labels = BANLI_LABELS[facet.dataset.column];
    if (!labels) return;
    facet.querySelectorAll("li > a:first-child").forEach((link) => {
      const code = link.textContent.trim();
      if (labels[code]) link.textContent = `${labels[code]} (${code})`;
    });
  });
});

// datasette-vega draws a chart from a #g.… fragment only when the page loads: a link that
// only changes the fragment (e.g. "Show the chart" on the figures query) reloads the page.
window.addEventListener("hashchange", () => {
  if (location.hash.startsWith("#g.") && !document.querySelector(".vega-embed")) {
    location.reload();
  }
});
