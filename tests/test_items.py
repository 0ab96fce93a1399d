"""Section 五 split into items: enumerations, sentences and the sub-heading each item sits under.

All texts are invented for these tests."""

import pytest

from nlp.items import split_items

def _items(text):
    return [(it.text, it.heading_kind) for it in split_items(text, 0, len(text))]


def test_two_headed_parts_with_enumerations():
    text = ("（一）存在的主要问题\n一是栏目更新偶有滞后。二是解读材料形式单调。\n"
            "（二）改进措施\n一是建立栏目周检制度。二是增加图解和短视频解读。")
    assert _items(text) == [("一是栏目更新偶有滞后。", "problems"), ("二是解读材料形式单调。", "problems"),
                            ("一是建立栏目周检制度。", "improvements"),
                            ("二是增加图解和短视频解读。", "improvements")]


def test_heading_with_de_before_the_shortfall_word():
    """存在的不足 / 存在的短板 / 突出问题 head a part like 存在问题 does."""
    for title in ("（二）存在的不足", "存在的短板：", "二、当前的突出问题"):
        text = f"{title}\n一是宣传形式单一。二是培训次数偏少。\n下一步工作打算\n一是开展进社区宣传。二是每季度培训一次。"
        got = _items(text)
        assert [k for _, k in got] == ["problems", "problems", "next_steps", "next_steps"], title
        assert got[0][0] == "一是宣传形式单一。"


def test_rectification_heading_spelt_zhenggai_luoshi():
    """（一）对上年度报告所列问题的整改落实 heads a rectification part (found by a helper writing invented sections)."""
    text = ("（一）对2021年度报告所列问题的整改落实\n一是针对公开栏更新慢的问题，已建立月度巡查制度。"
            "二是针对解读形式单一的问题，已制作图解8期。\n（二）存在的主要问题\n1．兼职人员变动频繁。")
    got = split_items(text, 0, len(text))
    assert [it.heading_kind for it in got] == ["rectification", "rectification", "problems"]
    assert got[0].text.startswith("一是针对公开栏")


def test_sentence_that_merely_begins_like_a_heading_stays_in_its_item():
    """…。下一步将加强督促检查。 ends a point; it does not open a 下一步 part."""
    text = ("具体如下：\n1．公示信息不够全面。部分许可结果未及时公示。下一步将加强督促检查。\n"
            "2．答复质量有待提高。个别答复过于简单。\n3．兼职人员流动较快。")
    got = split_items(text, 0, len(text))
    assert [it.heading_kind for it in got] == ["none"] * len(got)
    point1 = [it.text for it in got if it.text.startswith("1．")]
    assert point1 == ["1．公示信息不够全面。部分许可结果未及时公示。下一步将加强督促检查。"]
    assert [it.marker for it in got if it.marker] == ["1．", "2．", "3．"]


def test_inline_measure_label_inside_a_point_is_not_a_heading():
    """一是<gap>。改进措施：<measure>。 is one point with its remedy, not a new 改进措施 part."""
    text = ("还存在以下问题：\n一是公示不够及时。改进措施：纳入季度考核。\n"
            "二是检索功能较弱。改进措施：升级站内搜索。")
    got = _items(text)
    assert ("一是公示不够及时。改进措施：纳入季度考核。", "none") in got
    assert ("二是检索功能较弱。改进措施：升级站内搜索。", "none") in got


def test_inline_heading_before_a_list_still_heads_it():
    """Flattened text keeps its parts: …。存在的主要问题：一是… / 改进措施：一是…"""
    text = ("全年工作总体平稳。存在的主要问题：一是专栏内容偏少；二是回应不够及时。"
            "改进措施：一是充实专栏内容；二是建立回应台账。")
    got = _items(text)
    kinds = {t: k for t, k in got}
    assert kinds["一是专栏内容偏少；"] == "problems"
    assert kinds["二是建立回应台账。"] == "improvements"


