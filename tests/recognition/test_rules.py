"""zn_rules on real sentences (CRUD_RAG news, Apache-2.0) and the worked examples of ANNOTATION.md."""

from __future__ import annotations

import re

import pytest

from tests.recognition.rules_helpers import recognisers, spans
from zone_ner.text.wordlists import separated_lists


def test_worked_example_titles_split_from_their_organisations():
    text = "江城高新区党工委书记、管委会主任李明出席。"
    assert spans(text) == [
        ("ORG", "江城高新区党工委"),
        ("TITLE", "书记"),
        ("ORG", "管委会"),
        ("TITLE", "主任"),
        ("PERSON", "李明"),
    ]


def test_worked_example_project_and_zone():
    text = "总投资12.5亿元的华星光电一期项目在河阳经开区开工。"
    assert spans(text) == [("PROJECT", "华星光电一期项目"), ("ZONE", "河阳经开区")]


def test_worked_example_zone_then_company():
    text = "位于东湖科学城的长青新材料有限公司"
    assert spans(text) == [("ZONE", "东湖科学城"), ("COMPANY", "长青新材料有限公司")]


def test_bare_zone_word_is_nothing():
    assert spans("高新区共有企业300家") == []


def test_zone_inside_an_organisation_is_org():
    assert ("ORG", "株洲高新区管委会") in spans("株洲高新区管委会召开会议")


def test_person_lists_after_a_role_word():
    text = "市领导刘光跃、王卫安、王庭恺、刘剑飞、蒋湘晖，株洲高新区党工委书记邬凌云、管委会主任刘智勇参加。"
    persons = [s for label, s in spans(text) if label == "PERSON"]
    assert persons == [
        "刘光跃",
        "王卫安",
        "王庭恺",
        "刘剑飞",
        "蒋湘晖",
        "邬凌云",
        "刘智勇",
    ]
    assert ("ORG", "株洲高新区党工委") in spans(text)


def test_title_chain_with_two_titles_before_one_name():
    text = "市委副书记、市长吴贤哲出席仪式并致辞。"
    assert spans(text) == [
        ("ORG", "市委"),
        ("TITLE", "副书记"),
        ("TITLE", "市长"),
        ("PERSON", "吴贤哲"),
    ]


def test_names_listed_after_one_title():
    text = "延吉高新区管委会副主任刘文明、康峰镐、李万洙出席开工仪式。"
    assert spans(text, "PERSON") == [
        ("PERSON", "刘文明"),
        ("PERSON", "康峰镐"),
        ("PERSON", "李万洙"),
    ]


def test_repeated_names_are_found_again():
    text = "市委书记曹慧泉出席。曹慧泉指出，要大抓项目。"
    assert spans(text, "PERSON") == [("PERSON", "曹慧泉"), ("PERSON", "曹慧泉")]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("大众网记者 邱延岗 滨州报道", "邱延岗"),
        ("开工仪式。李军广 摄", "李军广"),
        ("加强合作。▶ 王海涛", "王海涛"),
        ("共同推进园区发展。（张伟）", "张伟"),
    ],
)
def test_bylines(text, name):
    assert ("PERSON", name) in spans(text)


def test_byline_reporter_is_a_title():
    assert spans("记者 宗兆洋 通讯员 张文文8月8日报道") == [
        ("TITLE", "记者"),
        ("PERSON", "宗兆洋"),
        ("TITLE", "通讯员"),
        ("PERSON", "张文文"),
    ]


def test_companies_with_legal_forms_and_a_verb_before_them():
    text = (
        "孙东平听取了滨州魏桥科技工业园有限公司、山东华建铝业科技有限公司等企业的意见。"
    )
    companies = [s for label, s in spans(text) if label == "COMPANY"]
    assert companies == ["滨州魏桥科技工业园有限公司", "山东华建铝业科技有限公司"]


def test_company_enumeration_before_a_company_head_word():
    text = "目前，天宇未来生态、深圳华音国际、深圳宝舜泰、香港黎氏药业等10家企业拟入驻园区。"
    companies = [s for label, s in spans(text) if label == "COMPANY"]
    assert companies == ["天宇未来生态", "深圳华音国际", "深圳宝舜泰", "香港黎氏药业"]


def test_bare_places_listed_among_new_names_before_a_company_head_are_brands():
    text = "目前，已有岚丰、瑞崴、建昌、坤达等30余家台企在此设立公司。北京、上海、华为、腾讯等企业参加。"
    assert [(label, s) for label, s in spans(text) if label in ("COMPANY", "LOC")] == [
        ("COMPANY", "岚丰"),
        ("COMPANY", "瑞崴"),
        ("COMPANY", "建昌"),
        ("COMPANY", "坤达"),
        ("LOC", "北京"),
        ("LOC", "上海"),
        ("COMPANY", "华为"),
        ("COMPANY", "腾讯"),
    ]


