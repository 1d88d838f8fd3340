"""The gazetteer: knowledge-table aliases, longest match, places glued into words left out."""

from __future__ import annotations

import pytest

from zone_ner.linking.kb import KnowledgeTable
from zone_ner.recognition.gazetteer import Gazetteer, common_words, glued


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer(KnowledgeTable.load(), ["ZONE", "LOC"])


def _found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(text[c.start : c.end], c.label) for c in gazetteer.find(text)]


def test_longest_alias_wins_and_is_linked(gazetteer):
    text = "陕西省西安高新区管委会"
    found = gazetteer.find(text)
    assert ("西安高新区", "ZONE") in [(text[c.start : c.end], c.label) for c in found]
    zone = next(c for c in found if c.label == "ZONE")
    assert zone.kb_id == "GBT37028:61103001"
    assert ("陕西省", "LOC") in _found(gazetteer, text)


def test_place_glued_into_words_is_left_out(gazetteer):
    assert "新平" not in [t for t, _ in _found(gazetteer, "推动创新平台建设")]
    assert "迁安" not in [t for t, _ in _found(gazetteer, "做好拆迁安置工作")]


def test_place_standing_alone_is_kept(gazetteer):
    assert ("迁安", "LOC") in _found(gazetteer, "河北迁安的钢铁企业")


def test_glued_needs_words_on_both_sides():
    words = common_words()
    assert "创新" in words and "平台" in words
    assert glued("创新平台", 1, 3, words)
    assert not glued("新平县", 0, 2, words)


def test_rivers_lakes_and_seas_are_not_proposed_by_the_shipped_gazetteer() -> None:
    from spacy.lang.zh import Chinese

    import zone_ner.components  # noqa: F401

    gazetteer = Chinese().add_pipe("zn_gazetteer")
    text = "沿长江经济带布局，地处洞庭湖畔的岳阳市与渤海之滨的天津"
    found = {text[c.start : c.end]: c.label for c in gazetteer.find(text)}
    assert found.get("岳阳市") == "LOC" and found.get("天津") == "LOC"
    assert not {"长江", "洞庭湖", "渤海"} & set(found)


def test_a_county_short_form_running_into_a_common_word_is_not_proposed() -> None:
    from spacy.lang.zh import Chinese

    import zone_ner.components  # noqa: F401

    gazetteer = Chinese().add_pipe("zn_gazetteer")
    text = "深入实施文化惠民工程，争创外贸新平台；惠民县和沿河县的代表参加。"
    found = [text[c.start : c.end] for c in gazetteer.find(text) if c.label == "LOC"]
    assert found == ["惠民县", "沿河县"]


def test_a_district_named_by_a_direction_needs_a_place_before_it() -> None:
    from spacy.lang.zh import Chinese

    import zone_ner.components  # noqa: F401

    gazetteer = Chinese().add_pipe("zn_gazetteer")
    text = "校区的东区和西区建成充电桩，四川攀枝花市东区发布通知，途经赛罕区、新城区，老城区食堂多。"
    found = [text[c.start : c.end] for c in gazetteer.find(text) if c.label == "LOC"]
    assert found == ["四川", "攀枝花市", "东区", "赛罕区", "新城区"]


def test_a_city_before_a_word_opening_with_shi_is_named_without_it():
    import zone_ner

    rec = zone_ner.load("fast")("巫山脆李来到了上海市场，广州市民踊跃购买，上海市政府发布通知。")
    places = [(m.text, m.label) for m in rec.mentions if m.label in ("LOC", "ORG")]
    assert ("上海", "LOC") in places and ("广州", "LOC") in places
    assert ("上海市", "LOC") not in places and ("上海市政府", "ORG") in places


def test_a_place_that_opens_a_facility_name_is_not_proposed():
    import zone_ner

    rec = zone_ner.load("fast")("华山景区暂时闭园，航班降落海口美兰国际机场，首都北京和大兴机场保障有力。")
    assert [(m.text, m.label) for m in rec.mentions if m.label == "LOC"] == [("北京", "LOC")]