def test_headings_in_other_wordings_head_their_parts():
    """Sub-headings worded otherwise than the template: 问题与不足, 当前面临的问题, 下步打算, 下一阶段工作方向,
    今后工作举措, 上年度问题整改 / 去年问题整改成效 / 2023年度问题整改进展, 解决措施."""
    cases = [
        ("（一）上年度问题整改", "rectification"), ("（一）去年问题整改成效", "rectification"),
        ("一、2023年度问题整改进展", "rectification"), ("（二）问题与不足", "problems"),
        ("（二）当前面临的问题", "problems"), ("二、问题及差距", "problems"),
        ("三、下步打算", "next_steps"), ("（三）下一阶段工作方向", "next_steps"),
        ("（三）今后工作举措", "next_steps"), ("（三）解决措施", "improvements"),
        ("（三）改进计划", "next_steps"),
    ]
    for title, kind in cases:
        text = f"{title}\n目录更新周期偏长，个别栏目长期空白。"
        got = split_items(text, 0, len(text))
        assert [(it.text, it.heading_kind) for it in got] == [("目录更新周期偏长，个别栏目长期空白。", kind)], title


def test_a_point_about_rectification_work_is_not_a_heading():
    """（三）强化督查整改。 is an improvement point: 整改 alone heads a part only after a look-back
    (上年度…问题整改); a lead-in that names 薄弱环节 stays an item."""
    text = ("我局公开工作还有薄弱环节：\n1．栏目更新慢。2．解读单一。\n（二）改进措施\n（1）健全制度。（2）加强培训。"
            "（3）强化督查整改。")
    got = split_items(text, 0, len(text))
    assert [(it.text, it.heading_kind) for it in got] == [
        ("我局公开工作还有薄弱环节：", "none"), ("1．栏目更新慢。", "none"), ("2．解读单一。", "none"),
        ("（1）健全制度。", "improvements"), ("（2）加强培训。", "improvements"), ("（3）强化督查整改。", "improvements")]


def test_heading_on_its_own_line_after_a_full_stop():
    """A heading whose line follows a sentence ending in 。 starts its line (the match may begin with the line
    break before it): 关于上年度问题的整改。 and 改进情况： head their parts."""
    text = "一是公开栏更新慢。二是解读少。\n关于上年度问题的整改。\n去年指出的栏目空白问题已补齐。\n改进情况：每月巡查一次栏目。"
    got = split_items(text, 0, len(text))
    assert [(it.text, it.heading_kind) for it in got] == [
        ("一是公开栏更新慢。", "none"), ("二是解读少。", "none"),
        ("去年指出的栏目空白问题已补齐。", "rectification"), ("每月巡查一次栏目。", "improvements")]


@pytest.mark.parametrize("body, items", [
    ("存在的主要问题：①网站栏目更新不及时；②解读形式单一；③培训不足。", 3),       # ① is a digit to str.isdigit
    ("⑴栏目设置不够清晰。部分栏目长期空白。⑵解读材料偏少。", 2),
    ("1）公开目录未及时更新。其中两个栏目为空。2）回应关切不够及时。", 2),
    ("第一，公开目录更新不及时。有的栏目多月未更新。第二，解读质量不高。第三，培训偏少。", 3),
    ("- 栏目更新不及时。长期未更新的栏目较多。\n- 解读形式单一。\n", 2),
])
def test_more_enumerations_split_into_their_points(body, items):
    """Circled, parenthesised and half-bracketed numbers, 第一/第二 and markdown bullets each open a point: a point of
    several sentences stays one item (and a bullet's mark is not its text)."""
    from nlp.items import split_items
    got = split_items(body, 0, len(body))
    assert len(got) == items, [i.text for i in got]
    assert not any(i.text.startswith(("-", "•")) for i in got)


def test_a_wrapped_article_number_is_no_enumeration():
    from nlp.items import split_items
    body = "部分信息未按《条例》第二十条第\n（一）项、第\n（二）项的要求公开。下一步将逐项梳理。"
    assert [i.text for i in split_items(body, 0, len(body))][0].endswith("要求公开。")


@pytest.mark.parametrize("body, items", [
    ("本年度行政复议 0、行政诉讼 0、投诉 0，工作平稳。", ["本年度行政复议 0、行政诉讼 0、投诉 0，工作平稳。"]),
    ("政策解读形式单一（详见附件 1）。公开不及时（见附件 2），提升空间大。",
     ["政策解读形式单一（详见附件 1）。", "公开不及时（见附件 2），提升空间大。"]),
    ("- 培训不足。\n- 平台老旧。\n此外，政策解读不够。将加强培训。", ["培训不足。", "平台老旧。", "此外，政策解读不够。", "将加强培训。"]),
])
def test_what_only_looks_like_a_point_opens_none(body, items):
    """A 0 in a sentence is no bullet's number; a 1） closing a cross-reference opens no point; prose after a bullet
    list is not its last bullet's."""
    assert [i.text for i in split_items(body, 0, len(body))] == items


