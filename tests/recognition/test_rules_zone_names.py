"""Zone names the rules build from their own characters: a verb phrase is not a name."""

from __future__ import annotations

import pytest
from rules_helpers import recognisers, spans


@pytest.mark.parametrize(
    "text",
    [
        "优化营商环境，重视特色产业园区建设，打造国家级园区。",
        "8旬老人作诗颂威海 家住经开区皇冠街道的老人今年85岁。",
        "它紧邻产业园和商务区，已为企业提供服务。",
        "活动邀请辖区各文创产业园的青年人参与。",
        "此举促进欧亚经济联盟和新加坡建立自由贸易区。",
        "8月9日，黄陂区开通一条工业园专线公交。",
        "增订单”、做强自贸试验区等，将重点深耕自贸区电商服务，助力共创高新区建设。",
    ],
)
def test_a_verb_before_a_zone_suffix_does_not_make_a_zone(text: str) -> None:
    assert spans(text, "ZONE") == []


def test_an_aerospace_or_aviation_city_after_its_place_is_a_zone() -> None:
    text = "在文昌国际航天城，卫星总装测试厂房开工；郑州航空城建设提速，各地建设航空城。"
    assert spans(text, "ZONE") == [("ZONE", "文昌国际航天城"), ("ZONE", "郑州航空城")]


def test_an_industry_word_opening_with_a_verb_is_a_zone_name_after_its_place() -> None:
    text = "13号线东延伸终于上海集成电路设计产业园，新加坡建立自由贸易区。"
    assert spans(text, "ZONE") == [("ZONE", "上海集成电路设计产业园")]


def test_an_own_name_before_a_zone_suffix_is_still_a_zone() -> None:
    assert spans("总投资5亿元的项目落户金鼎产业园区。", "ZONE") == [
        ("ZONE", "金鼎产业园区")
    ]


def test_a_sub_area_tail_is_not_read_across_a_stop_word() -> None:
    assert spans("授予云南省银河科技园等产业园区大赛战略合作伙伴称号", "ZONE") == [
        ("ZONE", "银河科技园")
    ]
    assert spans("中国（湖南）自由贸易试验区长沙片区挂牌", "ZONE") == [
        ("ZONE", "中国（湖南）自由贸易试验区长沙片区")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "全市新增绿色工业园区12家，打造一批乡村工匠产业园区。",
        "好项目相继落地综保区，金融促进自贸试验区提升。",
    ],
)
def test_categories_and_predicates_before_a_suffix_are_not_zones(text: str) -> None:
    assert spans(text, "ZONE") == []


def test_ordinary_words_still_name_a_science_city_and_a_county_names_a_park() -> None:
    assert spans("未来科技城吸引人才。", "ZONE") == [("ZONE", "未来科技城")]
    assert spans("公司位于宝山高新区北部。", "ZONE") == [("ZONE", "宝山高新区")]


def test_a_zone_named_without_its_place_later_in_the_text() -> None:
    text = "深圳大鹏新区生命科学产业园揭牌。为加强对生命科学产业园公共服务平台的建设，工业园区投入资金。"
    assert spans(text, "ZONE") == [
        ("ZONE", "深圳大鹏新区生命科学产业园"),
        ("ZONE", "生命科学产业园"),
    ]


def test_a_bare_free_trade_zone_word_with_a_named_area_is_a_zone() -> None:
    text = "家住自贸区郴州片区的黄女士说，自贸区各片区协同发展。"
    assert spans(text, "ZONE") == [("ZONE", "自贸区郴州片区")]


def test_innovation_demonstration_areas_and_inland_ports() -> None:
    text = "合肥新桥科技创新示范区和乌鲁木齐国际陆港区签约。"
    assert spans(text, "ZONE") == [
        ("ZONE", "合肥新桥科技创新示范区"),
        ("ZONE", "乌鲁木齐国际陆港区"),
    ]


def test_sub_areas_after_listed_zones_and_no_suffix_inside_a_listed_zone() -> None:
    text = "活动在郎溪县经济开发区十字园区举行，光谷生物城和苏州工业园区园区企业参加。"
    assert spans(text, "ZONE") == [
        ("ZONE", "郎溪县经济开发区十字园区"),
        ("ZONE", "光谷生物城"),
        ("ZONE", "苏州工业园区"),
    ]


def test_a_predicate_after_a_listed_zone_is_no_sub_area() -> None:
    assert spans("近年来，凤凰山经济开发区积极推进园区建设。", "ZONE") == [
        ("ZONE", "凤凰山经济开发区")
    ]


def test_a_county_stays_in_the_zone_name_but_a_city_or_a_chain_of_places_does_not():
    assert spans("设备在岢岚县胡家滩经济产业园区组装完成。", "ZONE") == [
        ("ZONE", "岢岚县胡家滩经济产业园区")
    ]
    labelled = spans("企业在娄底市娄星产业开发区投产，民警在西宁市城西区海湖新区巡逻。")
    assert ("ZONE", "娄星产业开发区") in labelled and ("LOC", "娄底市") in labelled
    assert ("ZONE", "海湖新区") in labelled and ("LOC", "城西区") in labelled