def test_generic_kinds_of_company_are_no_name():
    assert [s for label, s in spans("多家台企设立投资性公司和区域性银行。") if label == "COMPANY"] == []


def test_company_with_a_bracketed_place_and_its_brand():
    text = "柘科（中国）工程设备有限公司是美国柘科的全资子公司。"
    companies = [s for label, s in spans(text) if label == "COMPANY"]
    assert companies == ["柘科（中国）工程设备有限公司", "柘科"]


def test_company_placed_in_a_zone_is_split():
    text = "代表团先后来到临夏经济开发区燎原乳业有限责任公司。"
    assert ("COMPANY", "燎原乳业有限责任公司") in spans(text)


def test_projects_with_company_prefix_and_generic_mentions_left_out():
    text = (
        "曹慧泉、陈恢清分别率队考察了国创越摩先进封装项目、博鲁斯潘精密机床一期项目、"
        "钽铌军民两用新材料产业园项目等3个已竣工项目，树立大抓项目的鲜明导向，观摩重点项目。"
    )
    projects = [s for label, s in spans(text) if label == "PROJECT"]
    assert projects == [
        "国创越摩先进封装项目",
        "博鲁斯潘精密机床一期项目",
        "钽铌军民两用新材料产业园项目",
    ]


def test_a_verb_or_pronoun_before_a_project_is_no_part_of_its_name() -> None:
    text = "展方还开设非遗体验馆项目，要探索房地产项目，即没有项目烂尾，其他管道项目正在研发。"
    projects = [s for label, s in spans(text) if label == "PROJECT"]
    assert projects == ["非遗体验馆项目"]


def test_project_keeps_its_company_and_drops_its_county():
    text = "临夏县云上河州文旅产业项目、安多集团畜牧全产业链项目"
    projects = [s for label, s in spans(text) if label == "PROJECT"]
    assert projects == ["云上河州文旅产业项目", "安多集团畜牧全产业链项目"]


def test_weak_tail_needs_a_company():
    assert [label for label, _ in spans("法士特年产20万台S变速器智能工厂投产。")] == [
        "PROJECT"
    ]
    assert "PROJECT" not in {label for label, _ in spans("全市已建成20个智能工厂。")}


def test_organisations_with_departments_and_chains():
    text = "天津市科技局、科技部火炬中心和省委组织部负责同志参加。"
    orgs = [s for label, s in spans(text) if label == "ORG"]
    assert orgs == ["天津市科技局", "科技部火炬中心", "省委组织部"]