def test_a_sentence_that_ends_in_a_headings_words_is_an_item_not_a_heading():
    text = ("我局存在的主要问题是人手不足。\n另外，网站栏目设置也不够合理。\n我局将认真研究制定改进措施。\n"
            "各科室要抓好整改落实。\n关于上年度问题的整改。\n去年指出的栏目空白问题已补齐。")
    got = split_items(text, 0, len(text))
    assert [it.text for it in got] == ["我局存在的主要问题是人手不足。", "另外，网站栏目设置也不够合理。",
                                       "我局将认真研究制定改进措施。", "各科室要抓好整改落实。", "去年指出的栏目空白问题已补齐。"]
    assert got[-1].heading_kind == "rectification"          # (a bare heading that a full stop ends still heads)


def test_a_signature_closing_the_last_part_is_no_item():
    text = "一是村务公开内容不够规范；二是公开栏更新不及时。\n\n\u3000\u3000示例镇人民政府\n\u3000\u3000二〇二五年一月十六日\n"
    assert [it.text for it in split_items(text, 0, len(text))] == ["一是村务公开内容不够规范；", "二是公开栏更新不及时。"]


@pytest.mark.parametrize("bullet", ["● ", "●", "•", "■ "])
def test_bullets_of_other_shapes_and_without_a_space_are_items(bullet):
    """●/•/■ lines (a Word export's bullets, with or without a space after) are one item each, under their heading."""
    body = ("（一）存在问题\n" + "".join(f"{bullet}{t}\n" for t in ("征求意见时间偏短", "意见采纳情况未作反馈")) +
            "（二）改进措施\n" + "".join(f"{bullet}{t}\n" for t in ("征求意见期限不少于三十日", "公开意见采纳情况")))
    items = split_items(body, 0, len(body))
    assert [(i.text, i.heading_kind) for i in items] == [
        ("征求意见时间偏短", "problems"), ("意见采纳情况未作反馈", "problems"),
        ("征求意见期限不少于三十日", "improvements"), ("公开意见采纳情况", "improvements")]


def test_a_statement_that_there_is_no_problem_is_an_item_not_a_heading():
    body = "本年度未发现存在问题。下一步，我局将继续做好政务公开工作。"
    assert [i.text for i in split_items(body, 0, len(body))] == [
        "本年度未发现存在问题。", "下一步，我局将继续做好政务公开工作。"]


def test_a_numbered_point_that_states_a_shortfall_in_a_headings_words_is_an_item():
    """1.上年度问题整改不够彻底。 uses a rectification heading's words but states a shortfall: an item of the list under
    （一）存在的问题, not a heading that drops it and re-heads the next point."""
    body = ("（一）存在的问题\n1.上年度问题整改不够彻底。\n2.制度不健全，缺少发布前审查。\n3.整改措施落实不够到位。\n"
            "（二）改进措施\n1.逐项核查整改情况，限期办结。\n2.制定发布审查办法。\n")
    items = split_items(body, 0, len(body))
    assert [(i.text, i.heading_kind) for i in items] == [
        ("1.上年度问题整改不够彻底。", "problems"), ("2.制度不健全，缺少发布前审查。", "problems"),
        ("3.整改措施落实不够到位。", "problems"), ("1.逐项核查整改情况，限期办结。", "improvements"),
        ("2.制定发布审查办法。", "improvements")]


# ---- where a list's last point ends (nothing after it but the block's end or the next list bounds it)

def _texts(text):
    return [it.text for it in split_items(text, 0, len(text))]


