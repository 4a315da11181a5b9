"""What the spiders hand to the item pipeline: raw fetched pages, never parsed documents."""

import scrapy


class RawPage(scrapy.Item):
    """One fetch, as it came off the wire (see docs/platforms.md, "Raw page item").

    ``kind`` is ``list`` (a list or API page), ``detail``, ``attachment`` or ``recheck`` (a
    known detail URL the lists no longer show). A failed fetch has ``body`` None and
    ``error`` set; ``status`` is the HTTP status when there was an answer.
    """

    url = scrapy.Field()
    status = scrapy.Field()
    headers = scrapy.Field()
    body = scrapy.Field()
    fetched_at = scrapy.Field()
    source_id = scrapy.Field()
    kind = scrapy.Field()
    listing = scrapy.Field()
    parent_url = scrapy.Field()
    error = scrapy.Field()
