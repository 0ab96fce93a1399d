"""Chinese numerals → numbers (十六, 一百零七, 两千三百, 二〇二一, 1.25万, 百分之八十九), and numbers → numerals
(:func:`cn_numeral`).

A small exact converter for the spans the number extractor selects; span selection is elsewhere.
"""
from __future__ import annotations

DIGITS = {"零": 0, "〇": 0, "○": 0, "Ｏ": 0, "O": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
          "六": 6, "七": 7, "八": 8, "九": 9, "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7,
          "捌": 8, "玖": 9}
SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_CHARS = set(DIGITS) | set(SMALL_UNITS) | set(BIG_UNITS)


def cn_to_int(s: str) -> int | None:
    """Value of a Chinese integer numeral, or None when ``s`` is not one."""
    if "廿" in s or "卅" in s:                                    # 廿三 = 二十三, 卅 = 三十
        s = s.replace("廿", "二十").replace("卅", "三十")
    if not s or any(ch not in CN_CHARS for ch in s):
        return None
    if all(ch in DIGITS for ch in s) and len(s) > 1:          # digit by digit: 二〇二一
        return int("".join(str(DIGITS[ch]) for ch in s))
    total, section, number = 0, 0, None
    for ch in s:
        if ch in DIGITS:
            number = DIGITS[ch]
        elif ch in SMALL_UNITS:
            section += (1 if number is None else number) * SMALL_UNITS[ch]
            number = None
        else:                                                    # 万 / 亿
            section += number or 0
            if section == 0 and total == 0 and number is None and ch == s[0]:
                section = 1                                      # 万余人次, 近万人: a bare 万 is one 万
            if section == 0:
                return None
            total = (total + section) * BIG_UNITS[ch] if BIG_UNITS[ch] > 10_000 else total + section * BIG_UNITS[ch]
            section, number = 0, None
    return total + section + (number or 0)


def to_number(s: str) -> float | int | None:
    """Arabic (with thousands separators) or Chinese numeral text → number."""
    s = s.replace(",", "").replace("，", "").replace("\n", "").strip()
    if not s:
        return None
    try:
        return float(s) if "." in s else int(s)
    except ValueError:
        pass
    if "点" in s:                                                 # 九十八点六
        whole, _, frac = s.partition("点")
        w = cn_to_int(whole) if whole else 0
        if w is None or not frac or any(ch not in DIGITS for ch in frac):
            return None
        return float(f"{w}.{''.join(str(DIGITS[ch]) for ch in frac)}")
    return cn_to_int(s)


_NUMERALS = "零一二三四五六七八九"


def cn_numeral(n: int) -> str:
    """Chinese numeral for 0 ≤ n < 10000 (十六, 一百零七, 两千…; 二 not 两 except before 千)."""
    if n == 0:
        return "零"
    if n < 0 or n >= 10000:
        raise ValueError(n)
    out, zero = [], False
    for unit_val, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        d = n // unit_val % 10
        if d == 0:
            zero = bool(out)
            continue
        if zero:
            out.append("零")
            zero = False
        digit = "两" if (d == 2 and unit == "千") else _NUMERALS[d]
        if not (unit == "十" and d == 1 and not out):
            out.append(digit)
        out.append(unit)
    return "".join(out)
