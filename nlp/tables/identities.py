"""The hard arithmetic identities of the statutory tables, as data over schema keys.

One place for them: the solver uses them to choose among readings, the checks report the ones a
printed table breaks.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Callable, Mapping

from ..schema import T3_APPLICANT_COLS, T4_GROUPS, load_schema, t3_outcome_rows


@dataclass(frozen=True)
class Identity:
    rule: str                    # stable rule id, e.g. T3-COL-BALANCE
    name: str                    # rule id plus what it applies to
    lhs: tuple[str, ...]
    rhs: tuple[str, ...]
    kind: str                    # "row" identities are trusted first by the solver
    message: str                 # Chinese, what the identity says

    @property
    def keys(self) -> tuple[str, ...]:
        return self.lhs + self.rhs

    @property
    def keyset(self) -> frozenset[str]:
        return frozenset(self.lhs + self.rhs)

    def evaluate(self, get: Callable[[str], float | int | None]) -> tuple[float, float]:
        """Return (lhs, rhs) sums; blank and not-applicable count as zero."""
        return (sum(get(k) or 0 for k in self.lhs), sum(get(k) or 0 for k in self.rhs))

    def holds(self, values: Mapping[str, float | int | None]) -> bool:
        a, b = self.evaluate(values.get)
        return abs(a - b) < 1e-9


@lru_cache(maxsize=None)
def _t3_identities(fmt: str) -> tuple[Identity, ...]:
    return tuple(_build_t3(fmt))


def t3_identities(fmt: str) -> list[Identity]:
    return list(_t3_identities(fmt))


def _build_t3(fmt: str) -> list[Identity]:
    schema = load_schema()
    out: list[Identity] = []
    cols_zh = {"natural": "自然人", "commercial": "商业企业", "research": "科研机构",
               "social_welfare": "社会公益组织", "legal_service": "法律服务机构", "org_other": "其他",
               "total": "总计"}
    for row in schema.t3_rows(fmt):
        out.append(Identity("T3-ROW-TOTAL", f"T3-ROW-TOTAL:{row}", (f"t3.{row}.total",),
                            tuple(f"t3.{row}.{c}" for c in T3_APPLICANT_COLS), "row",
                            f"表三“{row}”行：总计应等于六类申请人之和"))
    outcomes = t3_outcome_rows(fmt)
    for col in schema.t3_columns:
        out.append(Identity("T3-COL-BALANCE", f"T3-COL-BALANCE:{col}",
                            (f"t3.new.{col}", f"t3.carried_over.{col}"),
                            (f"t3.total_processed.{col}", f"t3.carried_forward.{col}"), "col",
                            f"表三“{cols_zh[col]}”列：本年新收＋上年结转应等于办理结果总计＋结转下年度"))
        out.append(Identity("T3-COL-OUTCOMES", f"T3-COL-OUTCOMES:{col}", (f"t3.total_processed.{col}",),
                            tuple(f"t3.{r}.{col}" for r in outcomes), "col",
                            f"表三“{cols_zh[col]}”列：（七）总计应等于（一）至（六）各项办理结果之和"))
    return out


ORG_SUBTOTAL = "org_subtotal"        # a column some 表三 print after the five legal-person columns (小计), not a cell


@lru_cache(maxsize=None)
def t3_subtotal_identities(fmt: str) -> tuple[Identity, ...]:
    """Each 表三 row's printed 法人或其他组织 小计 (``t3.<row>.org_subtotal``) against its five legal-person cells."""
    return tuple(Identity("T3-ORG-SUBTOTAL", f"T3-ORG-SUBTOTAL:{row}", (f"t3.{row}.{ORG_SUBTOTAL}",),
                          tuple(f"t3.{row}.{c}" for c in T3_APPLICANT_COLS[1:]), "row",
                          f"表三“{row}”行：法人或其他组织小计应等于五类之和") for row in load_schema().t3_rows(fmt))


def t4_identities() -> list[Identity]:
    return list(_t4_identities())


@lru_cache(maxsize=None)
def _t4_identities() -> tuple[Identity, ...]:
    names = {"review": "行政复议", "lit_direct": "行政诉讼（未经复议直接起诉）",
             "lit_after_review": "行政诉讼（复议后起诉）"}
    return tuple(Identity("T4-GROUP-TOTAL", f"T4-GROUP-TOTAL:{g}", (f"t4.{g}.total",),
                     tuple(f"t4.{g}.{o}" for o in ("upheld", "corrected", "other", "pending")), "row",
                     f"表四{names[g]}：总计应等于结果维持、结果纠正、其他结果、尚未审结之和")
                 for g in T4_GROUPS)
