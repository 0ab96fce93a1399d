"""Section 五 split into items: enumerations, sentences and the sub-heading each item sits under.

All texts are invented for these tests."""
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
