"""Error pages without the cost of Datasette's default handler.

Datasette's own handler prints every exception (a 404 included) with ``rich`` and all local
variables when rich is installed: 0.5–2 s per error page. Ours renders the same page (same
templates, same JSON) and prints a traceback only for a real 500. A sort on a column the table
lacks is the reader's mistake: 400 with the column named, not 500.
"""

from __future__ import annotations

import traceback

from datasette.utils.asgi import Base400, Response
from datasette.views.base import DatasetteError

BAD_SORT = "Cannot sort table by "


async def error_response(datasette, request, exception) -> Response:
    status, message, title, info = _classify(exception)
    info = {**info, "ok": False, "error": message, "status": status, "title": title}
    if request.path.split("?")[0].endswith(".json"):
        return Response.json(info, status=status)
    template = datasette.jinja_env.select_template([f"{status}.html", "error.html"])
    html = await template.render_async(dict(info, urls=datasette.urls, app_css_hash=datasette.app_css_hash(),
                                            menu_links=lambda: []))
    return Response.html(html, status=status)


def _classify(exception) -> tuple[int, str, str | None, dict]:
    if isinstance(exception, Base400):
        return exception.status, exception.args[0], None, {}
    if isinstance(exception, DatasetteError):
        if str(exception.message).startswith(BAD_SORT):
            column = exception.message[len(BAD_SORT):]
            return 400, f"没有可排序的列 {column} / No sortable column named {column!r}", "Bad sort column", {}
        return exception.status, exception.message, exception.title, exception.error_dict
    traceback.print_exception(exception)
    return 500, str(exception), None, {}
