"""Metadata guesses: title, body and its cross-year key, year, published date, level."""
from __future__ import annotations

import re

import pytest

from nlp.meta import body_key, crawl_header, guess_body, guess_level, guess_published, guess_year

CRAWLED = ("标题: 云溪县农业农村局2023年度政府信息公开工作年度报告\n发布时间: 2024-01-20 09:30\n文号: \n"
           "发布机构: 县农业农村局\n栏目: 年报\n==================== 正文 ====================\n根据条例，现公布本报告。")


def test_crawl_header_fields_and_start():
    fields, start = crawl_header(CRAWLED)
    assert fields["标题"].startswith("云溪县农业农村局")
    assert CRAWLED[start:].strip().startswith("根据条例")
    assert guess_published("", fields) == "2024-01-20"


def test_crawl_header_marker_near_the_3000th_character_and_absent():
    """The marker line is looked for in the first 3000 characters (its word, 正文, first): found when it ends there,
    not when it ends later, nor when 正文 only appears elsewhere."""
    pad = "说明文字\n" * ((2990 - len(CRAWLED)) // 5)
    inside = pad + CRAWLED
    fields, start = crawl_header(inside)
    assert fields and inside[start:].strip().startswith("根据条例")
    assert crawl_header("说明文字\n" * 700 + CRAWLED) == ({}, 0)
    assert crawl_header("本报告正文如下。\n一、总体情况") == ({}, 0)


@pytest.mark.parametrize("title,body", [
    ("云溪县农业农村局2023年度政府信息公开工作年度报告", "云溪县农业农村局"),
    ("青禾市人民政府办公室 2022年政府信息公开工作年度报告", "青禾市人民政府办公室"),
    ("关于报送青禾市生态环境局二〇二一年度政府信息公开工作年度报告的函", "青禾市生态环境局"),
    ("临川市民政局关于2023年度政府信息公开工作情况的报告", "临川市民政局"),
    ("【澄江市水利局】2023年政府信息公开工作年度报告", "澄江市水利局"),
    ("澄江市水利局政府信息公开工作年度报告（2023年度）", "澄江市水利局"),
    ("临川市民政局２０２３年政府信息公开工作年度报告（全文）", "临川市民政局"),
    ("关于印发临川市民政局2023年政府信息公开工作年度报告的通知", "临川市民政局"),
])
def test_guess_body_strips_year_and_report_words(title, body):
    assert guess_body(title, {}) == body


@pytest.mark.parametrize("title,year", [
    ("云溪县2023年度政府信息公开工作年度报告", 2023),
    ("云溪县二〇二一年政府信息公开工作年度报告", 2021),
    ("云溪县二○一九年政府信息公开工作年度报告", 2019),
])
def test_guess_year(title, year):
    assert guess_year(title, "", 0) == year


@pytest.mark.parametrize("body,level", [
    ("云溪县人民政府", "county"), ("青禾市人民政府", "city"), ("青禾市东城区人民政府", "district"),
    ("南江省人民政府办公厅", "province"), ("上海市人民政府办公厅", "province"), ("云溪县柳林镇人民政府", "township"),
    ("云溪县农业农村局", "department"), ("青禾市东城区人民政府办公室", "district"),
    ("江南省临川市人民政府", "city"), ("江南省临川市人民政府办公室", "city"), ("北江壮族自治区人民政府", "province"),
    ("北江壮族自治区南川市人民政府", "city"), ("云岭傣族自治州人民政府", "city"), ("青禾盟行政公署", "city"),
    ("青禾地区行政公署", "city"), ("青禾旗人民政府", "county"), ("云溪林区人民政府", "county"),
    ("北京市人民政府办公厅", "province"), ("重庆市云溪县人民政府", "county"), ("青禾县", "county"),
    ("临川市东湖区", "district"), ("江南省交通运输厅", "department"), ("临川市税务局", "department"),
])
def test_guess_level(body, level):
    assert guess_level(body) == level


@pytest.mark.parametrize("bare,full", [("青禾县", "青禾县人民政府"), ("临川市", "临川市人民政府"),
                                       ("临川市松岚区", "临川市松岚区人民政府"), ("岭东省", "岭东省人民政府")])
def test_a_place_alone_is_its_government_across_years(bare, full):
    """A title that names only the place (青禾县2023年政府信息公开工作年度报告) is its people's government's report: one
    body with the years whose titles name 青禾县人民政府, so the coverage view does not count it as a body gone."""
    assert body_key(bare) == body_key(full)


def test_an_organs_office_in_a_zone_is_a_department():
    assert guess_level("临川市城乡建设和交通运输局白沙园区") == "department"
    assert guess_level("临川市松岚区") == "district" and guess_level("青禾县") == "county"


@pytest.mark.parametrize("name", ["临川经济技术开发区", "平潭综合实验区", "临川市生态环境局", "白沙矿区", "临川高新区",
                                  "临川市城乡建设和交通运输局白沙园区"])
def test_a_zone_or_an_organ_is_not_a_government(name):
    assert "人民政府" not in body_key(name)


def test_body_key_ignores_spacing_and_punctuation():
    assert body_key("青禾市 生态环境局") == body_key("青禾市生态环境局")


@pytest.mark.parametrize("text,date", [
    ("……\n临川市民政局\n二〇二四年一月二十日", "2024-01-20"),
    ("统计期限自2023年1月1日至2023年12月31日。\n临川市民政局\n2024年1月18日\n", "2024-01-18"),
    ("临川市民政局2023年政府信息公开工作年度报告\n发布日期：2024-01-19\n一、总体情况\n……", "2024-01-19"),
    # among a page's fields on one line
    ("来源：临川市民政局\u3000\u3000发布时间：2024-01-19 09:30\u3000\u3000浏览次数：213\n临川市民政局2023年…报告\n……统计至2023年12月31日。",
     "2024-01-19"),
    # in brackets under the title
    ("临川市民政局2023年政府信息公开工作年度报告\n（2024年1月20日）\n\n本报告……统计期限自2023年1月1日起。\n……",
     "2024-01-20"),
])
def test_guess_published_reads_chinese_dates_page_fields_and_the_signature_last(text, date):
    assert guess_published(text, {}) == date


@pytest.mark.parametrize("text,date", [
    ("临川市民政局2023年政府信息公开工作年度报告\n2024年1月25日\n\n本报告……", "2024-01-25"),       # a date line under the title
    ("……\n临川市民政局\n2024年元月20日\n", "2024-01-20"),                                   # 元月 is January
    # a cover page: the title, the body and the date in numerals on their lines, then the preface
    ("临川市民政局2023年政府信息公开工作年度报告\n临川市民政局\n二〇二四年一月十一日\n本报告……统计期限自2023年1月1日起。\n"
     + "全年各项工作有序开展。" * 40, "2024-01-11"),
    ("成文日期：2024-01-15\n发布日期：2024-01-19\n临川市民政局2023年…报告\n……", "2024-01-19"),     # 发布 before 成文
    ("| 名称 | 临川市民政局2023年…报告 |\n| 发布日期 | 2024-01-19 |\n……", "2024-01-19"),           # fields as a table
    ("……下一步，计划于2024年6月30日前整改到位。\n", None),                                    # a deadline, not a signature
])
def test_more_published_date_forms(text, date):
    assert guess_published(text, {}) == date


def test_a_commission_of_a_government_is_a_department_and_a_zones_committee_a_government():
    from nlp.meta import guess_level
    assert guess_level("青禾市人民政府国有资产监督管理委员会") == "department"
    assert guess_level("临川市城市管理委员会") == "department"
    assert guess_level("临川经济技术开发区管理委员会") == "district"
    assert guess_level("平潭综合实验区管委会") == "district"


def test_titles_behind_page_chrome_and_over_two_lines():
    from nlp.meta import guess_title
    for text in ("首页 » 信息公开 » 政府信息公开年报\n临川市民政局2023年政府信息公开工作年度报告\n正文",
                 "您当前的位置：首页 > 政府信息公开年报\n临川市民政局2023年政府信息公开工作年度报告\n正文",
                 "首页 / 政务公开 / 年报\n临川市民政局2023年政府信息公开工作年度报告\n正文",
                 "名称：临川市民政局2023年政府信息公开工作年度报告\n正文",
                 "| 名称 | 临川市民政局2023年政府信息公开工作年度报告 | 文号 | 无 |\n正文",
                 "临川市民政局2023年度\n政府信息公开工作年度报告\n正文"):
        assert guess_title(text, 0, {}).replace("年度政府", "年政府") == "临川市民政局2023年政府信息公开工作年度报告", text
    assert guess_title("正文", 0, {"title": "临川市民政局2023年政府信息公开工作年度报告_临川市人民政府"}) == \
        "临川市民政局2023年政府信息公开工作年度报告"
    assert guess_title("临川市民政局2023年政府信息与政务公开工作年度报告\n正文", 0, {})


def test_the_signature_date_before_an_attachment_is_the_published_date():
    from nlp.report import read_report
    text = ("某县民政局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n五、存在的主要问题及改进情况\n问题。\n"
            "六、其他需要报告的事项\n无。\n某县民政局\n2024年1月18日\n\n附件：1.统计表\n" + "表格\t0\t0\n" * 40
            + "（截至2023年12月31日）\n")
    assert read_report(text.encode("utf-8"), name="r.txt").meta.published == "2024-01-18"


def test_a_page_field_date_is_not_the_report_year_and_a_breadcrumb_is_not_the_title():
    from nlp.meta import guess_title
    text = "发布日期：2024年01月20日\n临川市民政局政府信息公开工作年度报告\n2023年，我局……"
    assert guess_year(guess_title(text, 0, {}), text, 0) == 2023
    text = "当前位置：首页 > 政务公开 > 政府信息公开年报\n临川市民政局2023年政府信息公开工作年度报告\n……"
    assert guess_title(text, 0, {}) == "临川市民政局2023年政府信息公开工作年度报告"
    text = "澄江市水利局\n2023年政府信息公开工作年度报告\n一、总体情况\n……"          # a title over two lines
    assert guess_body(guess_title(text, 0, {}), {}) == "澄江市水利局"


def test_every_published_field_name_ends_in_a_word_the_quick_test_looks_for():
    from nlp.meta import _FIELD_MARKS, _PUBLISHED_NAMES
    names = ["发布时间", "发布日期", "成文日期", "更新时间", "日期"]
    assert all(re.fullmatch(_PUBLISHED_NAMES, n) for n in names)
    alternatives, depth, cur = [], 0, ""
    for ch in _PUBLISHED_NAMES:                  # the top-level alternatives
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "|" and depth == 0:
            alternatives.append(cur)
            cur = ""
        else:
            cur += ch
    alternatives.append(cur)
    # each name ends in 时间 or 日期, and the field's separator after it makes one of the quick test's marks
    assert len(alternatives) >= 2 and all(alt.endswith(("时间", "日期", "(?:时间|日期)")) for alt in alternatives)
    assert all(any(m in f"{n}{sep}2024" for m in _FIELD_MARKS) for n in names for sep in ("：", ":", " ", "\t", "|"))
    text = "标题\n来源：某局　　发布日期：2024-01-19 09:30　　浏览次数：12\n正文……"
    assert guess_published(text, {}) == "2024-01-19"


def _html_parts() -> str:
    """The six parts of a report as HTML paragraphs, in our own words (headings in a variant wording)."""
    return "".join(f"<p>{h}</p><p>本局认真做好相关工作，各项任务落实到位，群众满意度不断提高。</p>" for h in (
        "一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、行政复议和行政诉讼情况",
        "五、存在的主要问题及改进情况", "六、其他需要报告的事项"))


@pytest.mark.parametrize("chrome", ['<meta name="PubDate" content="2024-01-25 10:30">',
                                    '<div class="info"><span>发布时间：</span><span>2024-01-25</span> 来源：本局</div>'])
def test_an_html_pages_own_publication_date_is_the_reports(chrome):
    """The site's record of when the page went up (a CMS <meta>, or the 发布时间 field above the article) is the
    published date, though the article's text has no date at all."""
    from nlp.report import read_report
    head, top = (chrome, "") if chrome.startswith("<meta") else ("", chrome)
    body = _html_parts()
    page = (f"<html><head><meta charset='utf-8'>{head}<title>示例县统计局2023年政府信息公开工作年度报告</title></head>"
            f"<body><div class='nav'>首页 > 信息公开</div>{top}<div class='article'><h1>示例县统计局2023年政府信息公开工作"
            f"年度报告</h1>{body}</div></body></html>")
    rep = read_report(page.encode("utf-8"), name="p.html")
    assert rep.meta.published == "2024-01-25" and rep.meta.year == 2023


def test_a_sidebars_date_does_not_outrank_the_reports_own():
    """A 发布时间 anywhere in the page (a sidebar's list) ranks after the report's own 发布日期 field."""
    from nlp.report import read_report
    body = _html_parts()
    page = ("<html><head><meta charset='utf-8'><title>示例县统计局2023年政府信息公开工作年度报告</title></head><body>"
            "<ul class='side'><li>旧通知 发布时间：2023-03-02</li></ul><div class='article'>"
            "<h1>示例县统计局2023年政府信息公开工作年度报告</h1><p>发布日期：2024-01-20</p>" + body + "</div></body></html>")
    assert read_report(page.encode("utf-8"), name="p.html").meta.published == "2024-01-20"


@pytest.mark.parametrize("body, level", [("白沙镇政府", "township"), ("东门街道办", "township"), ("青禾县政府", "county"),
                                         ("临川高新技术产业开发区党工委管委会", "district"), ("临川市城市管理委员会", "department")])
def test_levels_of_short_and_zone_bodies(body, level):
    from nlp.meta import guess_level
    assert guess_level(body) == level


@pytest.mark.parametrize("fields", ["来源：示例县政府网 发布时间：2024-01-23 浏览次数：12",
                                    "发布时间 2024-01-23"])
def test_a_page_field_separated_by_one_space_or_without_colon(fields):
    from nlp.meta import guess_published
    text = f"示例县统计局2023年政府信息公开工作年度报告\n{fields}\n一、总体情况\n正文。\n示例县统计局\n2024年1月20日\n"
    assert guess_published(text, {}) == "2024-01-23"


def test_a_date_under_a_title_without_a_year_is_not_the_reports_year():
    from nlp.meta import guess_year
    text = "示例县统计局政府信息公开工作年度报告\n2024年1月20日\n一、总体情况\n2023年，本局依法做好公开工作。\n"
    assert guess_year("示例县统计局政府信息公开工作年度报告", text, 0) == 2023


def test_a_files_property_title_yields_to_the_texts_own():
    """DOCX core properties and PDF info often keep a template's or last year's title: the text's first title line
    comes first; the property only when the text has none."""
    from nlp.meta import FILE_TITLE_HINT, guess_title
    text = "示例乡人民政府2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
    assert guess_title(text, 0, {FILE_TITLE_HINT: "2022年度政府信息公开工作年度报告"}).startswith("示例乡人民政府2023")
    assert guess_title("一、总体情况\n正文。\n", 0, {FILE_TITLE_HINT: "示例乡2023年报"}) == "示例乡2023年报"
    assert guess_title("示例区统计局2023 年政府信息公开工作年度报告\n", 0, {}) == "示例区统计局2023年政府信息公开工作年度报告"


def test_an_html_title_that_is_only_the_sites_name_yields_to_the_h1():
    from nlp.read.html import read_html
    page = ("<html><head><title>示例县人民政府</title></head><body><h1>示例县统计局2023年政府信息公开工作年度报告</h1>"
            "<div><p>一、总体情况</p><p>正文一行。</p></div></body></html>")
    assert read_html(page.encode("utf-8")).hints["title"] == "示例县统计局2023年政府信息公开工作年度报告"


@pytest.mark.parametrize("top, title", [
    ("示例市人力资源和社会保障局2023年度政府信息公开\n工作年度报告\n", "示例市人力资源和社会保障局2023年度政府信息公开工作年度报告"),
    ("首页\n政务公开\n政府信息公开年报\n示例市应急管理局2023年政府信息公开工作年度报告\n", "示例市应急管理局2023年政府信息公开工作年度报告"),
    # cut inside the body's name, inside its bracket, and over three lines after its place
    ("示例市发展和改革\n委员会2023年度政府信息公开工作年度报告\n", "示例市发展和改革委员会2023年度政府信息公开工作年度报告"),
    ("示例市人民政府办公室（示例市政务服务\n数据管理局）2023年度政府信息公开工作年度报告\n",
     "示例市人民政府办公室（示例市政务服务数据管理局）2023年度政府信息公开工作年度报告"),
    ("示例市松岚区\n教育体育局\n2023年政府信息公开工作年度报告\n", "示例市松岚区教育体育局2023年政府信息公开工作年度报告"),
])
def test_a_title_cut_inside_its_words_or_under_a_menu(top, title):
    """A title wrapped inside its genre words is joined; a site's menu item that names the genre alone (no body, no
    year) is no title when the report's own comes after it."""
    from nlp.meta import guess_title
    assert guess_title(top + "一、总体情况\n正文。\n", 0, {}) == title
    assert guess_title("首页\n政府信息公开年报\n一、总体情况\n正文。\n", 0, {}) == "政府信息公开年报"      # the only one


def test_a_title_with_its_year_after_the_genre_is_the_title():
    from nlp.meta import FILE_TITLE_HINT, guess_title
    text = ("政府信息公开工作年度报告（2023年度）\n根据《条例》规定，现公布示例县统计局2023年政府信息公开工作年度报告。\n"
            "一、总体情况\n正文。\n")
    assert guess_title(text, 0, {}) == "政府信息公开工作年度报告（2023年度）"
    # a property title that names a report beats a genre line alone
    assert guess_title("政府信息公开工作年度报告\n一、总体情况\n", 0,
                       {FILE_TITLE_HINT: "示例乡2023年政府信息公开工作年度报告"}) == "示例乡2023年政府信息公开工作年度报告"


def test_a_sentence_is_never_a_cut_title():
    from nlp.meta import guess_title
    text = "一、总体情况\n本局按照要求编制了2023年度政府信息公开\n工作年度报告，现予公布。\n"
    assert guess_title(text, 0, {}) is None


def test_the_year_of_the_statistics_period_beats_a_comparison_year():
    from nlp.meta import guess_year
    text = ("示例局政府信息公开工作年度报告\n本报告统计期限自2023年1月1日起至2023年12月31日止。\n一、总体情况\n"
            "与2022年相比，申请有所增加。\n")
    assert guess_year("示例局政府信息公开工作年度报告", text, 0) == 2023


def test_a_field_after_a_single_space_yields_to_a_proper_one():
    from nlp.meta import guess_published
    text = "相关信息 发布时间：2023-03-02\n示例县统计局2023年政府信息公开工作年度报告\n发布日期：2024-01-20\n一、总体情况\n"
    assert guess_published(text, {}) == "2024-01-20"


def test_a_government_office_shortened_takes_its_place_level():
    from nlp.meta import guess_level
    assert guess_level("某某区政府办") == guess_level("某某区人民政府办公室") == "district"


def test_a_docx_property_title_from_last_year_yields_to_its_text():
    """A DOCX whose core properties still hold last year's title: read_report takes the year, body and title from the
    text."""
    import io

    import docx

    from nlp.report import read_report
    d = docx.Document()
    d.core_properties.title = "示例乡人民政府2022年政府信息公开工作年度报告"
    for line in ("示例乡人民政府2023年政府信息公开工作年度报告", "一、总体情况", "本乡依法做好公开工作。",
                 "二、主动公开政府信息情况", "正文。"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    m = read_report(buf.getvalue(), name="x.docx").meta
    assert (m.year, m.title) == (2023, "示例乡人民政府2023年政府信息公开工作年度报告")


@pytest.mark.parametrize("top", [
    "索引号：11431000/2024-00017\t信息分类：政府信息公开年报\n",
    "索引号：11431000/2024-00017\n主题分类：政府信息公开年报\n发布机构：示例镇人民政府\n",
    "标题\t示例镇人民政府2023年政府信息公开工作年度报告\t发布日期\t2024-01-21\n",
    "附件1：示例镇人民政府2023年政府信息公开工作年度报告\n",
    "title: 示例镇人民政府2023年政府信息公开工作年度报告\n",
    "[示例镇人民政府2023年政府信息公开工作年度报告](https://example.org/a.html)\n",
])
def test_a_pages_field_lines_and_wrappers_are_not_the_title(top):
    """Field lines above the article (索引号, 信息分类: the column's name holds the genre words, and the index number a
    year-like figure), a field row of cells, an attachment's label, front matter and a markdown link around it."""
    from nlp.meta import guess_title
    text = top + ("" if "标题\t" in top or "附件" in top or "title" in top or "[" in top
                  else "示例镇人民政府2023年政府信息公开工作年度报告\n") + "一、总体情况\n正文。\n"
    title = guess_title(text, 0, {})
    assert title == "示例镇人民政府2023年政府信息公开工作年度报告"
    assert guess_body(title, {}) == "示例镇人民政府" and guess_level("示例镇人民政府") == "township"


@pytest.mark.parametrize("page, title", [
    ("示例区教育局2023年政府信息公开工作年度报告_政府信息公开年报_示例区人民政府", "示例区教育局2023年政府信息公开工作年度报告"),
    ("示例市人民政府门户网站 - 示例市商务局2023年政府信息公开工作年度报告", "示例市商务局2023年政府信息公开工作年度报告"),
    ("示例市商务局2023年政府信息公开工作年度报告｜示例市人民政府", "示例市商务局2023年政府信息公开工作年度报告"),
])
def test_the_part_of_a_pages_title_that_names_the_report(page, title):
    from nlp.meta import guess_title
    assert guess_title("一、总体情况\n正文。\n", 0, {"title": page}) == title


@pytest.mark.parametrize("page", ["政府信息公开年报", "2023年度政府信息公开工作年度报告_示例区人民政府"])
def test_a_pages_title_that_names_no_body_yields_to_the_texts(page):
    from nlp.meta import guess_title
    text = "示例区司法局2023年度政府信息公开工作年度报告\n一、总体情况\n正文。\n"
    assert guess_title(text, 0, {"title": page}) == "示例区司法局2023年度政府信息公开工作年度报告"


@pytest.mark.parametrize("title, body", [
    ("示例县自然资源局2023年政府信息公开工作年度报告（更正版）", "示例县自然资源局"),
    ("示例县审计局政府信息公开工作年度报告（2023）", "示例县审计局"),
])
def test_an_editions_or_years_bracket_is_not_part_of_the_body(title, body):
    assert guess_body(title, {}) == body


def test_a_laws_revision_year_and_full_width_digits():
    """Without a year in the title, the year that dates the law's revision (2019年修订) is not the report's; the
    report's year in full-width digits is read."""
    text = "示例县林业局政府信息公开工作年度报告\n依据2019年修订施行的《条例》，现公布本局2023年度报告。\n"
    assert guess_year("示例县林业局政府信息公开工作年度报告", text, 0) == 2023
    assert guess_year("示例县林业局２０２３年政府信息公开工作年度报告", "", 0) == 2023


def test_an_update_time_field_is_the_published_date_not_the_reports_year():
    text = "示例县林业局政府信息公开工作年度报告\n更新时间：2024年01月22日\n一、总体情况\n2023年，本局……\n"
    assert guess_published(text, {}) == "2024-01-22"
    assert guess_year("示例县林业局政府信息公开工作年度报告", text, 0) == 2023


def test_a_title_wrapped_after_its_place_keeps_the_place():
    """临川市松岚区 / 人力资源和社会保障局2023年…: the body's place on the line above is part of it (its key across years
    depends on it); a title that names its own place does not take a line above it."""
    from nlp.meta import guess_title
    text = "示例市示例区\n人力资源和社会保障局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
    assert guess_title(text, 0, {}) == "示例市示例区人力资源和社会保障局2023年政府信息公开工作年度报告"
    text = "示例市示例区\n示例市示例区统计局2023年政府信息公开工作年度报告\n一、总体情况\n正文。\n"
    assert guess_title(text, 0, {}) == "示例市示例区统计局2023年政府信息公开工作年度报告"


def test_the_body_of_a_notice_issuing_the_report_is_the_reports():
    title = "示例市人民政府办公室关于印发示例市人民政府2023年政府信息公开工作年度报告的通知"
    assert guess_body(title, {}) == "示例市人民政府"
    # a report that names no body is the sender's own
    assert guess_body("示例区住建局关于报送2023年度政府信息公开工作年度报告的函", {}) == "示例区住建局"


def test_a_title_only_in_the_file_name_or_a_docx_page_header():
    """A text with no title line: the file's name gives it when it names a report; a DOCX prints it in its page
    header; the text's own title still comes first."""
    import io

    import docx

    from nlp.report import read_report
    body = "一、总体情况\n2023年，本局持续推进政务公开。\n"
    name = "示例区文化广电旅游体育局2023年政府信息公开工作年度报告.txt"
    rep = read_report(body.encode("utf-8"), name=name)
    assert rep.meta.title == name[:-4] and rep.meta.body == "示例区文化广电旅游体育局"
    rep = read_report(("示例区统计局2023年政府信息公开工作年度报告\n" + body).encode("utf-8"), name=name)
    assert rep.meta.body == "示例区统计局"
    d = docx.Document()
    d.sections[0].header.paragraphs[0].text = "示例区退役军人事务局2023年政府信息公开工作年度报告"
    for line in body.strip().split("\n"):
        d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    rep = read_report(buf.getvalue(), name="P0202401.docx")
    assert rep.meta.body == "示例区退役军人事务局" and rep.meta.year == 2023


def test_a_title_with_its_year_inside_the_genre_words():
    from nlp.meta import guess_title
    title = guess_title("示例地区行政公署政府信息公开工作2023年度报告\n一、总体情况\n正文。\n", 0, {})
    assert title == "示例地区行政公署政府信息公开工作2023年度报告"
    assert guess_body(title, {}) == "示例地区行政公署" and guess_year(title, "", 0) == 2023


def test_a_title_cut_inside_a_word_of_the_genre_is_joined():
    from nlp.meta import guess_title
    for text in ("临川市民政局2023年政府信息公\n开工作年度报告\n一、总体情况\n正文",
                 "临川市民政局2023年政府信\n息公开工作年度报告\n一、总体情况\n正文",
                 "临川市民政局2023年政府信息公开工作年度报\n告\n一、总体情况\n正文"):
        assert guess_title(text, 0, {}) == "临川市民政局2023年政府信息公开工作年度报告", text


def test_an_update_time_among_a_pages_fields_is_not_the_reports_year():
    title = "临川市水利局政府信息公开工作年度报告"
    text = f"{title}\n信息来源：临川市水利局　　更新时间：2024年01月22日　　点击数：318\n一、总体情况\n2023年，我局依法公开。"
    assert guess_year(title, text, 0) == 2023


def test_a_title_over_three_lines_keeps_its_body_and_a_sites_name_above_is_no_body():
    from nlp.meta import guess_title
    text = "临川市人民政府\n2023年政府信息公开\n工作年度报告\n\n一、总体情况\n正文"
    assert guess_title(text, 0, {}) == "临川市人民政府2023年政府信息公开工作年度报告"
    text = "临川市人民政府网站\n2023年政府信息公开工作年度报告\n一、总体情况\n正文"
    assert guess_title(text, 0, {}) == "2023年政府信息公开工作年度报告"


def test_a_body_the_opening_names_when_the_title_names_none():
    from nlp.report import read_report
    tail = "\n一、总体情况\n2023年，我局依法公开。\n二、主动公开政府信息情况\n正文。\n"
    for opening, body in (("本报告由临川市水利局编制。", "临川市水利局"),
                          ("临川市统计局根据《中华人民共和国政府信息公开条例》要求，编制本报告。", "临川市统计局")):
        text = "2023年度政府信息公开工作年度报告\n\n" + opening + tail
        meta = read_report(text.encode("utf-8"), name="r.txt").meta
        assert (meta.body, meta.level) == (body, "department"), opening
    # a title that names its body keeps it
    text = "临川市民政局2023年度政府信息公开工作年度报告\n\n本报告由临川市水利局编制。" + tail
    assert read_report(text.encode("utf-8"), name="r.txt").meta.body == "临川市民政局"


def test_a_pages_fields_as_table_cells_give_its_body_and_date():
    from nlp.report import read_report
    page = ("<html><head><title>2023年政府信息公开工作年度报告-示例县</title></head><body>"
            "<table class='info'><tr><td>索引号</td><td>000/2024-01</td><td>发布机构</td><td>示例县统计局</td></tr>"
            "<tr><td>发布日期</td><td>2024-01-29</td><td>主题分类</td><td>政务公开</td></tr></table>"
            "<div class='article'><h1>2023年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>2023年，我局依法公开。</p>"
            "<p>二、主动公开政府信息情况</p>" + "<p>本年度主动公开各类信息，及时更新栏目。</p>" * 40
            + "<p>示例县统计局</p><p>2024年1月27日</p></div></body></html>")
    meta = read_report(page.encode("utf-8"), name="p.html").meta
    assert (meta.body, meta.published) == ("示例县统计局", "2024-01-29")


def test_a_bare_date_field_under_the_title_is_the_published_date():
    from nlp.meta import guess_published
    text = ("示例县统计局2023年政府信息公开工作年度报告\n日期：2024-01-21　　来源：本站\n一、总体情况\n" + "正文。\n" * 200
            + "示例县统计局\n2024年1月20日\n")
    assert guess_published(text, {}) == "2024-01-21"


@pytest.mark.parametrize("body, level", [
    # a second name in brackets after a government's office is not what makes it a department
    ("临川市人民政府办公室（临川市政务服务数据管理局）", "city"), ("青禾县人民政府办公室（县外事办公室）", "county"),
    ("松岚区东门街道办事处（东门街道党工委）", "township"), ("青禾县白沙镇人民政府（白沙镇便民服务中心）", "township"),
    # a city named after its prefecture is county-level; a province's city is a city
    ("临川市枫桥市人民政府", "county"), ("岭南州枫桥市人民政府", "county"), ("岭东省枫桥市人民政府", "city"),
    ("临川市人民政府", "city")])
def test_levels_of_bracketed_offices_and_county_level_cities(body, level):
    assert guess_level(body) == level


@pytest.mark.parametrize("title, body", [
    ("青禾县人民政府2023年度信息公开工作年度报告", "青禾县人民政府"),        # the year between body and genre
    ("临川市生态环境局2023政府信息公开工作年度报告", "临川市生态环境局"),    # a year without 年
    ("临川市松岚区人民政府2023年政务公开工作年度报告", "临川市松岚区人民政府"),   # the 政务公开 genre
])
def test_the_body_without_the_genres_words_and_the_year(title, body):
    assert guess_body(title, {}) == body


def test_a_publishing_bodys_field_line_does_not_give_the_year_and_a_body_that_made_the_report_per_the_rules():
    from nlp.meta import body_named_in_text, guess_title
    text = ("临川市生态环境局政府信息公开工作年度报告\n发布机构：临川市生态环境局 发布日期：2020年1月20日\n"
            "一、总体情况\n2019年，我局……")
    assert guess_year(guess_title(text, 0, {}), text, 0) == 2019
    text = "本报告由临川市生态环境局依据《条例》编制。\n一、总体情况"
    assert body_named_in_text(text, 0, len(text)) == "临川市生态环境局"


def test_the_opening_sentence_that_announces_the_report_is_not_its_title():
    from nlp.meta import guess_title
    text = "根据《条例》规定，现将本局2023年度政府信息公开工作情况报告如下。\n一、总体情况\n正文。\n"
    assert guess_title(text, 0, {}) is None


def test_a_crawl_header_title_that_names_another_body_or_year_than_the_texts_is_said():
    """标题: …自然资源局2022年… over a text titled …生态环境局2023年…: the header's title is taken, as before, and a
    warning says the two disagree (a page crawled under another report's header); agreeing titles say nothing."""
    import nlp
    head = ("标题: 示例市自然资源局2022年政府信息公开工作年度报告\n发布时间: 2024-01-18 09:30\n"
            "==================== 正文 ====================\n")
    body = "示例市{}2023年政府信息公开工作年度报告\n一、总体情况\n本年度工作正文。\n"
    rep = nlp.read_report((head + body.format("生态环境局")).encode("utf-8"), name="r.txt")
    assert rep.meta.body == "示例市自然资源局" and rep.meta.year == 2022
    assert [w for w in rep.warnings if "不一致" in w and "机构和年度" in w]
    rep = nlp.read_report((head.replace("2022年", "2023年") + body.format("自然资源局")).encode("utf-8"), name="r.txt")
    assert not [w for w in rep.warnings if "不一致" in w]


def test_a_report_without_a_title_is_the_body_it_signs_with():
    """No title, no 本报告由…: the body's name alone above the signature's date at the report's end is its body (a
    deadline's date inside the text is no signature)."""
    import nlp
    text = ("一、总体情况\n本年度，我局持续推进政务公开。\n五、存在的主要问题及改进情况\n计划于2024年6月30日前完成栏目改版。\n"
            "六、其他需要报告的事项\n本年度未收取信息处理费。\n\n示例市生态环境局\n2024年1月18日\n")
    rep = nlp.read_report(text.encode("utf-8"), name="r.txt")
    assert (rep.meta.body, rep.meta.level, rep.meta.published) == ("示例市生态环境局", "department", "2024-01-18")
    assert nlp.read_report(text.replace("示例市生态环境局\n", "").encode("utf-8"), name="r.txt").meta.body is None


def _meta_of(text: str):
    import nlp
    return nlp.read_report(text.encode("utf-8"), name="page.md").meta


_OUTLINE = ("\n\n一、总体情况\n本年度做了大量工作。\n二、主动公开政府信息情况\n略。\n三、收到和处理政府信息公开申请情况\n略。\n"
            "四、行政复议和行政诉讼情况\n略。\n五、存在的主要问题及改进情况\n略。\n六、其他需要报告的事项\n无。\n")


@pytest.mark.parametrize("title, body", [
    ("【转发】翠湖市人民政府2023年政府信息公开工作年度报告", "翠湖市人民政府"),
    ("转发：翠湖市人民政府2023年政府信息公开工作年度报告", "翠湖市人民政府"),
    ("翠湖市人民政府2023年政府信息公开工作年度报告（转载）", "翠湖市人民政府"),
    ("翠湖市青石区人民政府关于公布2023年政府信息公开工作年度报告的公告", "翠湖市青石区人民政府"),
    ("翠湖县教育局2023年政府信息公开工作年度报告暨2024年政务公开工作计划", "翠湖县教育局"),
    ("翠湖市自然资源局2023年政府信息公开工作年度报告（2023年1月1日至2023年12月31日）", "翠湖市自然资源局")])
def test_a_titles_wrappers_are_not_the_bodys_name(title, body):
    """(a metadata probe: bodies such as 转发澄江市人民政府, …的公告, …暨政务公开工作计划) A forwarded copy's marks, a
    notice 关于公布…的公告, a plan joined with 暨 and the period's dates in brackets are no part of the body's name."""
    assert guess_body(title, {}) == body


def test_an_attached_file_above_the_title_is_no_title():
    """(a metadata probe: last year's report linked above the title gave body and year 2022) A line that attaches or
    links a file (附件下载：[…].docx, 附件：…报告.pdf) is the title only when no other line is; its file suffix is none
    of the body's name."""
    meta = _meta_of("附件下载：[翠湖县发展和改革局2022年政府信息公开工作年度报告.docx](/files/2022.docx)\n\n"
                    "# 翠湖县发展和改革局2023年政府信息公开工作年度报告" + _OUTLINE)
    assert (meta.body, meta.year) == ("翠湖县发展和改革局", 2023)
    meta = _meta_of("附件：翠湖县民政局2023年政府信息公开工作年度报告.pdf" + _OUTLINE)
    assert (meta.body, meta.year) == ("翠湖县民政局", 2023)


def test_a_body_named_only_by_the_pages_fields_or_in_a_page_run_into_one_line():
    """(a metadata probe: body unknown) A title without the body under the page's fields (发布机构：翠湖县城市管理局); a
    page run into one line, its chrome, title and text together; a signature dated in full-width digits."""
    meta = _meta_of("索引号：X-2024-00012　　发布机构：翠湖县城市管理局　　发布日期：2024-01-31\n\n"
                    "2023年政府信息公开工作年度报告" + _OUTLINE)
    assert meta.body == "翠湖县城市管理局"
    line = ("当前位置：首页政务公开政府信息公开年报 翠湖县发展和改革局2023年政府信息公开工作年度报告 来源： 时间：2024-01-24 "
            "翠湖县发展和改革局2023年政府信息公开工作年度报告根据《中华人民共和国政府信息公开条例》规定，编制本报告。" * 2)
    assert _meta_of(line + _OUTLINE).body == "翠湖县发展和改革局"
    assert guess_published("一、总体情况\n略。\n翠湖县民政局\n２０２４年１月２０日\n", {}) == "2024-01-20"


def test_a_link_to_another_article_is_never_the_title():
    """上一篇：<another body's report> at the top of a crawled page's text names another body (before: taken for the title,
    its body for the report's, and a wrong key across years)."""
    from nlp.report import read_report
    text = "上一篇：临川市民政局2023年政府信息公开工作年度报告\n一、总体情况\n本年度，本单位的公开工作有序开展。\n"
    assert read_report(text.encode(), name="r.txt").meta.body is None