def test_a_county_before_a_long_described_park_stays_in_its_name():
    text = "项目落户龙华区数字经济跨境电商产业园，江西吉安市永丰县循环经济产业园整改。"
    assert spans(text) == [
        ("ZONE", "龙华区数字经济跨境电商产业园"),
        ("LOC", "江西"),
        ("LOC", "吉安市"),
        ("ZONE", "永丰县循环经济产业园"),
    ]


def test_inside_after_a_stop_word_is_not_part_of_a_zone_name():
    assert spans("仅该街道辖区内桃元工业园入驻企业就有20家。", "ZONE") == [
        ("ZONE", "桃元工业园")
    ]


def test_a_founding_verb_between_a_place_and_a_zone_suffix_makes_no_zone():
    text = (
        "王新奎认为，上海先行先试建设自由贸易试验区意味着改革，福建申建自由贸易试验区。"
    )
    assert spans(text, "ZONE") == []


def test_a_town_named_in_full_is_a_place_by_its_stem_later(fast_nlp):
    rec = fast_nlp("吴泾镇规建生态办负责人介绍，道路将对吴泾南部片区的开发带来便利。")
    assert ("LOC", "吴泾") in [(m.label, m.text) for m in rec.mentions]


def test_a_town_whose_name_opens_with_a_numeral_after_its_county(fast_nlp):
    rec = fast_nlp("盐山县千童镇刘庄村原党支部书记刘瑞香贪污补贴。")
    assert [(m.label, m.text) for m in rec.mentions if m.label == "LOC"] == [
        ("LOC", "盐山县"),
        ("LOC", "千童镇"),
        ("LOC", "刘庄村"),
    ]


def test_a_counted_park_and_a_verb_before_a_park_make_no_zone():
    assert spans(
        "藏香企业2家，藏香产业园1个；群众靠产业园脱贫，项目落户金鼎产业园区。", "ZONE"
    ) == [("ZONE", "金鼎产业园区")]
    assert spans("在涿州一处工业园区内，有人员被困。", "ZONE") == []


def test_a_quoted_own_name_before_a_park_suffix_is_a_zone_but_a_quoted_quality_is_not():
    text = "兰州新区建成绿色环保“水性科技”产业园区，还要打造“绿色”产业园区。"
    assert spans(text, "ZONE") == [("ZONE", "兰州新区"), ("ZONE", "“水性科技”产业园区")]


def test_a_free_trade_area_named_by_the_parties_of_an_agreement_is_no_zone() -> None:
    text = "中日韩自贸区谈判启动后，中国—巴基斯坦自贸区第二阶段议定书生效，亚太自贸区进程加快；宁波高新区企业受益。"
    assert spans(text, "ZONE") == [("ZONE", "宁波高新区")]


@pytest.mark.parametrize(
    "text",
    [
        "自贸试验区实施的国际口岸“一费制”改革",
        "新区启动沉浸式轨道反诈巡展“网络兼职回报”",
    ],
)
def test_a_text_opening_with_a_zone_suffix_before_a_quote_yields_ordered_spans(
    text: str,
) -> None:
    # a bare suffix at offset 0 once took the later quote as its name's start (start 12, end 5)
    gazetteer, rules, _merge = recognisers()
    found = rules.find(text, gazetteer.find(text))
    assert all(c.start < c.end for c in found)


@pytest.mark.parametrize(
    "text",
    [
        "高标准建设一批新型储能产业园区，加快培育预制菜产业园区和龙头企业。",
        "一座高标准的跨境电商产业园拔地而起，致力于打造“零碳”工业园示范区。",
        "这也是全国首个跨省域高新区，非洲大陆自由贸易区建设取得进展。",
    ],
)
def test_a_park_named_only_by_its_industry_is_a_kind(text: str) -> None:
    assert spans(text, "ZONE") == []


def test_a_place_before_an_industry_park_keeps_it_a_name() -> None:
    assert spans("岢岚县光伏产业园正式开园，汝南县锂电装备产业园招商。", "ZONE") == [
        ("ZONE", "岢岚县光伏产业园"),
        ("ZONE", "汝南县锂电装备产业园"),
    ]


def test_a_zone_word_after_a_bureau_names_no_zone() -> None:
    text = "在新疆维吾尔自治区乌鲁木齐市公安局高新区(新市区)分局刑侦大队的协助下"
    assert spans(text, "ZONE") == []


def test_a_zone_declared_with_a_short_name_and_its_mentions() -> None:
    text = "山东青岛，中国—东北亚地方经贸合作示范区（以下简称“东合示范区”）开通班列。目前，东合示范区已开通中俄班列。"
    assert [s for label, s in spans(text) if label == "ZONE"] == [
        "中国—东北亚地方经贸合作示范区",
        "东合示范区",
        "东合示范区",
    ]


