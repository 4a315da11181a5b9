"""Repost sites (essay and 百科 mirrors) that copy government documents."""

from spiders.html_list import HtmlListSpider


class RepostSiteSpider(HtmlListSpider):
    """Essay and 百科 mirrors (靈感範文站, 侦策百科): selector-driven lists paged by 下一页.

    The same listing as :class:`~spiders.html_list.HtmlListSpider`, with the ``a.next`` link
    these sites use as the default pagination. Their lists also carry ads and links to
    other sites; the offsite filter (``allowed_domains``) keeps the crawl on the source host.
    """

    platform = "repost"
    next_page_selector = "a.next"