def test_candidates_point_into_the_text():
    text = "延吉高新区党工委书记郭正吉介绍项目情况。"
    _, rules, _ = recognisers()
    for c in rules.find(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.source == "rules"


def test_sub_areas_chain_on_known_zones():
    text = "值得一提的是，在浦东国家农业科技园张江核心区，将建设研发中心。"
    assert ("ZONE", "浦东国家农业科技园张江核心区") in spans(text)
    assert spans("建设核心区和起步区") == []


def test_national_qualifier_between_place_and_suffix():
    assert spans("我们致力把河源国家高新区建成新兴产业集聚区。", "ZONE") == [
        ("ZONE", "河源国家高新区")
    ]
    assert spans("实现了粤东西北地区国家级高新区“零的突破”。", "ZONE") == []


def test_facilities_listed_before_a_project_head():
    text = "此外，市西软件信息园、网易国际文创科技园、上海红豆数创园等项目，近来也陆续落地。"
    projects = [s for label, s in spans(text) if label == "PROJECT"]
    assert projects == ["市西软件信息园", "网易国际文创科技园", "上海红豆数创园"]
    assert "PROJECT" not in {
        label for label, _ in spans("以及法液空、普罗名特等外资项目。")
    }


def test_brands_listed_before_a_project_head_are_companies():
    text = "本次签约包括10亿元以上的项目，以及法液空、普罗名特等外资项目。"
    assert [s for label, s in spans(text) if label == "COMPANY"] == [
        "法液空",
        "普罗名特",
    ]


def test_a_project_named_after_a_brand_that_is_also_a_verb():
    text = "总投资12.5亿元的超越智能家居产业园项目正式落户。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == ["超越智能家居产业园项目"]


def test_kinds_of_projects_are_not_project_names():
    text = (
        "全市将统筹推进城市更新项目，划分为经营性项目和公益性项目，"
        "其中临春村安置区项目已开工，市场主体参与三亚城市更新项目开发，医院负责提供本项目规划。"
    )
    labelled = spans(text)
    assert [s for label, s in labelled if label == "PROJECT"] == ["临春村安置区项目"]
    assert ("LOC", "三亚") in labelled


def test_a_phase_after_the_project_word_belongs_to_the_name():
    text = "位于三亚市吉阳区的临春村安置区项目一期当日开工。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == ["临春村安置区项目一期"]


def test_a_park_inside_a_zone_and_its_phase():
    text = "武汉临空经济示范区内攀升新科技园一期投产。巴陵石化己内酰胺项目原本紧邻长江。"
    labelled = spans(text)
    assert ("ZONE", "武汉临空经济示范区") in labelled
    assert [s for label, s in labelled if label == "PROJECT"] == ["攀升新科技园一期", "巴陵石化己内酰胺项目"]


def test_policy_talk_about_projects_names_no_project():
    text = "郑州航空港区实行项目领导分包责任制度，这是海南省首单城市更新项目融资，分阶段实施不同类别城市更新项目，甘肃省正全面推行项目要素供给新模式。"
    assert spans(text, "PROJECT") == []


def test_production_lines_listed_as_fields_are_no_projects():
    text = "在半导体生产线、真空镀膜生产线、高档汽车后视镜镀膜生产线等领域都有着广阔前景。"
    assert spans(text, "PROJECT") == []


def test_a_project_name_starts_after_the_clause_before_it() -> None:
    text = "华夏铝业将在产业园选址投资铝精深加工项目。该市越来越重视文化旅游项目，组织非遗项目传承人参加。"
    assert spans(text, "PROJECT") == [("PROJECT", "铝精深加工项目")]


def test_kinds_and_designations_of_projects_are_no_names() -> None:
    text = "团队承担国家社科基金重大项目，获评心理健康教育优秀公益项目，将建成全省储能产业示范项目。"
    assert spans(text, "PROJECT") == []
    assert spans("恒瑞储能锂电池储能电站项目开工。", "PROJECT") == [("PROJECT", "恒瑞储能锂电池储能电站项目")]


@pytest.mark.parametrize(
    "text",
    [
        "用产业链思维抓项目，紧盯新项目、大项目，推动退役军人优质创业项目。",
        "确需新建的现代煤化工项目不再审批，氢能碳减排项目和西安市地标性文旅项目受关注。",
        "已有收费项目的，按现有项目收费；南粤非遗项目和未成年人党建项目同时启动。",
        "得益于金光、桐昆等重特大项目陆续建成投产，创新开发多种新能源项目专属信贷产品。",
    ],
)
def test_kinds_of_projects_and_their_objects_are_no_project_names(text: str) -> None:
    assert spans(text, "PROJECT") == []


def test_a_named_phase_is_still_a_project() -> None:
    assert spans("总投资12.5亿元的华星光电一期项目和碳五低碳综合利用绿色新材料项目开工。", "PROJECT") == [
        ("PROJECT", "华星光电一期项目"),
        ("PROJECT", "碳五低碳综合利用绿色新材料项目"),
    ]


def test_a_named_centre_right_before_xiangmu_is_the_project():
    text = "双方共建北方大数据中心项目，中巴友谊医院项目竣工。市政府项目库同步更新。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == ["北方大数据中心项目", "中巴友谊医院项目"]


def test_a_demonstration_project_named_by_its_capacity_is_one_project_not_a_kind():
    text = "光热电站——中广核格尔木350兆瓦光热示范项目在青海开工建设。社科基金重大项目和各类示范项目。"
    assert [s for _, s in spans(text, "PROJECT")] == ["中广核格尔木350兆瓦光热示范项目"]


@pytest.mark.parametrize(
    "text",
    [
        "潼南、铜梁、荣昌、大足、合川等区",
        "甲乙、丙丁戊己庚辛、壬癸、子丑",  # a match ends inside a run: the next one starts after it
        "朱德贵、李世增、娄长民和刘春明四名农民工，王五、赵六、钱七、孙八",
        "、、甲乙、丙、丁戊、己庚、辛",
        "没有顿号的句子。",
    ],
)
def test_lists_found_from_their_separators_are_the_lists_the_pattern_finds(text: str) -> None:
    for first_max, pattern in ((4, r"[\u4e00-\u9fff]{2,4}(?:、[\u4e00-\u9fff]{2,4})+"), (3, r"[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,}")):
        compiled = re.compile(pattern)
        assert [m.span() for m in separated_lists(compiled, text, first_max)] == [m.span() for m in compiled.finditer(text)]
