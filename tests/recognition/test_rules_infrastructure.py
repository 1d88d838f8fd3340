"""Infrastructure named as a project when the clause reports its building."""

from __future__ import annotations

import pytest
from rules_helpers import spans


@pytest.mark.parametrize(
    ("text", "projects"),
    [
        ("今年将加快建设西安至延安铁路和宁波舟山港深水航道。", ["西安至延安铁路", "宁波舟山港深水航道"]),
        ("随着兰州到合作铁路全线通车，甘南迎来高铁时代。", ["兰州到合作铁路"]),
        ("成都天府国际机场改扩建工程于3月开工。", ["成都天府国际机场改扩建工程"]),
        ("今年将加快建设成都至乐山高速公路扩容工程。", ["成都至乐山高速公路扩容工程"]),
    ],
)
def test_named_infrastructure_being_built_is_a_project(text: str, projects: list[str]) -> None:
    assert [s for _, s in spans(text, "PROJECT")] == projects


@pytest.mark.parametrize(
    "text",
    [
        "这条铁路连接北京和上海，沿线风光秀丽。",  # no place in the name
        "西安铁路局发布春运客流数据。",  # 铁路局 is another word
        "游客乘船游览京杭运河两岸风光。",  # not being built
    ],
)
def test_infrastructure_merely_mentioned_is_not_a_project(text: str) -> None:
    assert spans(text, "PROJECT") == []


def test_a_zone_before_the_name_stays_a_zone() -> None:
    found = spans("市领导检查了天津滨海新区跨海河桥工程的建设进度。")
    assert ("ZONE", "天津滨海新区") in found and ("PROJECT", "跨海河桥工程") in found


def test_a_category_with_a_count_is_not_a_named_project() -> None:
    assert spans("重点推动41个央地合作项目，引进沈大合作交流项目24个。", "PROJECT") == []
    assert spans("宜昌市首个生活垃圾焚烧发电项目建设顺利，华星光电二期项目首批设备进场。", "PROJECT") == [("PROJECT", "华星光电二期项目")]


def test_designations_sports_events_and_list_numbers_are_no_part_of_a_project() -> None:
    text = "作为国家级非物质文化遗产代表性项目，实施以工代赈项目，谷爱凌在自由式滑雪女子U型场地技巧项目夺冠。01长盛路南延项目获批。"
    assert spans(text, "PROJECT") == [("PROJECT", "长盛路南延项目")]
    assert spans("总投资5亿元的华星光电一期项目开工。", "PROJECT") == [("PROJECT", "华星光电一期项目")]


def test_bridges_and_road_works_named_after_their_road_are_projects():
    text = "东陆路跨线桥全部完成，巨峰路立交桥正在施工；滨江大道改建工程年底通车。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == [
        "东陆路跨线桥",
        "巨峰路立交桥",
        "滨江大道改建工程",
    ]


def test_a_road_work_not_reported_as_built_is_not_a_project():
    assert [s for label, s in spans("他家住在巨峰路跨线桥附近。") if label == "PROJECT"] == []


def test_lines_named_by_city_abbreviations_with_their_sections():
    text = "沪苏湖铁路江苏段站前四标箱梁架设完成。中铁十四局通苏嘉甬高铁I标段正在施工。"
    assert [s for _, s in spans(text, "PROJECT")] == ["沪苏湖铁路江苏段站前四标", "通苏嘉甬高铁I标段"]


def test_an_ordinary_word_before_a_line_tail_is_no_line_name():
    assert spans("这些城际铁路正在建设，高速铁路开通后更方便。", "PROJECT") == []


def test_metro_lines_reported_as_built_but_not_lines_that_locate_a_station():
    text = "日前，上海轨道交通21号线首个区间隧道贯通。专线公交起点位于地铁7号线横店站，终点抵达地铁1号线汉口北站。"
    assert spans(text, "PROJECT") == [("PROJECT", "轨道交通21号线")]


def test_a_metro_extension_named_as_works_is_a_project_without_a_build_word() -> None:
    text = (
        "轨道交通2号线西延伸工程自徐泾东站至蟠祥路站，线路长约1.7公里。轨道交通13号线东延伸工程全长4.52公里，"
        "起始于已建的13号线张江路东端。未来，13号线东延伸开通运营后将方便出行。地铁7号线横店站附近。"
    )
    assert [s for _, s in spans(text, "PROJECT")] == [
        "轨道交通2号线西延伸工程", "轨道交通13号线东延伸工程", "13号线东延伸",
    ]


