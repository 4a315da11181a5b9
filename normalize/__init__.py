"""Normalize crawled pages into comparable documents (metadata, clean text, figures with evidence)."""

from normalize.decode import decode_html
from normalize.document import content_fingerprint, normalize_page
from normalize.errors import NormalizeError

NORMALIZER_VERSION = "1.2.0"  # figures by scope, kinds, titles, issuers, places, years; replica pages flagged synthetic

__all__ = ["NORMALIZER_VERSION", "NormalizeError", "content_fingerprint", "decode_html", "normalize_page"]
