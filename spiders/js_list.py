"""Column lists that exist only after the page's scripts ran (items injected from a JSON API)."""

from spiders.html_list import HtmlListSpider


class JsListSpider(HtmlListSpider):
    """JS-rendered lists (Chengdu): list pages in headless Chromium, detail pages over plain HTTP.

    The list page arrives as an empty ``<ul>`` plus a script that fetches the items and the
    pager; the spider reads the rendered DOM, waiting for ``item_selector`` entries to exist.
    Reading the DOM rather than calling the site's JSON API directly keeps the spider working
    when the API's address, parameters or signing change, as they do with front-end releases.
    Listing and pagination are :class:`~spiders.html_list.HtmlListSpider`'s, driven by
    ``platform_options``; the rendered pager's ``a.next`` links the next page.

    Class attributes:

    platform
        ``js_list``.
    item_selector
        Default entry selector (``ul.news-list li``); the rendered page is read once one exists.
    next_page_selector
        Default pagination link (``a.next``).

    List pages always go through the browser, whatever the source's ``render`` says: on this
    platform they are empty until their scripts run.
    """

    platform = "js_list"
    item_selector = "ul.news-list li"
    next_page_selector = "a.next"

    def __init__(self, source: dict, *args, **kwargs):
        super().__init__({**source, "render": "browser"}, *args, **kwargs)