def test_a_declared_short_name_that_is_no_zone_word_adds_no_zone() -> None:
    text = "山东青岛，东北亚地方经贸合作组织（以下简称“东合组织”）开通班列。"
    assert [s for label, s in spans(text) if label == "ZONE"] == []


def test_a_kind_of_park_after_a_zone_is_its_named_sub_area_not_another_zone() -> None:
    text = "为聊城高新区环保科技城以及高端装备产业园如期实现并网通电。"
    assert [s for label, s in spans(text) if label == "ZONE"][:1] == ["聊城高新区环保科技城"]


def test_zones_written_back_to_back_stay_apart_but_sub_parks_join_their_zone():
    text = "邵阳经济技术开发区湖南邵东经济开发区岳阳高新技术产业开发区临湘高新技术产业开发区益阳高新技术产业开发区龙岭产业开发区。在十堰经开区龙门工业园，西咸新区泾河新城。"
    assert [s for _, s in spans(text, "ZONE")] == [
        "邵阳经济技术开发区",
        "湖南邵东经济开发区",
        "岳阳高新技术产业开发区",
        "临湘高新技术产业开发区",
        "益阳高新技术产业开发区",
        "龙岭产业开发区",
        "十堰经开区龙门工业园",
        "西咸新区泾河新城",
    ]


def test_creating_or_building_a_kind_of_zone_names_none():
    text = "在浙江杭州高质量打造数字自由贸易试验区过程中，浦东新区先后创建数字广告产业园区。"
    assert spans(text, "ZONE") == [("ZONE", "浦东新区")]


def test_a_listed_body_inside_a_listed_zone_name_is_part_of_the_zone():
    text = "山东青岛，中国—上海合作组织地方经贸合作示范区今年开通班列。"
    assert spans(text, "ZONE") == [("ZONE", "中国—上海合作组织地方经贸合作示范区")]
    assert spans(text, "ORG") == []


def test_a_bracketed_place_between_partners_and_an_own_name_opens_the_zone():
    text = "领导共同为中德（揭阳）中小企业合作区揭牌；中国铝业公司将在闽台（福州）蓝色产业园选址投资。"
    assert [s for _, s in spans(text, "ZONE")] == ["中德（揭阳）中小企业合作区", "闽台（福州）蓝色产业园"]


def test_a_bracketed_place_after_a_longer_name_does_not_cut_the_name():
    text = "总投资145亿元的益海嘉里（周口）现代食品产业园正在建设。"
    assert all(not s.startswith("嘉里") for _, s in spans(text))


def test_a_new_area_named_after_a_stop_word_is_a_zone_but_a_kind_of_area_is_not():
    text = "市民发现，在天衢新区东风路与康博大道交叉口。决定对鲁西新区闽江路实施封闭。在城市新区建设中。"
    assert [s for _, s in spans(text, "ZONE")] == ["天衢新区", "鲁西新区"]


def test_a_counted_park_is_one_of_a_kind_not_a_name():
    text = "在北京，一个具身智能产业园半年多就聚集了三十多家企业。"
    assert spans(text, "ZONE") == []


def test_industrial_concentration_areas_university_towns_and_business_districts_are_zones() -> None:
    text = "拟投资100亿元在福州江阴工业集中区建设海上风电装备产业园项目。加快郑州航空港大学城建设。"
    assert [(label, s) for label, s in spans(text) if label in ("ZONE", "PROJECT")] == [
        ("ZONE", "福州江阴工业集中区"),
        ("PROJECT", "海上风电装备产业园项目"),
        ("ZONE", "郑州航空港大学城"),
    ]


def test_industrial_districts_and_five_character_own_names_are_zones() -> None:
    text = "从闵行经济开发区到漕泾工业区，再到观摩麦丰祥食品产业园，待周浦时尚产业园装修完毕后回迁。"
    assert [s for _label, s in spans(text, "ZONE")] == ["闵行经济开发区", "漕泾工业区", "麦丰祥食品产业园", "周浦时尚产业园"]


def test_a_counted_batch_of_parks_names_no_zone() -> None:
    text = "中马“两国双园”等一批跨省份跨境产业园区加快建设。"
    assert spans(text, "ZONE") == []


def test_an_appointment_verb_and_a_development_company_stay_out_of_the_zone() -> None:
    text = "2002年4月，任漕泾工业区开发建设有限公司副总经理。"
    assert spans(text, "COMPANY") == [("COMPANY", "漕泾工业区开发建设有限公司")]
    assert spans(text, "ZONE") == []


def test_a_station_named_after_a_zone_is_no_zone() -> None:
    text = "乘客在地铁5号线武汉经开区站换乘，前往金口工业园站；武汉经开区站在新起点上。"
    assert spans(text, "ZONE") == [("ZONE", "武汉经开区")]  # only the zone that "stands" (站在)
