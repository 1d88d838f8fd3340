"""The town/street/village rule (zone_ner.recognition.rules.places) on real sentence shapes."""

from __future__ import annotations

from functools import lru_cache

import pytest

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.gazetteer import Gazetteer
from zone_ner.recognition.rules.abbreviations import find_abbreviations
from zone_ner.recognition.rules.component import RuleRecogniser, kb_places
from zone_ner.recognition.rules.lexicon import Lexicon, default_lexicon
from zone_ner.recognition.rules.places import find_places, find_strategy_regions
from zone_ner.recognition.rules.scan import Known
from zone_ner.recognition.rules.short_places import (
    find_listed_districts,
    find_short_places,
)


@lru_cache(maxsize=1)
def _setup() -> tuple[Lexicon, Gazetteer]:
    kb = KnowledgeTable.load()
    return default_lexicon(kb_places(kb)), Gazetteer(kb, ["ZONE", "LOC", "COMPANY"])


def places(text: str) -> list[str]:
    lex, gazetteer = _setup()
    known = Known()
    for c in gazetteer.find(text):
        known.add(c.start, c.end, c.label)
    found = find_places(text, lex, known)
    assert all(c.label == "LOC" and c.source == "rules" and 0 < c.score < 1 for c in found)
    return [text[c.start:c.end] for c in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("通过这一平台，青浦区赵巷镇将进一步推动资源整合。", ["赵巷镇"]),
        ("7月25日，阳春市春城街道约1600户种植户受益。", ["春城街道"]),
        ("山西长治市长子县宋村镇东郭村村委会大院里", ["宋村镇", "东郭村"]),
        ("对临夏县、张河西村、前韩村等地进行调研", ["张河西村", "前韩村"]),
        ("不久后，临江社区就通过比选选择了运营方。", ["临江社区"]),
        ("由邻近的社区安排志愿者，打造产城融合的高品质社区。", []),
        ("河南郑州惠济区花园口镇", ["花园口镇"]),
        ("内蒙古鄂托克旗乌兰镇巴音嘎查的牧民", ["乌兰镇", "巴音嘎查"]),
        ("共同缔造汉中街道美好生活", ["汉中街道"]),
        ("皖南国际文化旅游示范区、合肥都市圈的重要成员", ["合肥都市圈"]),
        ("喀什航空口岸是新疆第二大航空港，红其拉甫口岸对巴基斯坦开放", ["喀什航空口岸", "红其拉甫口岸"]),
        ("吴中经济开发区（长桥街道）和临湖镇", ["长桥街道", "临湖镇"]),
        ("在相城高新区（元和街道）设立驿站", ["元和街道"]),
        ("家住高新区丰泽街道东湖社区的老人", ["丰泽街道", "东湖社区"]),
        ("企业帮扶柳河村修建广场", ["柳河村"]),
        ("目前，新兴街道孔雀村根据群众需求开放食堂", ["新兴街道", "孔雀村"]),
        ("全长约4公里，途经光继村、汇中村", ["光继村", "汇中村"]),
        ("在位于秦巴山区的陕西省西乡县城南街道，扎根打召村，隆图隆村村口有家小超市", ["城南街道", "打召村", "隆图隆村"]),
        ("金水湖居民区的居民说，老旧居民区改造加快", ["金水湖居民区"]),
        ("陈女士所在的宏达家园小区原属于老旧小区，分析小区情况", ["宏达家园小区"]),
    ],
)
def test_names_with_a_place_suffix_are_found(text: str, expected: list[str]) -> None:
    assert places(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "推进美丽乡村建设，城镇化率稳步提高。",
        "全村共有村民300人，乡镇干部下乡走访。",
        "打造特色小镇和文明村，深入农村调研。",
        "三个村、五个乡镇参加了活动。",
        "我们的社区越来越好，老旧社区改造加快。",
        "有巢国际公寓社区泗泾店开业。",
        "他回到家乡，看望老乡。",
        "促进社区互动，构建社区党组织，依托大型村镇。",
        "高铁起自江西南昌经景德镇终至安徽黄山。",
        "发展口岸经济，各口岸通关顺畅，陆路口岸运行平稳。",
        "得到家长好评，并希望社区多开展类似活动，各村和社区都参加。",
        "关于社区食堂，沈阳一些社区陆续开放，同时社区有心理咨询师，街道将逐步计划开设社区食堂。",
        "针对违建、群租、小广告、绿化等社区突出问题，与会嘉宾共话未来社区综合治理愿景。",
        "汇聚富民兴村强大合力，推进强村富民。",
        "赵元瑞常在村口停下，政府和属地村联动，镇街村居会议，认真履职社区小林长，争做社区文明观察员。",
        "“街道和社区不仅把电梯装好了，在高校、中小学、街道社区和企事业单位开课。",
    ],
)
def test_generic_words_and_unbounded_names_are_not_places(text: str) -> None:
    assert places(text) == []


