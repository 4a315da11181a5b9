"""DOCX and XLSX are zip files: sizes are checked before any library inflates them (zip bombs)."""

from __future__ import annotations

import io
import zipfile

from readers.reading import MAX_UNZIPPED_BYTES, MAX_ZIP_RATIO, ReaderError

MAX_MEMBERS = 10_000


def check_zip(data: bytes) -> None:
    """Raise ReaderError when the archive is broken or would inflate beyond the limits."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as error:
        raise ReaderError(f"attachment_corrupt:zip:{error}") from None
    if len(members) > MAX_MEMBERS:
        raise ReaderError(f"attachment_too_large:zip_members:{len(members)}")
    total = sum(member.file_size for member in members)
    if total > MAX_UNZIPPED_BYTES:
        raise ReaderError(f"attachment_zip_bomb:unzipped_bytes:{total}")
    for member in members:
        if member.file_size > 1_000_000 and member.file_size > MAX_ZIP_RATIO * max(member.compress_size, 1):
            raise ReaderError(f"attachment_zip_bomb:ratio:{member.filename}")
