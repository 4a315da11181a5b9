"""Errors raised by the normalizer."""


class NormalizeError(ValueError):
    """The input is not a page at all (binary or non-text content).

    Garbage that is still text never raises: it yields a document with ``warnings``.
    """