def test_the_rules_component_passes_loc_candidates_when_loc_is_a_label() -> None:
    lex, _ = _setup()
    text = "赵巷镇充分挖掘区域优势资源。"
    with_loc = RuleRecogniser(lex, ["LOC", "ORG"]).find(text)
    without = RuleRecogniser(lex, ["ORG"]).find(text)
    assert [(c.start, c.end, c.label) for c in with_loc] == [(0, 3, "LOC")]
    assert without == []


def test_a_name_found_after_a_title_is_no_place_before_a_community() -> None:
    lex, _ = _setup()
    text = "成人内科副主任吴攀为社区居民做了一场讲座，东湖社区也参加了。"
    found = RuleRecogniser(lex, ["LOC", "PERSON"]).find(text)
    assert [(text[c.start : c.end], c.label) for c in found] == [("吴攀", "PERSON"), ("东湖社区", "LOC")]



def test_one_character_place_names_in_business_context():
    text = "已有70多家企业在昆投资，吸引青年来榕发展，外商对华投资稳定，在新发展阶段对外开放。"
    found = find_abbreviations(text, Known())
    assert [text[c.start : c.end] for c in found] == ["昆", "榕", "华"]
    assert all(c.label == "LOC" for c in found)


def _stems(text: str) -> tuple[list[Candidate], list[Candidate]]:
    """The gazetteer's places of `text` and the district stems found after them."""
    _lex, gazetteer = _setup()
    prior = gazetteer.find(text)
    known = Known()
    for c in prior:
        known.add(c.start, c.end, c.label)
    return prior, find_short_places(text, known, prior)


def test_a_district_named_in_full_lends_its_stem_to_later_mentions():
    text = "厦门市翔安区举办人才大会。今年正值翔安建区20周年，对翔安来说，引流聚才；翔安湖公园开放。"
    _prior, found = _stems(text)
    assert [(text[c.start : c.end], c.start) for c in found] == [("翔安", 17), ("翔安", 27)]


def test_a_stem_that_is_an_ordinary_word_needs_a_place_before_it():
    prior, found = _stems("云南富民县推进产业发展，书写产业富民的新篇章，昆明富民的水果丰收。")
    locs = [(c.start, c.end) for c in prior + found if c.label == "LOC"]
    assert (16, 18) not in locs and (25, 27) in locs  # 产业富民: a slogan; 昆明 + 富民: the county


def test_no_stem_without_the_full_name():
    _lex, gazetteer = _setup()
    text = "今年正值翔安建区20周年。"
    assert find_short_places(text, Known(), gazetteer.find(text)) == []


def test_a_country_or_city_abbreviation_before_a_side_or_after_with() -> None:
    text = "东盟与俄方的合作取得成果。保险经纪公司在沪成立。环同济企业分享会举行，双方同意合作，和美乡村建设提速。"
    found = find_abbreviations(text, Known())
    assert [text[c.start : c.end] for c in found] == ["俄", "沪"]


