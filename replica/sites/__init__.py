"""One module per platform family; :func:`build_site` picks the right one for a source."""

from __future__ import annotations

import importlib

PLATFORM_MODULES = {
    "trs": "replica.sites.trs",
    "hanweb": "replica.sites.hanweb",
    "gkmlpt": "replica.sites.gkmlpt",
    "html_list": "replica.sites.html_list",
    "repost": "replica.sites.repost",
    "js_list": "replica.sites.js_list",
    "jpaas": "replica.sites.jpaas",
}


def build_site(source: dict, catalog):
    module = importlib.import_module(PLATFORM_MODULES[source["platform"]])
    return module.site_for(source, catalog)
