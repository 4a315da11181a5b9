"""One module per platform family; :func:`build_site` picks the one the platform table names."""

from __future__ import annotations

import importlib

from banli.sources import PLATFORM_TABLE


def build_site(source: dict, catalog):
    module = importlib.import_module(PLATFORM_TABLE[source["platform"]].replica_site)
    return module.site_for(source, catalog)