def test_a_standalone_list_of_one_character_names_names_each_place() -> None:
    text = "小型堆技术有超过80种，美、俄、英、日、韩等核电大国均在研发。京、津、冀三地协同。中、英、法文版本同时发布。"
    found = find_abbreviations(text, Known())
    assert [text[c.start : c.end] for c in found] == ["美", "俄", "英", "日", "韩", "京", "津", "冀"]


def test_regions_named_by_a_development_strategy() -> None:
    text = "推进实施西部大开发、东北振兴、中部崛起、东部率先发展。地势自西北向东南倾斜。"
    found = find_strategy_regions(text, Known())
    assert [text[c.start : c.end] for c in found] == ["西部", "东北", "中部", "东部"]


def test_district_stems_listed_together_are_places() -> None:
    lex, _gazetteer = _setup()
    text = "局地暴雨。潼南、铜梁、荣昌、大足等区县受灾。已向静海、宝坻、宁河、武清等区调拨物资。他说、笑、跑。"
    found = find_listed_districts(text, lex, Known())
    assert [text[c.start : c.end] for c in found] == ["潼南", "铜梁", "荣昌", "大足", "静海", "宝坻", "宁河", "武清"]
    text = "阎良、高陵、灞桥、临潼及南部区县有雷阵雨。"
    assert [text[c.start : c.end] for c in find_listed_districts(text, lex, Known())] == ["阎良", "高陵", "灞桥", "临潼"]


def test_a_listed_zone_word_does_not_hide_the_districts_and_qualified_stems_are_no_districts() -> None:
    lex, _gazetteer = _setup()
    text = "沙坪坝、九龙坡、高新区、北碚等地出现大雨。唐山、保定南部、石家庄、北运河等地出现高温。"
    known = Known()
    for place in ("唐山", "石家庄", "保定", "九龙"):
        start = text.find(place)
        known.add(start, start + len(place), "LOC")
    found = find_listed_districts(text, lex, known)
    assert [text[c.start : c.end] for c in found] == ["沙坪坝", "九龙坡", "北碚"]


def test_a_stem_that_is_a_frequent_word_after_another_word_is_no_district() -> None:
    lex, _gazetteer = _setup()
    text = "为园区引入市场资源、企业资源、资金资源和人才。专家组赴房山、门头沟、怀柔、密云等区。"
    found = find_listed_districts(text, lex, Known())
    assert [text[c.start : c.end] for c in found] == ["房山", "门头沟", "怀柔", "密云"]


def test_a_short_name_licensed_by_its_full_name_needs_only_one_side_of_its_context() -> None:
    text = "俄罗斯与越南签署协议。越领导层肯定继续同俄发展关系，据俄副外长透露，中俄关系、同俄方会谈、对老年人关怀、港股上涨。"
    found = find_abbreviations(text, Known())
    assert [(c.start, text[c.start : c.end]) for c in found] == [(11, "越"), (20, "俄"), (27, "俄")]
    assert find_abbreviations("同俄发展关系，据俄副外长透露。", Known()) == []  # no 俄罗斯 in the text


def test_an_army_names_its_country_wherever_it_stands() -> None:
    text = "乌克兰武装部队称，俄军在库皮扬斯克击退了乌军进攻；美军未回应，美观大方。"
    found = [text[c.start : c.end] for c in find_abbreviations(text, Known())]
    assert found == ["乌"]  # 俄 and 美 are not licensed: the text names neither 俄罗斯 nor 美国
    text = "俄罗斯国防部称，俄军击退了乌军进攻。乌克兰称，乌军对俄控制中心实施打击。"
    found = find_abbreviations(text, Known())
    assert [(c.start, text[c.start : c.end]) for c in found] == [(8, "俄"), (13, "乌"), (23, "乌"), (26, "俄")]


@pytest.mark.parametrize(
    "text",
    [
        "新型研发机构、开源社区等协同攻关。",
        "记者走访济南部分社区菜市场，基层社区共治成效明显。",
        "电子口岸签证签发量翻番，国际口岸“一费制”改革推进，健全口岸监管设施。",
        "巫山县被誉为“中国脆李之乡”，打造“网球之乡”品牌。",
    ],
)
def test_generic_communities_and_ports_are_no_places(text: str) -> None:
    assert places(text) == []