def test_a_project_named_once_in_its_context_is_the_project_at_every_mention() -> None:
    text = "成乐高铁正加快建设。成乐高铁全长200公里，成乐高铁眉山段桥墩最高。"
    assert [s for _, s in spans(text, "PROJECT")] == ["成乐高铁", "成乐高铁", "成乐高铁眉山段"]


def test_a_facility_named_by_its_spot_leaves_the_places_before_it_out() -> None:
    text = "近日，贵州省铜仁市思南县石门沟水库大坝顺利封顶。据悉，石门沟水库工程总投资9亿元。"
    found = spans(text)
    assert ("LOC", "思南县") in found
    assert [s for label, s in found if label == "PROJECT"] == ["石门沟水库", "石门沟水库工程"]


def test_a_kind_of_tunnel_is_no_name() -> None:
    assert spans("整个盾构隧道依次下穿工业园区，高铁城市隧道正在施工。", "PROJECT") == []


def test_a_line_in_service_or_a_kind_of_bridge_is_no_project() -> None:
    text = "随着沪苏湖铁路以及既有沪昆铁路改线立交化工程的推进，这座公铁大桥正在施工，市重大工程泰和污水处理厂正在建设。"
    assert [s for _, s in spans(text, "PROJECT")] == ["沪苏湖铁路", "泰和污水处理厂"]


def test_a_repeated_line_number_takes_the_line_prefix_written_before_it() -> None:
    text = "上海轨道交通19号线首个区间隧道贯通。19号线正在施工，轨道交通19号线全长40公里。"
    assert [s for _, s in spans(text, "PROJECT")] == ["轨道交通19号线", "19号线", "轨道交通19号线"]


def test_counted_lines_and_planning_words_are_no_part_of_a_name() -> None:
    text = "推进总里程306公里的11条地铁项目建设，京广、沪昆和渝厦三条高铁交汇。远期规划平潭至莆田城际铁路建设。"
    assert [s for _, s in spans(text, "PROJECT")] == ["平潭至莆田城际铁路"]


def test_a_place_and_a_line_word_name_a_network_not_a_line() -> None:
    text = "广西铁路建设加快，受台风影响长三角铁路列车停运，防城港至东兴铁路开工建设。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == ["防城港至东兴铁路"]


def test_a_joiner_opens_no_line_name() -> None:
    text = "适时开通至广西北部湾铁路货运班列，北部湾铁路开工建设。"
    assert all(not s.startswith("至") for label, s in spans(text) if label == "PROJECT")


@pytest.mark.parametrize(
    ("text", "projects"),
    [
        ("近日，岷邛高速顺利实现双洞贯通。岷邛高速全长42公里。", ["岷邛高速", "岷邛高速"]),
        ("呼鄂高速朔岚段建成通车。", ["呼鄂高速朔岚段"]),
        ("近日，岷邛高速梨花岭2号隧道顺利实现双洞贯通。", ["岷邛高速梨花岭2号隧道"]),
        (
            "渝滇中线高铁千秋岭特大桥首墩浇筑完成，项目建设取得进展。该桥为渝滇中线高铁重庆段最高桥墩。",
            ["渝滇中线高铁千秋岭特大桥", "渝滇中线高铁重庆段"],
        ),
    ],
)
def test_expressways_sections_and_structures_on_a_line(text: str, projects: list[str]) -> None:
    assert [s for _, s in spans(text, "PROJECT")] == projects


@pytest.mark.parametrize(
    ("text", "projects"),
    [
        ("全年经济实现高速发展，城市化高速推进，建设多车道高速大桥。", []),  # 高速 as an adverb or a kind
        ("渝昆高铁川渝段全部大桥完成架梁，项目建设顺利。", ["渝昆高铁川渝段"]),  # a count of structures
    ],
)
def test_speed_words_and_counted_structures_are_no_line(text: str, projects: list[str]) -> None:
    assert [s for _, s in spans(text, "PROJECT")] == projects


