"""Documents per second for normalize_page beside plain lxml parsing of the same pages (one core).

    python bench/bench_normalize.py [--pages N] [--rounds 5] [--pages-dir DIR | --replica [SIZE] | --real [CORPUS]]

Without --pages-dir or --replica the pages are the five seed texts wrapped in TRS (Wuhan), Jiading
CMS and Yichun (GBK) chrome with realistic navigation, about 25 KB each. With --pages-dir every
*.html / *.htm / *.shtml file in the directory is used instead; with --replica the detail page of
every document the replica's catalogue lists for every registered source (SIZE documents a source,
rendered in-process as its server would send them); with --real N of the labelled real pages, spread over the
corpus, each once. The five seeds repeat: a cost paid once per distinct page (a regex compiled for each page's
issuer cost more than the rest of normalize until December 2026) shows only with --real. Memory: peak traced allocation of one pass at
two sizes (flat means no growth with the number of documents).

The tables normalize loads once a process (gazetteer, jionlp's word lists, OpenCC, the kind model:
about a second) are loaded before the timing by `normalize.tables.load_tables`; until December 2026 the
warm-up was one page, and the tables the other pages asked for (jionlp's idf list, 0.6 s) were timed.
"""

import argparse
import html
import platform
import statistics
import sys
import time
import tracemalloc
from itertools import cycle, islice
from pathlib import Path

import lxml.html

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # this checkout's normalize, not an installed one

from normalize import normalize_page  # noqa: E402
from normalize.tables import load_tables  # noqa: E402

SEEDS = Path(__file__).parents[1] / "tests" / "normalize" / "fixtures" / "seeds"
REAL_CORPUS = Path(__file__).parents[1] / "tests" / "real"
NAV = "".join(f'<li><a href="/col/col{n}/index.html">政务公开栏目{n}</a></li>' for n in range(160))
FOOTER = '<div class="footer">网站标识码:4201000028 版权所有:某市民政局 主办:某市民政局</div>'


def _paragraphs(text: str) -> str:
    return "\n".join(f"<p>{html.escape(line.strip())}</p>" for line in text.split("\n") if line.strip())


def _trs(text: str) -> bytes:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><meta name="SiteName" content="武汉市民政局">'
            f'<title>页面_武汉市民政局</title></head><body><ul class="nav">{NAV}</ul>'
            f'<ul class="meta"><li>索&nbsp;引&nbsp;号 010886343/2021-62972</li><li>发布机构 武汉市民政局</li></ul>'
            f'<div class="TRS_UEDITOR">{_paragraphs(text)}</div><div>已阅 0 打印 关闭</div>{FOOTER}</body></html>'
            ).encode()


def _jiading(text: str) -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>'
            f'<ul class="menu">{NAV}</ul><table><tr><td>索引号:</td><td>00001434-9/2021-00178</td><td>发布机构:</td>'
            f'<td>区民政局</td></tr></table><div id="ivs_content" class="content">{_paragraphs(text)}</div>'
            f'{FOOTER}</body></html>').encode()


def _yichun(text: str) -> bytes:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>'
            f'<div>您当前所在位置: 首页&gt;政务公开&gt;人大建议</div><ul>{NAV}</ul><div>访问量:12</div>'
            f'<div id="zoom">{_paragraphs(text)}</div>{FOOTER}</body></html>').encode("gb18030", errors="replace")


def built_pages() -> list[bytes]:
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    return [wrap(text) for text in texts for wrap in (_trs, _jiading, _yichun)]


def directory_pages(directory: Path) -> list[bytes]:
    paths = [path for pattern in ("*.html", "*.htm", "*.shtml") for path in sorted(directory.rglob(pattern))]
    return [path.read_bytes() for path in paths]


def real_pages(corpus: Path, count: int) -> list[bytes]:
    """About count of the labelled real corpus's stored pages (tests/real/pages), spread over the corpus by id: every
    page a different body, headline and layout, so no cache a repeated page warms (re's pattern cache, lru_caches)
    flatters the rate."""
    paths = sorted((corpus / "pages").glob("*.txt"))
    return [path.read_bytes() for path in paths[::max(1, len(paths) // count)]]


def replica_pages(size: int) -> list[bytes]:
    from urllib.parse import urlsplit

    from banli.sources import replica_sources
    from replica.catalog import SourceCatalog, expected_documents
    from replica.messages import Request
    from replica.sites import build_site

    pages = []
    for source in replica_sources():
        site = build_site(source, SourceCatalog(source, size))
        for expected in expected_documents(source["id"], size):
            reply = site.respond(Request("GET", urlsplit(expected["url"]).path))
            if reply.status == 200:
                pages.append(reply.body)
    return pages


def rate(function, pages: list[bytes]) -> float:
    start = time.perf_counter()
    for page in pages:
        function(page)
    return len(pages) / (time.perf_counter() - start)


def peak_traced(pages: list[bytes]) -> int:
    tracemalloc.start()
    for page in pages:
        normalize_page(page)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=2000, help="documents per timed run")
    parser.add_argument("--rounds", type=int, default=5, help="slices of the pages, each timed on its own: median and best printed")
    sources = parser.add_mutually_exclusive_group()
    sources.add_argument("--pages-dir", type=Path, help="directory of HTML pages")
    sources.add_argument("--replica", type=int, nargs="?", const=40, metavar="SIZE",
                         help="the replica catalogue's detail pages, SIZE documents a source (default 40)")
    sources.add_argument("--real", type=Path, nargs="?", const=REAL_CORPUS, metavar="CORPUS",
                         help="the labelled real pages (default tests/real), each distinct")
    arguments = parser.parse_args()
    if arguments.real:
        distinct = real_pages(arguments.real, arguments.pages)
    elif arguments.pages_dir:
        distinct = directory_pages(arguments.pages_dir)
    elif arguments.replica:
        distinct = replica_pages(arguments.replica)
    else:
        distinct = built_pages()
    if not distinct:
        raise SystemExit("no pages found")
    pages = list(islice(cycle(distinct), arguments.pages))
    average_kb = sum(map(len, distinct)) / len(distinct) / 1024
    load_tables()  # the gazetteer, word lists, OpenCC and the kind model: once a process, outside the timing
    size = max(1, len(pages) // arguments.rounds)
    lxml_rates, normalize_rates = [], []
    for start in range(0, size * arguments.rounds, size):  # slices timed by both in turn: the same host moments
        lxml_rates.append(rate(lxml.html.fromstring, pages[start:start + size]))
        normalize_rates.append(rate(normalize_page, pages[start:start + size]))
    lxml_rate, normalize_rate = statistics.median(lxml_rates), statistics.median(normalize_rates)
    print(f"pages: {len(pages)} ({len(distinct)} distinct, {average_kb:.1f} KB average); "
          f"Python {platform.python_version()} from {sys.base_prefix} (scripts/setup prefers /usr/bin/python3)")
    print(f"lxml parse only:  {lxml_rate:8.0f} docs/s (median of {arguments.rounds}; best {max(lxml_rates):.0f})")
    print(f"normalize_page:   {normalize_rate:8.0f} docs/s (median of {arguments.rounds}; best {max(normalize_rates):.0f})")
    print(f"ratio:            {normalize_rate / lxml_rate:8.3f}  (target >= 0.1, >= 500 docs/s)")
    small, large = max(len(distinct), 50), max(len(distinct), 50) * 4
    for size in (small, large):
        peak = peak_traced(list(islice(cycle(distinct), size)))
        print(f"peak traced memory over {size:5d} docs: {peak / 1e6:6.2f} MB")


if __name__ == "__main__":
    main()