def test_county_short_form_opening_inside_a_word_is_left_out(gazetteer):
    assert "资中" not in [t for t, _ in _found(gazetteer, "实际使用外资中并购所占比重上升")]
    assert ("资中", "LOC") in _found(gazetteer, "四川资中的血橙丰收")


def test_phrases_that_name_no_place_hide_the_places_in_them(gazetteer):
    text = "中方愿同各方维护广大发展中国家的利益，把产业作为兴县富民的品牌；湖南中方县的柑橘丰收。"
    found = _found(gazetteer, text)
    assert ("中方", "LOC") not in found and ("中国", "LOC") not in found and ("兴县", "LOC") not in found
    assert ("中方县", "LOC") in found and ("湖南", "LOC") in found


def test_a_prefecture_short_form_that_names_a_company_needs_a_place(gazetteer):
    found = _found(gazetteer, "一周前，阿里决定支持旗下芯片公司。西藏阿里的牧民增收。")
    assert ("阿里", "LOC") in found and found.count(("阿里", "LOC")) == 1


def test_a_county_inside_a_word_or_a_craft_is_no_place(gazetteer):
    found = _found(gazetteer, "全国农业标准化示范县，领略景泰蓝制作技艺；河南范县、甘肃景泰的特产。")
    assert found.count(("范县", "LOC")) == 1 and found.count(("景泰", "LOC")) == 1


def test_east_to_in_a_route_is_no_county(gazetteer):
    found = _found(gazetteer, "“中段”西起浦星公路，东至沿浦公路，途经安徽省东至县。")
    assert ("东至", "LOC") not in found and ("东至县", "LOC") in found


def test_belt_and_road_regions_are_places(gazetteer):
    text = "物流中心处在丝绸之路经济带，地处亚欧大陆桥中段，是21世纪海上丝绸之路的廊道。"
    found = _found(gazetteer, text)
    for name in ("丝绸之路经济带", "亚欧大陆桥", "21世纪海上丝绸之路"):
        assert (name, "LOC") in found


def test_a_place_that_names_a_road_is_not_proposed(gazetteer):
    found = [t for t, _ in _found(gazetteer, "救援队在凤凰大道、通江路和沿河街北路救人，深圳路演在北京路上举行。")]
    assert "凤凰" not in found and "通江" not in found and "沿河" not in found
    assert "深圳" in found and "北京" in found


def test_free_trade_areas_named_after_the_bare_zone_word_and_new_area_cities(gazetteer):
    found = gazetteer.find("自贸长沙片区、自贸试验区南沙片区和泾河新城")
    names = {c.kb_id for c in found if c.label == "ZONE"}
    assert len(names) == 3 and None not in names


def test_directions_slogans_and_interchanges_name_no_place(gazetteer):
    text = "位于燕山立交桥交叉口东北侧，实现惠民惠企；东北地区经济回升，东北部分地区有雨。"
    found = [t for t, _ in _found(gazetteer, text)]
    assert found == ["东北地区", "东北"]


def test_a_zone_name_inside_a_road_or_port_name_is_not_proposed(gazetteer):
    text = "项目终点位于洋浦大道交叉口，货物运往广西钦州港，洋浦经济开发区招商。"
    found = _found(gazetteer, text)
    assert ("洋浦", "ZONE") not in found and ("钦州", "LOC") not in found
    assert ("洋浦经济开发区", "ZONE") in found and ("广西", "LOC") in found


def test_the_mainland_is_a_place_and_a_city_before_a_word_with_shi_is_named_without_it(gazetteer):
    found = _found(gazetteer, "直接参与内地黄金现货交易，来大陆走一走，参观重庆市级科普基地。")
    assert ("内地", "LOC") in found and ("大陆", "LOC") in found and ("重庆", "LOC") in found