def test_a_province_before_a_named_work_stays_apart_unless_a_route_starts_there():
    text = (
        "江西乐平水利枢纽工程正式开工。在广西平陆运河建设现场，全线施工。天津到廊坊高速铁路站前工程开工。"
        "内蒙古呼和浩特至广西北海高速公路正式通车。北京地铁13号线扩能提升工程开工。"
    )
    assert [s for _, s in spans(text, "PROJECT")] == [
        "乐平水利枢纽工程",
        "平陆运河",
        "天津到廊坊高速铁路站前工程",
        "内蒙古呼和浩特至广西北海高速公路",
        "北京地铁13号线扩能提升工程",
    ]


def test_hydropower_stations_and_grand_bridges_being_built_are_projects_but_counted_ones_are_a_kind():
    text = "大渡河金川水电站成功下闸蓄水。重点控制性工程——任湾茹河特大桥顺利合龙。辽宁两大抽水蓄能电站开工建设。"
    assert [s for _, s in spans(text, "PROJECT")] == ["大渡河金川水电站", "任湾茹河特大桥"]


def test_a_line_starting_its_trial_run_is_being_built():
    text = "今天（6月16日），西安至十堰高速铁路全线启动试运行。"
    assert [s for _, s in spans(text, "PROJECT")] == ["西安至十堰高速铁路"]


def test_a_zone_can_be_a_stop_of_a_route_and_a_line_section_in_trial_operation_is_built():
    text = "北京至雄安新区至商丘高速铁路、雄安新区至忻州高速铁路加快建设。京唐城际铁路北京城市副中心段进入运行试验阶段。"
    assert [s for _, s in spans(text, "PROJECT")] == [
        "北京至雄安新区至商丘高速铁路",
        "雄安新区至忻州高速铁路",
        "京唐城际铁路北京城市副中心段",
    ]


def test_no_project_starts_inside_a_number_and_kinds_of_rebuilding_are_no_names():
    text = "甘肃积石山6.2级地震灾后恢复重建项目全面开工。灾后重建项目共374项。车间的数字化改造项目正开足马力。"
    assert spans(text, "PROJECT") == []


def test_ultra_high_voltage_lines_are_works_and_the_first_of_a_kind_is_none():
    text = "陕北至安徽特高压输电工程安徽段18日实现全线贯通。在广州，首条12英寸智能传感器晶圆制造生产线展开技术攻关。"
    assert [s for _, s in spans(text, "PROJECT")] == ["陕北至安徽特高压输电工程安徽段"]


def test_a_project_name_does_not_open_with_a_verb_and_aid_projects_are_a_kind():
    text = "要努力提高援疆项目资金的安全性，又要肩负项目资金监管责任。当国家重启大飞机项目时，他加入了公司。"
    assert spans(text, "PROJECT") == []


def test_heritage_items_a_project_named_before_and_a_form_field_are_no_project_names():
    text = "纳西族白沙细乐国家级非物质文化遗产项目。如果这一研究项目得到落实。建设单位：烟台市公路事业发展中心项目名称：G204烟沪线。"
    assert spans(text, "PROJECT") == []


def test_a_section_or_phase_in_brackets_belongs_to_the_zone_or_project() -> None:
    text = "福建省重点工程——厦金大桥（厦门段）开始进入水上施工阶段。近日，雄安综合保税区（二期）通过国家验收。"
    assert [(label, s) for label, s in spans(text) if label in ("ZONE", "PROJECT")] == [
        ("PROJECT", "厦金大桥（厦门段）"),
        ("ZONE", "雄安综合保税区（二期）"),
    ]


def test_river_works_grid_links_and_water_allocation_are_projects() -> None:
    text = "重点水利工程——双鸭山小黄河治理工程的施工现场。闽粤电力联网工程日前正式投运。环北部湾广东水资源配置工程正在加快建设。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == ["小黄河治理工程", "闽粤电力联网工程", "环北部湾广东水资源配置工程"]


def test_a_counted_determiner_or_a_kind_of_line_names_no_project() -> None:
    text = "这家公司项目签约落地。借助即将投入使用的全新生产线，这条无缝钢管生产线也已投产。"
    assert spans(text, "PROJECT") == []


def test_a_road_section_in_brackets_belongs_to_the_works_name() -> None:
    text = "今年，外环北段（玉树路-沪松公路）交通功能提升工程开工建设。"
    assert spans(text, "PROJECT") == [("PROJECT", "外环北段（玉树路-沪松公路）交通功能提升工程")]
    assert spans("北段（玉树路-沪松公路）的路面平整，车辆通行顺畅。", "PROJECT") == []  # no works, no building