def test_a_paragraph_after_the_last_point_of_a_list_of_lines_is_its_own_item():
    text = ("一是门户网站栏目分类不够清晰；\n二是乡镇公开栏内容更新偏慢。\n\n"
            "针对以上不足，我办将重新梳理栏目并每月检查公开栏。\n我办将一如既往做好公开工作。")
    assert _texts(text) == ["一是门户网站栏目分类不够清晰；", "二是乡镇公开栏内容更新偏慢。",
                            "针对以上不足，我办将重新梳理栏目并每月检查公开栏。", "我办将一如既往做好公开工作。"]


def test_a_point_that_runs_over_paragraphs_keeps_them_when_the_others_do_too():
    """Where every point has a second paragraph, the last one's second paragraph is its own as well."""
    text = ("1．答复文书格式不一。\n个别答复未写明救济途径，复议时被指出。\n"
            "2．公开指南多年未修订。\n办公地址和电话已经变动，指南仍是旧的。")
    assert _texts(text)[-1] == "2．公开指南多年未修订。\n办公地址和电话已经变动，指南仍是旧的。"


def test_a_points_title_line_stays_with_its_text():
    """2．加强学习培训。 on its own line is the point's title where the points have titles: its text is the line
    after it. Where they have none, a short last point is the point, and the paragraph after it the part's own."""
    text = ("1．规范审核流程。\n严格执行三审制度，未经审核不得发布。\n2．加强学习培训。\n组织工作人员学习保密规定，落实先审后发。\n"
            "总的来看，政务公开工作仍有提升空间。")
    assert _texts(text)[1:] == ["2．加强学习培训。\n组织工作人员学习保密规定，落实先审后发。",
                                "总的来看，政务公开工作仍有提升空间。"]
    text = "一是门户网站部分栏目长期未更新。\n二是数据共享不足。\n总的来看，政务公开工作仍有提升空间。"
    assert _texts(text)[1:] == ["二是数据共享不足。", "总的来看，政务公开工作仍有提升空间。"]


@pytest.mark.parametrize("plan", ["2024年，我县将完善考核办法。", "明年，将完善考核办法。", "新的一年，我们将完善考核办法。",
                                  "在今后的工作中，我县将完善考核办法。"])
def test_a_plan_opened_by_a_time_after_an_inline_list_is_not_the_last_points(plan):
    text = f"一是公开栏更新不及时。二是部门之间数据共享不足。{plan}"
    assert _texts(text) == ["一是公开栏更新不及时。", "二是部门之间数据共享不足。", plan]


def test_a_sentence_turning_to_remedies_after_an_inline_list_is_not_the_last_points():
    text = ("对照要求，我站工作还有差距。第一，公开目录未随职能调整更新。第二，解读材料数量偏少。"
            "今后，我站将按季度更新目录，重要文件同步发布解读；同时加强培训。")
    got = _texts(text)
    assert "第二，解读材料数量偏少。" in got
    assert got[-2:] == ["今后，我站将按季度更新目录，重要文件同步发布解读；", "同时加强培训。"]


def test_a_list_of_points_each_with_its_remedy_keeps_the_last_points_remedy():
    """一是<gap>。我局将<fix>。 throughout: each point holds its gap and its remedy, the last one too."""
    text = ("一是公开栏更新不及时。我局将实行月检。二是解读形式单一。我局将增加图解。"
            "三是答复说理不充分。我局将请法律顾问审核答复。")
    assert _texts(text)[-1] == "三是答复说理不充分。我局将请法律顾问审核答复。"


@pytest.mark.parametrize("lead_in", ["下一步，我局将从两个方面加以改进。", "在改进方面，", "针对以上问题，我局将采取以下措施\n"])
def test_a_lead_in_without_a_colon_before_the_next_list_is_not_the_last_points(lead_in):
    text = f"一是政策解读发布滞后。二是留言回复偏慢。{lead_in}一是解读与文件同步发布。二是留言三日内回复。"
    got = _texts(text)
    assert got[1] == "二是留言回复偏慢。"
    assert got[2] == lead_in.strip()
    assert got[3:] == ["一是解读与文件同步发布。", "二是留言三日内回复。"]


def test_a_titled_point_with_a_gap_line_and_a_remedy_line_gives_both_lines():
    text = ("1.关于政策解读\n问题：解读材料晚于文件发布。\n措施：文件和解读同步报审、同步发布。\n"
            "2.关于平台建设\n问题：网站手机端显示不全。\n措施：年内完成手机端适配。\n")
    assert _texts(text) == ["问题：解读材料晚于文件发布。", "措施：文件和解读同步报审、同步发布。",
                            "问题：网站手机端显示不全。", "措施：年内完成手机端适配。"]


