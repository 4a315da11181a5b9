"""Chinese numerals: 十三 → 13, 一百零五 → 105, 二〇二一 → 2021 (digit by digit)."""

import re

DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4,
          "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
UNITS = {"十": 10, "百": 100, "千": 1000}
CHINESE_NUMBER_CHARS = "零〇○一二两三四五六七八九十百千万"
NUMBER = r"(?:\d+|[" + CHINESE_NUMBER_CHARS + r"]+)"
# where a NUMBER can start, put before a pattern that opens with one behind a lookbehind: re then drops every other
# position after one class check instead of trying the lookbehind and both numbers there
NUMBER_AHEAD = r"(?=[\d" + CHINESE_NUMBER_CHARS + r"])"
_ARABIC = re.compile(r"\d+")


def chinese_to_int(token: str) -> int | None:
    """Value of a Chinese numeral, or None when the token is not one.

    A run of digit characters without units (二〇二一) is read digit by digit, as years are written.
    """
    if not token:
        return None
    if _ARABIC.fullmatch(token):
        return int(token)
    if any(char not in DIGITS and char not in UNITS and char != "万" for char in token):
        return None
    if all(char in DIGITS for char in token):
        return int("".join(str(DIGITS[char]) for char in token)) if len(token) > 1 else DIGITS[token]
    if "万" in token:
        high, _, low = token.partition("万")
        high_value = _below_ten_thousand(high) if high else 1
        low_value = _below_ten_thousand(low) if low else 0
        if high_value is None or low_value is None:
            return None
        return high_value * 10000 + low_value
    return _below_ten_thousand(token)


def _below_ten_thousand(token: str) -> int | None:
    total, digit = 0, None
    for char in token:
        if char in DIGITS:
            if digit:
                return None
            digit = DIGITS[char]
        elif char in UNITS:
            total += (1 if digit is None else digit) * UNITS[char]
            digit = None
        else:
            return None
    return total + (digit or 0)


def to_int(token: str) -> int | None:
    """Arabic or Chinese numeral to int."""
    return chinese_to_int(token.strip())
