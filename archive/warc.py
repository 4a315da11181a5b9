"""WARC export of the raw archive, for archivists (read with any WARC tool, e.g. warcio).

Each archived fetch with a body becomes a ``response`` record: the HTTP status line and
headers as logged, the body as stored. Bodies are stored decoded, so transfer and content
encodings are dropped from the headers and ``Content-Length`` is the stored length. A body
already written earlier in the same export becomes a ``revisit`` record (identical payload
digest) pointing at the first copy. ``WARC-Banli-Source`` and ``WARC-Banli-Kind`` carry the
source id and fetch kind; attachments name their page in ``WARC-Banli-Parent``.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from dataclasses import dataclass
from http import HTTPStatus
from io import BytesIO
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from archive.store import Archive

DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


@dataclass(frozen=True)
class FirstCopy:
    url: str
    date: str
    payload_digest: str


def export_warc(archive: Archive, out_path: str | Path, run_ids: list[str] | None = None) -> dict:
    """Write every archived body of ``run_ids`` (default: all runs) to a gzipped WARC file."""
    counts = {"response": 0, "revisit": 0}
    first_copies: dict[str, FirstCopy] = {}
    with open(out_path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        for run_id in run_ids or archive.run_ids():
            for record in archive.iter_records(run_id):
                if not record.get("sha256"):
                    continue
                if record["sha256"] in first_copies:
                    write_revisit(writer, record, first_copies[record["sha256"]])
                    counts["revisit"] += 1
                else:
                    first_copies[record["sha256"]] = write_response(writer, archive, record)
                    counts["response"] += 1
    return counts


def write_response(writer: WARCWriter, archive: Archive, record: dict) -> FirstCopy:
    body = archive.get_blob(record["sha256"])
    headers = warc_headers(record)
    writer.write_record(writer.create_warc_record(
        record["url"], "response", payload=BytesIO(body), length=len(body),
        http_headers=http_headers(record, len(body)), warc_headers_dict=headers))
    digest = "sha1:" + base64.b32encode(hashlib.sha1(body).digest()).decode()
    return FirstCopy(record["url"], headers["WARC-Date"], digest)


def write_revisit(writer: WARCWriter, record: dict, first: FirstCopy) -> None:
    writer.write_record(writer.create_revisit_record(
        record["url"], first.payload_digest, first.url, first.date,
        http_headers=http_headers(record, None), warc_headers_dict=warc_headers(record)))


def warc_headers(record: dict) -> dict[str, str]:
    headers = {"WARC-Date": warc_date(record["fetched_at"]), "WARC-Banli-Source": record["source_id"],
               "WARC-Banli-Kind": record["kind"]}
    if record.get("parent_url"):
        headers["WARC-Banli-Parent"] = record["parent_url"]
    return headers


def http_headers(record: dict, length: int | None) -> StatusAndHeaders:
    status = record["status"] or 200
    try:
        reason = HTTPStatus(status).phrase
    except ValueError:
        reason = ""
    headers = [(name, value) for name, value in (record.get("headers") or {}).items()
               if name.lower() not in DROPPED_HEADERS]
    if length is not None:
        headers.append(("content-length", str(length)))
    return StatusAndHeaders(f"{status} {reason}".strip(), headers, protocol="HTTP/1.1")


def warc_date(fetched_at: str) -> str:
    """ISO time from the fetch log, at the second precision WARC/1.0 asks for."""
    moment = dt.datetime.fromisoformat(fetched_at.replace("Z", "+00:00"))
    return moment.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