def test_a_place_before_a_two_character_road_word_or_a_side_of_a_road_is_no_place(gazetteer) -> None:
    text = "在茂名大道沿线、青州大道以西、太湖路以南，玉林西路80号院旁，朝阳大桥旁，闽江路（广州路至兴民路段）车多。"
    assert [t for t, _ in _found(gazetteer, text)] == []


def test_a_county_short_form_that_is_an_ordinary_word_needs_a_place_before_it(gazetteer):
    text = "举办家电惠民补贴活动，奋力高台起势。山东惠民县、甘肃张掖高台的代表参加。"
    found = [text[c.start : c.end] for c in gazetteer.find(text) if c.label == "LOC"]
    assert found == ["山东", "惠民县", "甘肃", "张掖", "高台"]


def test_a_weak_alias_names_its_zone_only_where_the_text_names_it_in_full(gazetteer):
    full = "临港新片区成立以来发展迅速。去年，外资金融机构落地临港，上海临港经济发展（集团）有限公司参与。"
    zones = [full[c.start : c.end] for c in gazetteer.find(full) if c.label == "ZONE"]
    assert zones == ["临港新片区", "临港"]
    alone = "去年，外资金融机构落地临港。"
    assert [c for c in gazetteer.find(alone) if c.label == "ZONE"] == []


def test_a_zone_own_name_alone_names_it_after_the_full_name_but_not_a_river_or_park(gazetteer):
    text = "上海金桥经济技术开发区总工会启动“金桥杯”大赛，带领广大金桥职工走进元宇宙，金桥公园也开放了。"
    assert [t for t, label in _found(gazetteer, text) if label == "ZONE"] == ["上海金桥经济技术开发区", "金桥", "金桥"]
    assert [c for c in gazetteer.find("带领广大金桥职工走进元宇宙。") if c.label == "ZONE"] == []
    river = "马鞍山慈湖高新技术产业开发区内，城际铁路跨慈湖河连续梁合龙，慈湖企业加快发展。"
    assert [t for t, label in _found(gazetteer, river) if label == "ZONE"] == ["马鞍山慈湖高新技术产业开发区", "慈湖"]


def test_a_compass_part_of_a_place_is_no_region(gazetteer):
    text = "保定西北部、新疆西南部有雨，东北地区和西北五省降温。"
    assert [t for t, label in _found(gazetteer, text) if label == "LOC"] == ["保定", "新疆", "东北地区", "西北"]


def test_capitals_abroad_are_places_and_short_city_names_read_inside_words_are_left_out(gazetteer):
    found = _found(gazetteer, "苏丹首都喀土穆遭空袭，叙利亚首都大马士革，受灾面积超16万平方公里加拿大消防部门称。")
    assert ("喀土穆", "LOC") in found and ("大马士革", "LOC") in found
    assert all(text != "里加" for text, _label in found)


def test_a_weak_two_character_alias_whose_first_character_closes_a_word_is_left_out(gazetteer):
    text = "前海深港现代服务业合作区建设提速。目前海南全省工业平稳。一批企业进驻前海的办公大楼。"
    found = _found(gazetteer, text)
    assert [t for t, label in found if label == "ZONE"] == ["前海深港现代服务业合作区", "前海"]
    assert ("海南", "LOC") in found


def test_a_new_area_named_in_full_is_also_named_by_its_own_name_alone(gazetteer):
    text = "两江新区社会心理服务工作专班介绍，努力建设更高水平的平安两江。"
    assert [t for t, label in _found(gazetteer, text) if label == "ZONE"] == ["两江新区", "两江"]
    assert [t for t, label in _found(gazetteer, "努力建设更高水平的平安两江。") if label == "ZONE"] == []


def test_global_south_is_no_place_and_planning_areas_and_short_zone_names_are_found(gazetteer):
    found = _found(gazetteer, "提升全球南方话语权。我国南方地区降雨偏多。北京城市副中心建设加快，上海化工区招商。")
    assert ("南方", "LOC") not in found and ("南方地区", "LOC") in found
    assert ("北京城市副中心", "LOC") in found and ("上海化工区", "ZONE") in found


