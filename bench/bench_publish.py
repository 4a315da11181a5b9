"""Benchmark: publish N archived documents, then Datasette JSON latency, search vs a LIKE scan.

    python bench/bench_publish.py [--documents 100000] [--requests 50] [--workdir DIR]
    python bench/bench_publish.py --latency-only DB [--requests 50]   # step 4 only

1. Crawl the local replica once (real pages of every registered platform) and multiply those
   pages into an archive of N distinct documents (new URL, title and a varying paragraph each).
2. Full publish (normalizing included): time and database size.
3. Change 100 documents in a new crawl run; incremental publish: time.
4. Datasette through its own client, set up as `banli serve` runs it (immutable, inspect file,
   same settings), median and p95 over --requests requests of every page a reader opens (target:
   p95 < 50 ms each): home, the documents table (HTML and JSON, default facets), 1- and
   2-character searches of a typical term (in a few percent of documents) and a common one (in
   about 30%) with the default facets, the search query with snippets, a document page, the
   summaries table, the compare query and a 404 (also the median CPU time per request, steadier than
   wall time on a shared machine); and, as the baseline, the 2-character searches
   without facets against the same filter as a plain LIKE scan.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from archive.store import Archive  # noqa: E402
from banli.sources import load_registry, replica_sources  # noqa: E402
from publish.build import publish  # noqa: E402
from publish.metadata import datasette_metadata  # noqa: E402
from publish.serve import DATASETTE_SETTINGS, write_inspect_file  # noqa: E402

WORDS = ["养老服务", "殡葬改革", "婚姻登记", "社会救助", "儿童福利", "社区治理", "慈善事业", "残疾人福利", "地名管理", "医疗保障"]
# Typical: in a few percent of documents (the targets apply to it); common: in about 30%.
SEARCH_TERMS = {"typical": "公墓", "common": "殡葬"}
SHORT_TERMS = {"1-char typical": "墓", "1-char common": "葬"}
PAGE_TARGET_MS = 50
# Datasette's note on a page whose facets took longer than facet_time_limit_ms (they are left out):
# a fast page without its facets is reported as such.
FACETS_TIMED_OUT = "These facets timed out"
EXPECTED_STATUS = {"404 page": 404}
TARGETS = {"search_p95_ms": 50, "search_speedup": 10, "full_publish_s": 300, "incremental_publish_s": 30}


def replica_templates(workdir: Path) -> list[dict]:
    from replica.server import running_replica
    from spiders.run import run_crawl

    seed_archive = workdir / "seed-archive"
    with running_replica() as host_map:
        run_crawl(replica_sources(), archive_root=seed_archive, replica_map=host_map)
    archive = Archive(seed_archive)
    archive.update_index()
    return [{**page, "body": archive.get_blob(page["sha256"])} for page in archive.latest_pages(kinds=("detail",))]


def variant(template: dict, number: int, revision: int = 0) -> tuple[str, bytes]:
    """A distinct page made from a replica page: its own URL, title suffix and paragraph."""
    rng = random.Random(number * 7919 + revision)
    html = template["body"].decode("utf-8", errors="replace")
    sentence = f"第{number}号：{'、'.join(rng.sample(WORDS, 3))}相关建议{rng.randint(1, 99)}件，修订{revision}。"
    html = html.replace("</p>", f"</p><p>{sentence}</p>", 1)
    url = template["url"].rsplit("/", 1)[0] + f"/bench{number}.html"
    return url, html.encode("utf-8")


def fill_archive(root: Path, templates: list[dict], count: int, run_id: str, numbers=None, revision: int = 0) -> None:
    log = Archive(root).open_run(run_id, worker="bench")
    for number in numbers if numbers is not None else range(count):
        template = templates[number % len(templates)]
        url, body = variant(template, number, revision)
        log.record_fetch(url=url, source_id=template["source_id"], kind="detail", status=200, body=body,
                         headers=template["headers"], listing=template["listing"], parent_url=template.get("parent_url"))
    log.close()


def timed(label: str, function, *args, **kwargs):
    started = time.monotonic()
    value = function(*args, **kwargs)
    seconds = time.monotonic() - started
    print(f"{label}: {seconds:.1f} s", flush=True)
    return value, seconds


TEXTS_JOIN = "documents left join document_texts on document_texts.document_id = documents.id"


def term_shares(db_path: Path) -> dict[str, float]:
    """Share of documents whose title or text contains each bench term (a LIKE count, once)."""
    conn = sqlite3.connect(db_path)
    total = conn.execute("select count(*) from documents").fetchone()[0]
    terms = [*SEARCH_TERMS.values(), *SHORT_TERMS.values()]
    return {term: conn.execute(f"select count(*) from {TEXTS_JOIN} where title like ?1 or text like ?1",
                               [f"%{term}%"]).fetchone()[0] / total for term in terms}


def sample_document(db_path: Path) -> int:
    """A summary's id (the document page a journalist opens), else any document's."""
    conn = sqlite3.connect(db_path)
    row = conn.execute("select document_id from summaries order by document_id limit 1").fetchone() \
        or conn.execute("select id from documents order by id limit 1").fetchone()
    return row[0]


def latency_paths(database: str, document_id: int) -> dict[str, str]:
    """Requests to time: every page a reader opens, HTML with its default facets, plus the JSON API.

    The typical and common 2-character searches are also timed without facets beside the same
    filter as a plain LIKE scan over titles and texts (the baseline).
    """
    table = f"/{database}/documents"
    paths = {
        "home page": "/",
        "table page HTML": table,
        "table page JSON": f"{table}.json",
        "facets (default) JSON": f"{table}.json?_size=0",
    }
    for kind, term in {**SHORT_TERMS, **SEARCH_TERMS}.items():
        paths[f"search {kind} {term} +facets"] = f"{table}?_search={term}"
    for kind, term in SEARCH_TERMS.items():
        like = (f"_where=id in (select document_id from document_texts where text like '%25{term}%25') "
                f"or title like '%25{term}%25'")
        paths[f"search {kind} {term}"] = f"{table}.json?_nofacet=1&_search={term}&_size=20"
        paths[f"LIKE {kind} {term}"] = f"{table}.json?_nofacet=1&{like}&_size=20"
        paths[f"search query {kind}"] = f"/{database}/search?q={term}"
    paths.update({
        "document page": f"{table}/{document_id}",
        "summaries page": f"/{database}/summaries",
        "compare query": f"/{database}/compare",
        "404 page": f"{table}/1",
    })
    return paths


def serving_datasette(db_path: Path, workdir: Path):
    """Datasette as `banli serve` runs it: immutable, inspect file, the same settings and plugins."""
    from datasette.app import Datasette

    inspect_file = write_inspect_file(db_path, workdir / f"{db_path.stem}.inspect.json")
    return Datasette(immutables=[str(db_path)], inspect_data=json.loads(inspect_file.read_text()),
                     metadata=datasette_metadata(db_path.stem), settings=DATASETTE_SETTINGS)


def latency(db_path: Path, workdir: Path, requests: int) -> dict[str, tuple[float, float, int, float]]:
    """{page: (median ms, p95 ms, requests whose facets timed out, median CPU ms)}. CPU is the process's
    time (its SQL threads included): steadier than wall time on a machine shared with other work."""
    datasette = serving_datasette(db_path, workdir)

    async def measure(name: str, path: str) -> tuple[float, float, int, float]:
        samples, cpu, timed_out = [], [], 0
        for _ in range(requests + 2):
            started, started_cpu = time.perf_counter(), time.process_time()
            response = await datasette.client.get(path)
            samples.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
            assert response.status_code == EXPECTED_STATUS.get(name, 200), response.text[:300]
            timed_out += FACETS_TIMED_OUT in response.text
        samples = sorted(samples[2:])  # the first two warm caches
        return (statistics.median(samples), samples[max(0, round(0.95 * len(samples)) - 1)], timed_out,
                statistics.median(cpu[2:]))

    async def measure_all():
        paths = latency_paths(db_path.stem, sample_document(db_path))
        return {name: await measure(name, path) for name, path in paths.items()}

    return asyncio.run(measure_all())


def report_latency(results: dict[str, tuple[float, float, int, float]], shares: dict[str, float], requests: int) -> None:
    print(f"\nDatasette latency over {requests} requests (ms), settings as `banli serve`; HTML pages with their "
          f"default facets; search and LIKE (the baseline) both JSON with _nofacet=1; CPU: the process's time "
          f"(SQL threads included), steadier than wall time on a shared machine:")
    for name, (median, p95, timed_out, cpu) in results.items():
        verdict = "" if name.startswith("LIKE") else ("  ok" if p95 < PAGE_TARGET_MS else f"  over {PAGE_TARGET_MS} ms")
        note = f"  (facets timed out on {timed_out} of {requests + 2})" if timed_out else ""
        print(f"  {name:<30} median {median:8.1f}   p95 {p95:8.1f}   CPU median {cpu:6.1f}{verdict}{note}")
    for kind, term in SEARCH_TERMS.items():
        search, like = results[f"search {kind} {term}"], results[f"LIKE {kind} {term}"]
        print(f"  {kind} term {term}: in {shares[term]:.1%} of documents; "
              f"LIKE/search median {like[0] / search[0]:.1f}×, p95 {like[1] / search[1]:.1f}×")


def publish_figures(workdir: Path, documents: int) -> tuple[Path, float, float]:
    """Steps 1–3; returns the database and the full and incremental publish seconds."""
    registry = load_registry()
    templates, _ = timed("crawl the replica for page templates", replica_templates, workdir)
    archive_root, db_path = workdir / "archive", workdir / "banli.db"
    timed(f"archive {documents} documents", fill_archive, archive_root, templates, documents, "20250101T000000Z")
    timed("update the archive index", Archive(archive_root).update_index)
    full, full_seconds = timed("full publish (normalizing included)", publish, archive_root, db_path, registry=registry)
    print(f"  normalized {full.normalized}, failed {len(full.failures)}; database {db_path.stat().st_size / 2**20:.0f} MiB")
    changed = random.Random(1).sample(range(documents), 100)
    fill_archive(archive_root, templates, documents, "20250102T000000Z", numbers=changed, revision=1)
    incremental, incremental_seconds = timed("incremental publish after 100 changed documents", publish,
                                             archive_root, db_path, registry=registry)
    print(f"  normalized {incremental.normalized}, changed {incremental.changed}")
    return db_path, full_seconds, incremental_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=50)
    parser.add_argument("--workdir", type=Path)
    parser.add_argument("--latency-only", type=Path, metavar="DB", help="Only time Datasette on an existing database.")
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="banli-bench-"))
    if args.latency_only:
        db_path, full_seconds, incremental_seconds = args.latency_only, None, None
    else:
        db_path, full_seconds, incremental_seconds = publish_figures(workdir, args.documents)
    results = latency(db_path, workdir, args.requests)
    report_latency(results, term_shares(db_path), args.requests)
    typical = SEARCH_TERMS["typical"]
    search_p95 = results[f"search typical {typical}"][1]
    speedup = results[f"LIKE typical {typical}"][0] / results[f"search typical {typical}"][0]
    print(f"\ntypical search p95 {search_p95:.1f} ms (target < {TARGETS['search_p95_ms']}); "
          f"median speed-up over LIKE {speedup:.1f}× (target ≥ {TARGETS['search_speedup']})")
    pages = [name for name in results if not name.startswith("LIKE")]
    over = [name for name in pages if results[name][1] >= PAGE_TARGET_MS]
    incomplete = [name for name in pages if results[name][2]]
    print(f"pages with p95 < {PAGE_TARGET_MS} ms: {len(pages) - len(over)} of {len(pages)}"
          + (f"; over: {', '.join(over)}" if over else "")
          + (f"; facets timed out on some requests of: {', '.join(incomplete)}" if incomplete else ""))
    if full_seconds is not None:
        print(f"full publish {full_seconds:.0f} s (target < {TARGETS['full_publish_s']}); "
              f"incremental {incremental_seconds:.1f} s (target < {TARGETS['incremental_publish_s']})")


if __name__ == "__main__":
    main()