def test_a_community_named_by_one_frequent_word_needs_a_place_before_it() -> None:
    assert places("丰富社区居民的生活，夯实社区治理，针对重点社区开展活动。") == []
    assert places("无锡市新吴区硕放街道吉祥社区，雅澜、麓山、开元社区") == ["硕放街道", "吉祥社区", "开元社区"]


def test_a_community_after_jin_is_where_something_goes_not_a_place() -> None:
    assert places("开展法律进社区、进企业活动，科技进镇入村，在和平社区举办。") == ["和平社区"]


def test_no_village_inside_a_known_zone_or_company() -> None:
    assert places("推动中关村示范区建设，中关村在线消息。贵州省遵义市花茂村") == ["花茂村"]


def test_a_village_name_does_not_open_with_the_end_of_a_word() -> None:
    assert places("为了尽快摸清楚白玛纳村的草原。服务经开区长岗社区居民。") == ["长岗社区"]


def test_hua_is_licensed_by_china_and_city_characters_by_their_city() -> None:
    text = "中国对外开放的大门越开越大，外资企业在华实现更好发展。长沙出台新政，支持高校在长设立研究院；在长期合作中受益。"
    found = [(c.start, text[c.start : c.end]) for c in find_abbreviations(text, Known())]
    assert found == [(text.index("在华") + 1, "华"), (text.index("在长设") + 1, "长")]
    assert find_abbreviations("外资企业在华实现更好发展。", Known()) == []  # no 中国 in the text


def test_a_neighbour_forming_a_word_is_no_second_region() -> None:
    text = "上海发布数据，外国人留沪长期发展意愿提升；在苏台胞参保。江苏省台办介绍。"
    found = [text[c.start : c.end] for c in find_abbreviations(text, Known())]
    assert found == ["沪", "苏"]  # 长期 is a word, so 沪 + 长 is no two-region compound like 津冀


def test_a_visit_verb_or_a_rate_opens_no_town_and_set_phrases_hold_no_county() -> None:
    assert places("企业家考察参观宁乡经开区的企业，提高项目落地率街道领导带头。") == []
    _lex, gazetteer = _setup()
    text = "生命重于泰山，飞机冲上云霄。"
    assert [c for c in gazetteer.find(text) if c.label == "LOC"] == []


def _city_stems(text: str) -> list[str]:
    """The district stems the rules find right after a city or province the gazetteer found."""
    kb = KnowledgeTable.load()
    _lex, gazetteer = _setup()
    prior = gazetteer.find(text)
    found = RuleRecogniser.from_kb(kb, ["LOC"]).find(text, prior)
    places = {(c.start, c.end) for c in prior}
    return [text[c.start : c.end] for c in found if (c.start, c.end) not in places]


def test_a_district_stem_right_after_its_city_or_province_is_a_place():
    text = "张某是武汉黄陂人，在广州越秀、南京鼓楼都住过，天津蓟州公安机关破案，重庆沙坪坝的企业。"
    assert _city_stems(text) == ["黄陂", "越秀", "鼓楼", "蓟州", "沙坪坝"]
    assert _city_stems("1968年5月生，山东乳山人。湖北大冶铜绿山古铜矿遗址。") == ["乳山", "大冶"]


def test_a_stem_after_another_city_or_opening_a_facility_is_no_place():
    text = "南京越秀路上，广州黄陂人开店，天津南开大学招生。"  # 越秀区 is Guangzhou's, 黄陂区 Wuhan's
    assert _city_stems(text) == []


def test_a_stem_that_is_an_ordinary_word_needs_its_city_not_its_province():
    text = "四川南部、贵州西北部有暴雨，助力辽宁振兴发展，南充南部的果园，山东章丘人。"
    assert _city_stems(text) == ["南部", "章丘"]