def test_a_titled_point_whose_lines_are_all_measures_stays_one_point():
    text = "（一）加强组织领导\n成立工作专班。\n明确专人负责。\n（二）加强培训\n每年培训两次。\n"
    assert _texts(text)[0] == "（一）加强组织领导\n成立工作专班。\n明确专人负责。"


def test_a_closing_quote_stays_with_its_sentence():
    text = "部分干部仍习惯于“能不公开就不公开。”下一步将开展专题学习。"
    assert _texts(text) == ["部分干部仍习惯于“能不公开就不公开。”", "下一步将开展专题学习。"]
    for sep in ("", "\n"):         # (the last point of a list, its remedy after the quote)
        text = f"一是栏目更新偶有滞后问题。{sep}二是有人仍习惯于“能不公开就不公开。”{sep}我局将加强学习。"
        assert _texts(text)[1:] == ["二是有人仍习惯于“能不公开就不公开。”", "我局将加强学习。"], sep


def test_qi_yi_enumerates_points_and_yi_er_jidu_does_not():
    text = "其一，公开深度不够。预算只公开了总表。其二，答复程序有瑕疵。"
    assert _texts(text) == ["其一，公开深度不够。预算只公开了总表。", "其二，答复程序有瑕疵。"]
    text = "一、发布节奏不均衡，一、二季度发布较多，下半年较少。\n二、解读滞后。\n三、按月制定发布计划。"
    assert _texts(text)[0] == "一、发布节奏不均衡，一、二季度发布较多，下半年较少。"


def test_an_inline_measures_heading_before_circled_points_heads_them():
    text = "主要问题：①指南未及时修订；②搜索不准确。改进措施：①一个月内修订指南；②升级站内搜索。"
    got = split_items(text, 0, len(text))
    assert [it.text for it in got] == ["①指南未及时修订；", "②搜索不准确。", "①一个月内修订指南；", "②升级站内搜索。"]
    assert [it.heading_kind for it in got] == ["problems", "problems", "improvements", "improvements"]


def test_a_web_pages_controls_are_no_item():
    text = "一是栏目更新慢。\n二是解读偏少。\n打印本页 关闭窗口\n扫一扫在手机打开当前页"
    assert _texts(text) == ["一是栏目更新慢。", "二是解读偏少。"]



def test_a_page_number_a_pdfs_text_kept_ends_no_item():
    """— 6 — after a point (a text made from a PDF) is no part of it, nor an item of its own."""
    text = "一是栏目更新偶有滞后，个别栏目长期空白。\n— 6 —\n二是政策解读形式较为单一。\n- 7 -"
    assert _texts(text) == ["一是栏目更新偶有滞后，个别栏目长期空白。", "二是政策解读形式较为单一。"]


@pytest.mark.parametrize("after", ["上年度提出的栏目整改任务已于年内全部完成。", "衷心感谢社会各界的关心和支持。",
                                   "主办：某县人民政府办公室 技术支持：某科技公司"])
def test_an_inline_lists_last_point_ends_with_its_paragraph(after):
    """Points that run on within one paragraph (…不足：一是…；二是…。三是…。): the paragraph after it is not the last
    point's (a recap of last year's fixes, a closing line, a page's footer were joined to 三是…)."""
    text = ("对照要求，仍存在一些不足：一是栏目更新不够及时；二是解读形式比较单一。三是兼职人员流动较快，业务不够熟悉。\n"
            + after + "\n")
    got = _texts(text)
    assert got[-2] == "三是兼职人员流动较快，业务不够熟悉。" and got[-1] == after


def test_a_point_of_a_list_of_lines_still_runs_over_its_paragraphs():
    """Where the points open their lines and one of them runs over two paragraphs, the last keeps its paragraphs too."""
    text = "一是栏目更新不够及时。\n部分栏目半年未更新。\n二是解读形式比较单一。\n图解和视频较少。\n"
    assert _texts(text) == ["一是栏目更新不够及时。\n部分栏目半年未更新。", "二是解读形式比较单一。\n图解和视频较少。"]
