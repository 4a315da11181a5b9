"""An anonymous reader's permissions are looked up once per resource and keep their answers."""

from __future__ import annotations

import asyncio

from datasette.app import Datasette

from publish.metadata import datasette_metadata


def catalog(built_db, allow: dict | None = None) -> Datasette:
    metadata = datasette_metadata(built_db.stem)
    if allow is not None:
        metadata["databases"][built_db.stem]["tables"]["summaries"]["allow"] = allow
    return Datasette([str(built_db)], metadata=metadata)


def pages(datasette: Datasette, paths: list[str], actor: dict | None = None) -> list[int]:
    async def statuses():
        cookies = {"ds_actor": datasette.sign({"a": actor}, "actor")} if actor else {}
        return [(await datasette.client.get(path, cookies=cookies)).status_code for path in paths]
    return asyncio.run(statuses())


def test_a_table_closed_by_its_metadata_stays_closed_and_the_others_open(built_db):
    datasette = catalog(built_db, allow={"id": "editor"})
    database = built_db.stem
    assert pages(datasette, [f"/{database}/summaries", f"/{database}/documents"] * 2) == [403, 200, 403, 200]
    assert pages(datasette, [f"/{database}/summaries"], actor={"id": "editor"}) == [200]
    assert pages(datasette, [f"/{database}/summaries"]) == [403]


def test_the_home_page_looks_each_table_up_once(built_db):
    datasette = catalog(built_db)
    looked_up = []
    lookup = datasette._table_permission_allows

    def counted(database, table):
        looked_up.append((database, table))
        return lookup(database, table)
    datasette._table_permission_allows = counted
    pages(datasette, ["/"])
    first = len(looked_up)
    assert pages(datasette, ["/", "/"]) == [200, 200]
    assert first > 0 and len(looked_up) == first
