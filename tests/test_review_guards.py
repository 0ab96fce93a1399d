"""Guards found by reading the change that added the new forms: each input is one the new rules must leave as it
was read before them (a heading with 主要, a column rule OCR read as I, a 合计 under each 表四 group, a short part
glued to its heading, a 小计 before a blank line and the total, prose naming 表二's words in section 一, a generic
body, the year's total stated with 当年, 法人及其他组织, another matter's share). Every sentence is invented."""
from __future__ import annotations

import random
import re

import nlp
from nlp import synth
from nlp.analysis import analyse
from nlp.items import split_items
from nlp.sections import find_sections
from nlp.tables.extract import read_t3, read_t4


def test_a_bare_heading_with_a_common_noun_still_heads():
    text = "存在的主要问题。\n一是人员不足。二是平台老旧。\n问题及应对措施。\n一是加强培训。"
    got = split_items(text, 0, len(text))
    assert [(it.text, it.heading) for it in got] == [("一是人员不足。", "存在的主要问题"), ("二是平台老旧。", "存在的主要问题"),
                                                     ("一是加强培训。", "问题及应对措施")]


def test_a_column_rule_read_as_a_letter_is_no_digit():
    figures = [2, 0, 1, 0, 3, 0, 0, 0, 1, 1, 0, 0, 0, 0, 0]
    text = ("四、复议和诉讼情况\n行政复议 行政诉讼\n结果维持 结果纠正 其他结果 尚未审结 总计 未经复议直接起诉 复议后起诉\n"
            "结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计\n"
            + " I ".join(map(str, figures)) + "\n五、存在的主要问题及改进情况\n")
    t4 = read_t4(text)
    assert t4 is not None and t4.cells["t4.review.total"].value == 3 and t4.cells["t4.lit_direct.upheld"].value == 0


def test_a_total_per_group_named_heji_in_a_labelled_table_four():
    lines = ["四、复议和诉讼情况"]
    for group, values in (("行政复议", (1, 0, 0, 0)), ("未经复议直接起诉", (0, 1, 1, 0)), ("复议后起诉", (0, 0, 0, 0))):
        lines.append(group)
        lines += [f"{w} {v}" for w, v in zip(("结果维持", "结果纠正", "其他结果", "尚未审结"), values)] + [f"合计 {sum(values)}"]
    t4 = read_t4("\n".join(lines) + "\n五、存在的主要问题及改进情况\n")
    assert t4 is not None and [t4.cells[f"t4.{g}.total"].value for g in ("review", "lit_direct", "lit_after_review")] \
        == [1, 2, 0]


def test_a_short_part_glued_to_its_heading_keeps_its_text():
    text = "一、总体情况\n正文。\n五、存在的主要问题及改进情况\n一是不足。\n六、其他需要报告的事项无\n"
    other = find_sections(text)[-1]
    assert other.key == "other" and text[other.body_start:other.end].strip() == "无"


def test_a_subtotal_before_a_blank_line_and_the_total_is_not_the_total():
    data, truth = synth.make_report(random.Random(4), fmt="2021", layout="tsv", blanks=[])
    text = data if isinstance(data, str) else data.decode("utf-8")
    row = re.search(r"^(.*3\.其他\t+)((?:\d+\t){6}\d+)\t*$", text, flags=re.M)
    text = text.replace(row[0], row[0] + "\n\t\t小计\t" + row[2] + "\n")
    t3 = read_t3(text)
    assert t3.cells["t3.total_processed.total"].value == truth["values"]["t3.total_processed.total"]


def test_prose_naming_table_two_words_in_section_one_is_no_table():
    text = ("一、总体情况\n（一）主动公开政府信息情况\n本年度，规章本年制发数为零，规范性文件本年制发2件、废止1件、现行有效5件；"
            "行政许可决定40件。\n二、主动公开政府信息情况\n")
    report = nlp.read_report(text.encode("utf-8"), name="r.txt")
    assert not [k for k in report.cells if k.startswith("t2.")]


def test_a_generic_body_is_no_body_and_the_opening_may_name_its_basis():
    from nlp.meta import body_named_in_text
    for opening, body in (("本报告由本局办公室编制。", None), ("本报告由临川市统计局根据《条例》要求编制。", "临川市统计局")):
        assert body_named_in_text(opening + "\n一、总体情况\n", 0, 200) == body, opening


def _claims(narrative: str):
    rng = random.Random(0)
    values = synth.random_tables(rng, "2021")
    text = synth.render_report(values, fmt="2021", layout="tsv", rng=rng, body="云溪县测试局", year=2023)
    _, _, rest = text.partition("## 二、")
    text = f"# 云溪县测试局2023年政府信息公开工作年度报告\n\n## 一、总体情况\n\n{narrative}\n\n## 二、" + rest
    return {c.mention.surface: c for c in analyse(nlp.read_report(text.encode("utf-8"), name="r.md")).claims}


def test_the_years_total_said_with_dangnian_and_the_group_said_with_ji_are_compared():
    got = _claims("当年办结政府信息公开申请11件。法人及其他组织申请3件。本年度重大行政决策予以公开比例为100%。")
    assert got["11件"].concept == "processed" and got["11件"].status != "no_target"
    assert got["3件"].concept == "org"
    assert got["100%"].status == "no_target"