def test_the_source_of_the_yellow_river_is_no_heyuan():
    short = Gazetteer(KnowledgeTable.load(), ["ZONE", "LOC"], 2)  # two-character names, as the pipeline
    assert _found(short, "三江源国家公园黄河源园区内分布着雪豹。") == []
    assert ("河源", "LOC") in _found(short, "广东河源的客家围屋")


def test_a_road_named_after_a_county_before_de_or_zhijian_is_no_place(gazetteer):
    found = _found(gazetteer, "云飞东路靠近寿阳路的公交站，位于平型关路与寿阳路之间。山西寿阳县")
    assert [t for t, label in found if label == "LOC"] == ["山西", "寿阳县"]


def test_a_short_zone_alias_opening_a_facility_name_is_left_out(gazetteer):
    found = _found(gazetteer, "旅客从浦东国际机场出发，前往浦东新区。")
    assert [t for t, label in found if label == "ZONE"] == ["浦东新区"]


def test_regions_of_china_and_the_euro_area_are_places_but_the_currency_is_not(fast_nlp):
    doc = fast_nlp.nlp("冷空气将影响我国中东部地区，中东部大部降温。欧元对美元汇率上涨，欧元区经济回暖。")
    assert [(e.text, e.label_) for e in doc.ents] == [("中东部地区", "LOC"), ("中东部", "LOC"), ("欧元区", "LOC")]


def test_named_residential_compounds_are_places_but_clauses_and_kinds_are_not(fast_nlp):
    text = "家住高新区增湖小区的黄先生说，改造老旧小区时要分析小区特征，记者从该小区获悉，惠园小区也装了车棚。"
    doc = fast_nlp.nlp(text)
    assert [e.text for e in doc.ents if e.label_ == "LOC"] == ["增湖小区", "惠园小区"]


def test_river_reaches_coasts_and_named_foreign_areas_are_places(fast_nlp):
    doc = fast_nlp.nlp("货源往长江上游转运，台风影响东南沿海，黄河下游防洪能力提高，警方解救被骗缅北男子。")
    assert [e.text for e in doc.ents if e.label_ == "LOC"] == ["长江上游", "东南沿海", "黄河下游", "缅北"]


def test_a_zone_brand_is_its_zone_but_not_inside_a_word(gazetteer):
    found = _found(gazetteer, "在“中国车谷”这片热土上，统筹考虑车谷、光谷；汽车谷里人很多；在海南洋浦开展试点。")
    zones = [t for t, label in found if label == "ZONE"]
    assert zones == ["中国车谷", "车谷", "光谷", "洋浦"]
    assert next(c for c in gazetteer.find("统筹考虑车谷") if c.label == "ZONE").kb_id == next(
        c for c in gazetteer.find("武汉经开区") if c.label == "ZONE"
    ).kb_id


def test_county_short_forms_that_are_words_need_a_place_or_their_suffix(gazetteer):
    text = "三江交汇，通江达海；以产兴城，老城焕新；道路交口积水，万象更新。四川通江县、辽宁兴城市的代表参加。"
    found = [t for t, label in _found(gazetteer, text) if label == "LOC"]
    assert found == ["四川", "通江县", "辽宁", "兴城市"]


def test_a_place_inside_a_square_or_river_name_is_none_but_a_city_before_a_facility_stays(gazetteer):
    text = "有欧式风情的罗马广场，西至黄浦江畔，在德州市人民公园和西宁市中心广场举行。"
    found = [t for t, label in _found(gazetteer, text) if label == "LOC"]
    assert found == ["德州市", "西宁市"]


def test_city_nicknames_are_places_but_not_inside_words(gazetteer):
    text = "高温强势回归申城，岛城市民纷纷避暑；五国温泉城开业，不照搬卫星城的模式。"
    found = [t for t, label in _found(gazetteer, text) if label == "LOC"]
    assert found == ["申城", "岛城"]
