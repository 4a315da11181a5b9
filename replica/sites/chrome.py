"""Page chrome shared by the site modules: head, meta tags, navigation, QR and print lines,
attachment blocks, footers, and the visible marker on synthetic documents."""

from __future__ import annotations

from html import escape

from normalize.document import SYNTHETIC_MARK
from replica.catalog import Document
from replica.sites.identity import Identity


def esc(text) -> str:
    return escape(str(text), quote=True)


def document_page(charset: str, title: str, head_extra: str, body: str, lang: str = "zh-CN") -> str:
    return (
        f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="{charset}">\n'
        f'<meta http-equiv="X-UA-Compatible" content="IE=edge">\n<title>{esc(title)}</title>\n'
        f"{head_extra}</head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def meta_tags(identity: Identity, doc: Document | None = None, column: str | None = None) -> str:
    pairs = [("SiteName", identity.site_name), ("SiteDomain", identity.domain)]
    if identity.id_code:
        pairs.append(("SiteIDCode", identity.id_code))
    if column or doc:
        pairs.append(("ColumnName", column or doc.column_name))
    if doc:
        pairs += [("ArticleTitle", doc.title), ("PubDate", f"{doc.published:%Y-%m-%d %H:%M}"),
                  ("ContentSource", doc.issuer or identity.site_name), ("Keywords", doc.column_name)]
    return "".join(f'<meta name="{name}" content="{esc(value)}">\n' for name, value in pairs)


def synthetic_mark(doc: Document) -> str:
    return SYNTHETIC_MARK + "\n" if doc.synthetic else ""


def header_nav(identity: Identity, tools: str = "") -> str:
    links = "".join(f'<li><a href="/">{esc(item)}</a></li>' for item in identity.nav)
    tool_line = f'<div class="top-tools">{tools}</div>' if tools else ""
    return (f'<div class="header">{tool_line}<div class="logo"><a href="/">{esc(identity.site_name)}</a></div>'
            f'<ul class="nav">{links}</ul></div>')


def breadcrumb(trail: list[str], prefix: str = "您当前所在位置:", separator: str = "&gt;") -> str:
    crumbs = separator.join(f'<a href="/">{esc(step)}</a>' for step in trail)
    return f'<div class="breadcrumb">{prefix} {crumbs}</div>'


def paragraphs(doc: Document, indent: str = "") -> str:
    return "\n".join(f"<p>{indent}{esc(line)}</p>" for line in doc.paragraphs)


def attachment_links(doc: Document, href: str | None) -> str:
    if not doc.attachment or not href:
        return ""
    name = f"{esc(doc.attachment.title)}.{doc.attachment.extension}"
    return f'<a href="{esc(href)}" title="{name}">{name}</a>'


def attachments_block(links: str, label: str = "附件:") -> str:
    return f'<div class="attachments"><span>{label}</span>{links}</div>'


def qr_line(text: str = "扫一扫在手机上查看当前页面") -> str:
    return f'<div class="qrcode"><img src="/images/qrcode.png" alt=""><p>{text}</p></div>'


def print_close(counter: bool = True) -> str:
    read = '<span class="read"> 已阅 <i id="readNum">0</i></span>' if counter else ""
    return (f'<div class="article-tools">{read}<a href="javascript:window.print()">【打印】</a>'
            f'<a href="javascript:window.close()">【关闭】</a></div>')


def article_tail(identity: Identity, attachment: str, qr_text: str = "扫一扫在手机打开当前页",
                 counter: bool = False, label: str = "附件:", always_label: bool = False) -> str:
    """Attachments, QR line, print/close controls, the end of the article box, the footer."""
    attachments = attachments_block(attachment, label) if attachment or always_label else ""
    return f"{attachments}\n{qr_line(qr_text)}\n{print_close(counter)}\n</div>\n{footer(identity)}"


def footer(identity: Identity) -> str:
    code = f"<span>网站标识码:{identity.id_code}</span>" if identity.id_code else ""
    police = f"<span>{esc(identity.police)}</span>" if identity.police else ""
    return (
        f'<div class="footer"><p><a href="/">关于本网</a> | <a href="/">网站地图</a> | <a href="/">联系我们</a></p>'
        f"<p>主办:{esc(identity.sponsor)}  版权所有:{esc(identity.sponsor)}</p>"
        f"<p>{code}<span>{esc(identity.icp)}</span>{police}</p></div>"
    )


def robots_txt() -> str:
    return "User-agent: *\nDisallow: /admin/\nDisallow: /search/\n"


def not_found_page(identity: Identity, charset: str) -> str:
    body = (f'{header_nav(identity)}<div class="error-page"><h1>404</h1><p>对不起,您访问的页面不存在或已被删除!</p>'
            f'<p><a href="/">返回首页</a></p></div>{footer(identity)}')
    return document_page(charset, "404 页面不存在", "", body)
