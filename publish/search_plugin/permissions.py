"""A reader's permissions looked up once per resource, not at every check.

Datasette 0.65.5 answers each ``view-table`` check (the home page makes 48: one per table and view
of each database; a table page a few) with a query of ``sqlite_master`` through its SQL threads
and a deep copy of the whole metadata, the dictionary's descriptions and canned queries included,
to find the table's ``allow`` blocks: about 20 ms of the home page's 35. banli's readers are
anonymous, its metadata is written once before Datasette starts and no plugin but Datasette's
defaults decides permissions, so an anonymous reader's answer for an action on a resource is the
same at every request: it is kept (per metadata object, should a caller replace the metadata).
A signed-in actor (``--root``) is asked about every time, as Datasette does.
"""

from __future__ import annotations


def install(datasette) -> None:
    ask = datasette.permission_allowed
    known: dict[tuple, object] = {}

    async def permission_allowed(actor, action, resource=None, default=False):
        if actor is not None:
            return await ask(actor, action, resource=resource, default=default)
        key = (id(datasette._metadata_local), action, tuple(resource) if isinstance(resource, list) else resource, default)
        if key not in known:
            known[key] = await ask(actor, action, resource=resource, default=default)
        return known[key]

    datasette.permission_allowed = permission_allowed
