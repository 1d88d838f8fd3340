"""ORG and COMPANY rules on sentences composed in the style of news text the rules were not developed on."""

from __future__ import annotations

import pytest

from tests.recognition.rules_helpers import spans
from zone_ner.recognition.candidates import Candidate
from zone_ner.recognition.rules.doubled import split_doubled


def orgs(text: str) -> list[str]:
    return [s for label, s in spans(text) if label == "ORG"]


def companies(text: str) -> list[str]:
    return [s for label, s in spans(text) if label == "COMPANY"]


def test_listed_outlets_and_their_apps_are_publishers():
    text = "据封面新闻报道，澎湃新闻、界面新闻和上游新闻也进行了转载。"
    assert orgs(text) == ["封面新闻", "澎湃新闻", "界面新闻", "上游新闻"]


def test_outlets_written_back_to_back_are_one_publisher():
    text = "四川日报川观新闻记者 王明"
    assert orgs(text) == ["四川日报川观新闻"]


def test_outlets_split_by_a_slash_stay_two_publishers():
    text = "通讯员 李华 扬子晚报/紫牛新闻记者 陈静"
    assert orgs(text) == ["扬子晚报", "紫牛新闻"]


def test_a_channel_after_a_dash_belongs_to_the_publisher():
    text = "来源：人民网－四川频道 原创稿"
    assert orgs(text) == ["人民网－四川频道"]


def test_a_listed_outlet_is_not_found_inside_an_ordinary_word():
    assert orgs("他点开手机界面，心情澎湃。") == []


def test_place_led_bodies_take_their_place():
    text = "新乡市气象台发布预警，苍南县文广旅体局和福建省防指随后回应。"
    assert orgs(text) == ["新乡市气象台", "苍南县文广旅体局", "福建省防指"]


def test_national_bodies_keep_their_national_prefix():
    text = "国家能源局发展规划司副司长介绍，国家金融监督管理总局天津监管局将跟进。"
    assert orgs(text) == ["国家能源局发展规划司", "国家金融监督管理总局天津监管局"]


def test_international_bodies_and_the_full_national_commission():
    text = "据国际原子能机构（IAEA）统计，国家发展和改革委员会主任徐绍史表示，经合组织跟进。"
    assert orgs(text) == ["国际原子能机构", "IAEA", "国家发展和改革委员会", "经合组织"]


def test_vehicle_offices_and_law_enforcement_teams_after_their_host():
    text = "济宁市公安局车辆管理所发布公告，考场（济宁支队车管所）开考，川沙新镇综合执法队积极探索。"
    assert orgs(text) == ["济宁市公安局车辆管理所", "济宁支队车管所", "川沙新镇综合执法队"]


def test_town_enforcement_teams_city_operation_centres_choirs_and_art_halls():
    text = (
        "曹路镇综合行政执法队开展检查，曹路镇城运办要求整改，怀仁市自然资源局执法队下达通知。"
        "高新区城运中心开发了新场景。科苑之声合唱团在浦东群艺馆演出，全新的女子合唱团和员工合唱团也参加。"
        "浦东市场监督局将推进个体工商户发展。"
    )
    assert orgs(text) == [
        "曹路镇综合行政执法队", "曹路镇城运办", "怀仁市自然资源局执法队", "高新区城运中心",
        "科苑之声合唱团", "浦东群艺馆", "浦东市场监督局",
    ]


def test_a_list_closed_by_a_bare_deng_names_companies_when_most_are_brand_and_trade():
    text = "园区原为天冠陶瓷、中科金泽、奥龙石墨、同成包装等地块，目前中科金泽、奥龙石墨均处于停产状态。"
    assert companies(text) == ["天冠陶瓷", "中科金泽", "奥龙石墨", "同成包装", "中科金泽", "奥龙石墨"]
    assert companies("关爱思想健康、心理健康、教育健康、生活健康等方面。发展电子、汽车、化工等产业。") == []


def test_a_country_before_a_listed_company_stays_a_place():
    text = "吸引瑞典一胜百、日本住友重机械、德国德马格等注塑机制造企业纷纷落户。"
    assert companies(text) == ["一胜百", "住友重机械", "德马格"]


def test_memorial_halls_democratic_parties_and_the_volunteer_army():
    text = (
        "位于祝桥镇的上海志愿军文献馆，祝桥革命事迹馆、洞泾人工智能展示馆都已开放。抗美援朝志愿军老战士出席，"
        "台盟中央、致公党中央、九三学社负责人到场。居民建设家园，市民进入公园，村寨都建立了非遗展示馆。"
    )
    assert orgs(text) == [
        "上海志愿军文献馆", "祝桥革命事迹馆", "洞泾人工智能展示馆", "志愿军", "台盟中央", "致公党中央", "九三学社",
    ]


def test_a_verb_of_comparing_or_giving_ends_the_name_of_a_school_or_station():
    text = "办公楼改造严格按照学校建设标准进行，新生人数严重超出学校容量，他专门做了一面锦旗送给派出所。"
    assert orgs(text) == []


def test_a_short_name_with_guoji_or_kafei_opening_a_clause_is_a_company():
    text = "中软国际与苏州市政府签署协议，中软国际发布了新平台。国之咖啡成为最佳会客厅。北京国际车展开幕。"
    assert companies(text) == ["中软国际", "中软国际", "国之咖啡"]


def test_a_latin_acronym_glossing_a_name_takes_its_label_there_and_later():
    text = "中码院获国际标准化组织（ISO）、欧洲标准委员会（CEN）授权，通过ISO9001认证。CEN表示支持。视源股份（CVTE）发布新品。"
    assert [(label, s) for label, s in spans(text) if label in ("ORG", "COMPANY")] == [
        ("ORG", "国际标准化组织"), ("ORG", "ISO"), ("ORG", "欧洲标准委员会"), ("ORG", "CEN"),
        ("ORG", "CEN"), ("COMPANY", "视源股份"), ("COMPANY", "CVTE"),
    ]


def test_a_verb_of_arriving_or_providing_ends_a_school_or_hospital_body():
    assert orgs("民警一刻不敢停留地冲进医院急症科。到达医院后，该校可提供中学学位，打造品牌学校。") == []


def test_named_bodies_and_venues():
    text = "中国经济体制改革研究会与广州数字创新研究中心在国家博物馆联合举办座谈，中央气象台派员参加。"
    assert orgs(text) == [
        "中国经济体制改革研究会",
        "广州数字创新研究中心",
        "国家博物馆",
        "中央气象台",
    ]


def test_a_pronoun_before_a_named_body_is_not_part_of_it():
    assert orgs("事发当晚，我局三桥新街派出所接到报警。") == ["三桥新街派出所"]


def test_a_verb_after_a_place_is_not_part_of_a_named_body():
    assert orgs("代表团来到盐城市参观新四军纪念馆。") == ["新四军纪念馆"]


def test_bodies_joined_by_he_or_yu_inside_the_name():
    text = "广西壮族自治区发展和改革委员会和贵州省政协民族与宗教委员会共同发布。"
    assert orgs(text) == ["广西壮族自治区发展和改革委员会", "贵州省政协民族与宗教委员会"]


def test_two_bodies_joined_by_he_stay_two():
    text = "上海交通大学、上海师范大学和市农科院签订合作备忘录。"
    assert "上海师范大学和市农科院" not in orgs(text)


def test_units_after_a_known_body_and_false_endings():
    text = "上半年，湖南省纪委监委严肃查处了一批案件，省纪委监委综合处处长介绍了情况。"
    assert orgs(text) == ["湖南省纪委监委", "省纪委监委综合处"]


def test_a_numbered_session_joins_its_body():
    text = "撤销其政协第十三届湖南省委员会委员资格。"
    assert orgs(text) == ["政协第十三届湖南省委员会"]


def test_towns_streets_and_communities_lead_their_bodies():
    text = "7月22日，沈北新区虎石台街道德馨社区关工委组织活动，灵溪镇政府派员参加。"
    assert orgs(text) == ["沈北新区虎石台街道德馨社区关工委", "灵溪镇政府"]


def test_a_zone_before_a_school_places_it():
    text = "来自湘江新区长沙高新技术工程学校的体育教师上榜。"
    assert spans(text)[:2] == [("ZONE", "湘江新区"), ("ORG", "长沙高新技术工程学校")]


def test_a_company_party_branch_is_split_from_the_company():
    text = "龙宝村党支部与贵州五华建材公司党支部开展结对共建。"
    assert spans(text) == [
        ("ORG", "龙宝村党支部"),
        ("COMPANY", "贵州五华建材公司"),
        ("ORG", "党支部"),
    ]


def test_a_residential_area_opens_its_party_branch():
    text = "恒信居民区党总支书记梅向阳介绍，华院居民区党支部开展活动。"
    assert [s for label, s in spans(text) if label == "ORG"] == ["恒信居民区党总支", "华院居民区党支部"]


def test_generic_insurer_descriptions_are_no_company():
    text = "监管局要求各财险公司及时启动预案，并督促辖内财险公司提升服务效率。"
    assert companies(text) == []


def test_branches_named_after_their_company_are_one_company():
    text = "如太平财险江苏分公司针对易淹点预警；人保财险江苏分公司为企业安装水浸设备。"
    assert companies(text) == ["太平财险江苏分公司", "人保财险江苏分公司"]


def test_a_unit_after_a_full_legal_name_extends_it():
    text = "他曾任东吴证券股份有限公司上海证券资产管理分公司副总经理。"
    assert companies(text) == ["东吴证券股份有限公司上海证券资产管理分公司"]


def test_a_numbered_operating_unit_extends_its_group():
    text = "长沙公交集团第三营运公司负责该线路。"
    assert companies(text) == ["长沙公交集团第三营运公司"]


def test_a_stock_quote_inside_a_legal_name_is_kept():
    text = "历任华西证券(8.480, 0.17, 2.05%)股份有限公司上海营业部副总经理。"
    assert companies(text) == ["华西证券(8.480, 0.17, 2.05%)股份有限公司上海营业部"]


def test_quantified_and_descriptive_units_are_no_company():
    text = "公司同时设有两家子公司，分别为专户子公司北京千石资本管理有限公司和销售子公司。"
    assert companies(text) == ["北京千石资本管理有限公司"]


def test_a_count_of_big_companies_is_no_name_but_a_hundred_big_is():
    text = "希望三大石油公司积极进场交易。商家分别是：聊城百大三联家电有限公司、莘县家电商场。"
    assert companies(text) == ["聊城百大三联家电有限公司"]


def test_the_company_as_an_object_or_counted_is_no_name():
    text = "Suplay在招股书中多次强调公司的定位，但至今仍未有公司摘下桂冠，相关卡牌公司和一众卡牌公司陷入停滞。"
    assert companies(text) == []


def test_a_kind_before_a_bare_gongsi_lends_no_short_name():
    text = "边界成为卡牌公司面临的问题。集换式卡牌在二手市场流通，卡牌的价格上涨。"
    assert companies(text) == ["卡牌公司"]


def test_trading_in_the_market_is_no_investment_company():
    assert companies("权益市场赚钱效应带动市场交投活跃，长沙城投和湖南交投合作。") == ["长沙城投", "湖南交投"]


def test_a_bracketed_place_after_a_space_and_a_producer_role():
    text = "影片的第一出品方坏猴子 (上海)文化传播有限公司回应称，中新网太原8月8日电 (任丽娜)旅游公司违规。"
    assert companies(text) == ["坏猴子 (上海)文化传播有限公司"]


def test_a_word_ending_on_zi_is_no_subsidiary():
    assert companies("华为公司和奥拓电子公司分享了经验。") == ["华为公司", "奥拓电子公司"]


def test_limited_partnerships_are_companies():
    text = "股东包括杭州元道经济信息咨询中心（有限合伙）和涌金投资控股有限公司。"
    assert companies(text) == ["杭州元道经济信息咨询中心（有限合伙）", "涌金投资控股有限公司"]


def test_a_zone_opening_a_listed_legal_name_stays_in_it():
    text = "股东分别为国金证券股份有限公司、苏州工业园区兆润投资控股集团有限公司。"
    assert companies(text) == ["国金证券股份有限公司", "苏州工业园区兆润投资控股集团有限公司"]


def test_a_verb_before_gongsi_is_no_company_name():
    assert companies("村民载歌载舞感谢公司的帮助。") == []


def test_factories_with_a_place_and_an_ordinal():
    text = "他历任上海第四纺织机械厂团委副书记。"
    assert spans(text)[:2] == [("COMPANY", "上海第四纺织机械厂"), ("ORG", "团委")]


def test_a_short_name_keeps_the_holding_word_of_its_full_name():
    text = "苏州相城高新控股集团有限公司捐赠物资，来自相城高新控股的志愿者到场。"
    assert companies(text) == ["苏州相城高新控股集团有限公司", "相城高新控股"]


def test_a_generic_short_name_is_not_derived():
    text = "武汉公交集团开通新线，市民可以搭乘公交前往。"
    assert companies(text) == ["武汉公交集团"]


def test_a_police_account_led_by_a_place():
    assert orgs("8月10日，成都公安微博发布通报。") == ["成都公安"]
    assert orgs("加强成都公安机关建设。") == ["成都公安机关"]  # the whole body, not 成都公安


def test_a_long_alliance_name_between_a_verb_and_its_suffix():
    text = "嘉宾共同为新一代信息技术产业链党建联盟揭牌。"
    assert orgs(text) == ["新一代信息技术产业链党建联盟"]


def test_foreign_armed_forces_and_parties_are_organisations():
    text = "乌克兰武装部队称打击了目标。韩国最大在野党共同民主党在首尔集会，各民主党派人士出席。"
    assert orgs(text) == ["乌克兰武装部队", "共同民主党"]


def test_a_place_before_the_procuratorial_organs_names_them_and_party_and_government_is_generic():
    text = "依托江西省检察机关的平台，湖南省长沙市检察机关督促追回；地方党委政府失管失察。"
    assert orgs(text) == ["江西省检察机关", "湖南省长沙市检察机关"]


def test_a_name_before_a_reporter_credit_ending_in_a_joiner_is_no_publisher():
    assert orgs("律师冬笑君和记者说。（YMG全媒体记者 高少华）") == ["YMG"]


def test_a_unit_named_after_its_parent_body_is_one_org():
    text = "另从重庆市公安局渝中区分局获悉，韩圣健从商务部外贸发展局副局长调任，出品：新华社江西分社。"
    assert orgs(text) == ["重庆市公安局渝中区分局", "商务部外贸发展局", "新华社江西分社"]


def test_no_unit_after_a_body_when_a_clause_a_list_or_a_word_follows():
    text = "企业与中科院苏州纳米所成立联合实验室。涉及商务部、农业部和教育部；美国国会内部已采取行动，招商局干部到场。"
    assert orgs(text) == ["中科院苏州纳米所", "商务部", "农业部", "教育部", "美国国会", "招商局"]


def test_international_organisations_and_armies():
    text = "提升对东盟贸易便利化水平，发往上合组织国家的货物增加；新四军纪念馆免费开放。"
    assert orgs(text) == ["东盟", "上合组织", "新四军纪念馆"]


def test_centres_need_a_place_or_body_before_them():
    text = "他将厦门经济信息中心列为基础工程，园区集聚了一批外资研发中心。"
    assert orgs(text) == ["厦门经济信息中心"]


def test_students_and_school_levels_are_no_organisation():
    assert orgs("第十三届“挑战杯”中国大学生创业计划竞赛启动大中小学思政课一体化建设。") == []


def test_an_admin_prefix_before_a_bare_zone_word():
    text = "历任党组副书记、市高新技术开发区管委会主任。"
    assert "市高新技术开发区管委会" in orgs(text)


def test_a_long_listed_group_name_is_found_before_a_word():
    text = "今年，延长石油天然气年产量首次突破100亿立方米。"
    assert companies(text) == ["延长石油"]


def test_a_short_listed_brand_inside_a_word_is_not():
    assert companies("沿线优美的自然风光吸引游客。") == []


def test_names_listed_before_deng_ren_are_not_companies() -> None:
    text = "公安分局近日成功侦破王宏伟、冯云平、赵川等人冒用国有企业名义诈骗案。"
    assert spans(text, "COMPANY") == []
    assert spans("天宇未来生态、深圳华音国际等10家企业签约入驻。", "COMPANY") == [
        ("COMPANY", "天宇未来生态"),
        ("COMPANY", "深圳华音国际"),
    ]


def test_municipal_commissions_media_and_national_bodies() -> None:
    text = "应询的市经济信息化委、市教委、市科委负责人，潇湘晨报记者，国家防总和中国科协，空军航空开放活动。"
    assert [s for _, s in spans(text, "ORG")] == ["市经济信息化委", "市教委", "市科委", "潇湘晨报", "国家防总", "中国科协", "空军"]
    assert spans("水利部部长主持召开专题会商会。", "ORG") == [("ORG", "水利部")]


def test_a_derived_brand_before_a_number_or_a_verb_is_the_company() -> None:
    text = "长光卫星技术股份有限公司承办。会上发布了长光卫星1箭41星首图，长光卫星表示将继续发射。"
    assert [s for _, s in spans(text, "COMPANY")] == ["长光卫星技术股份有限公司", "长光卫星", "长光卫星"]


def test_a_body_stationed_in_another_place_keeps_its_home_place() -> None:
    assert spans("韩国驻成都总领事馆副总领事韩相国说", "ORG") == [("ORG", "韩国驻成都总领事馆")]
    assert spans("中国驻美国大使馆发言人表示", "ORG") == [("ORG", "中国驻美国大使馆")]


def test_a_unit_named_after_a_place_inside_a_known_body() -> None:
    assert spans("兰州市公安局交警支队河北大队民警杨成", "ORG") == [("ORG", "兰州市公安局交警支队河北大队")]
    assert spans("2004年从中国人民解放军兰州军区某处转业", "ORG") == [("ORG", "中国人民解放军兰州军区")]


def test_a_zone_before_a_venue_qualifies_it_unless_the_venue_names_its_place():
    text = "来自沈阳经开区实验小学的学生和湘江新区长沙高新技术工程学校的老师一同演出。"
    found = spans(text)
    assert ("ORG", "沈阳经开区实验小学") in found
    assert ("ZONE", "湘江新区") in found and ("ORG", "长沙高新技术工程学校") in found


def test_listed_short_names_with_gufen_and_not_holdings():
    text = "益健堂股份创立于2005年，与宝钢股份签署协议。股东持有股份情况：赵琨持有11.1万股股份。"
    assert companies(text) == ["益健堂股份", "宝钢股份"]


def test_numbered_construction_bureaus_are_companies():
    text = "中铁十四局负责盾构施工，中建三局承建主体，中铁十四局集团有限公司参与。"
    assert companies(text) == ["中铁十四局", "中建三局", "中铁十四局集团有限公司"]


def test_regulators_by_short_name_and_more_media_kinds():
    text = "中国证监会召开座谈会，证监会表示，央行和中国经济导报、浦东新区新闻办、湖南省青年科技工作者协会均参加。"
    assert orgs(text) == ["中国证监会", "证监会", "央行", "中国经济导报", "浦东新区新闻办", "湖南省青年科技工作者协会"]


def test_a_hidden_company_name_is_not_a_company():
    assert companies("他曾供职于某劳务公司，后到华为公司工作。") == ["华为公司"]


def test_verbs_opening_a_named_body_are_not_part_of_it():
    text = "引用本篇文章内容，需要获取前瞻产业研究院的正规授权。"
    assert orgs(text) == ["前瞻产业研究院"]


def test_exchanges_and_youth_league_committees():
    assert orgs("团省委书记表示，多家企业拟赴上交所和深交所上市。") == ["团省委", "上交所", "深交所"]


def test_a_legal_name_around_a_bracketed_place_opens_with_its_brand():
    text = "三星（河阳）电子有限公司二期项目正式投产，三星（河阳）电子有限公司表示。"
    assert ("COMPANY", "三星（河阳）电子有限公司") in spans(text)
    assert ("PROJECT", "三星（河阳）电子有限公司二期项目") in spans(text)


def test_department_bureaus_beyond_the_core_ministries_take_their_place():
    text = "根据原合肥市物价局的通知，县医疗保障局和省通信管理局联合检查。"
    assert orgs(text) == ["合肥市物价局", "县医疗保障局", "省通信管理局"]


def test_a_company_only_role_names_a_brand_and_its_other_mentions():
    text = "星河动力董事长兼首席执行官刘百奇介绍了公司情况。市领导肯定了星河动力在航天领域的成果。"
    assert companies(text) == ["星河动力", "星河动力"]


def test_a_stock_quote_after_a_name_marks_a_listed_company():
    text = "副区长一行赴汉得信息(9.870, 0.12, 1.23%)调研，了解汉得信息的业务。"
    assert companies(text) == ["汉得信息", "汉得信息"]


def test_a_stock_code_after_a_name_marks_a_listed_company() -> None:
    text = "江海船务(02409)发布公告，江海船务将设立办事处。茂源药业（股票代码：600519）称，2023年(2023)营收增长。"
    assert companies(text) == ["江海船务", "江海船务", "茂源药业"]


def test_a_long_derived_brand_is_the_company_before_any_word() -> None:
    text = "美斯邦达服饰股份有限公司发布公告。美斯邦达方面回复称将搬迁，恒信基础设施投资银行表示，基础设施方面仍需投资。"
    assert companies(text) == ["美斯邦达服饰股份有限公司", "美斯邦达", "恒信基础设施投资银行"]


def test_a_short_name_and_trade_word_opening_a_clause_names_a_brand() -> None:
    text = "去年以来，岳翔科技获得了市科委支持。据介绍，蓝鹊食品与岳翔科技将共建研发中心。"
    assert companies(text) == ["岳翔科技", "蓝鹊食品", "岳翔科技"]


def test_words_before_a_trade_word_are_no_brand() -> None:
    text = "问：新能源汽车还将经历怎样的变化？高水平科技将支撑发展，碰撞出科技与人文的火花。"
    assert companies(text) == []


def test_what_only_a_company_does_names_a_brand_of_frequent_words() -> None:
    text = "公开信息显示，万国体育成立于2006年。未来万国体育将建设中心。午间收盘，美邦服饰股价涨停，蓝鹊邦达股价走低。"
    assert companies(text) == ["万国体育", "万国体育", "美邦服饰", "蓝鹊邦达"]


def test_words_before_a_company_doing_are_no_brand() -> None:
    text = "刷新上市以来股价新低，松炀资源逼近涨停，若本基金在公告日仍持有，财政部等部门日前发布公告。"
    assert companies(text) == []


def test_a_trade_brand_needs_a_company_doing_after_it() -> None:
    assert companies("岳翔科技园区环境优美，蓝鹊食品种类丰富。") == []


def test_role_modifiers_and_roles_in_a_row_are_not_brands():
    text = "他曾任高级副总裁，后任董事长兼总经理，该公司董事长王剑介绍。"
    assert companies(text) == []


def test_units_written_after_their_parent_body_join_it():
    text = "福州市委人才办举办比赛，省生态环境厅执法局负责同志、泰安市社科联、石家庄警备区参加。"
    assert orgs(text) == ["福州市委人才办", "省生态环境厅执法局", "泰安市社科联", "石家庄警备区"]


def test_a_service_centre_led_by_a_place_is_an_org():
    assert orgs("由江苏省台商服务中心编制的报告发布。") == ["江苏省台商服务中心"]


def test_industry_words_before_the_legal_form_stay_in_the_name():
    text = "三亚城市投资建设集团有限公司董事长袁文革说，要推进建设集团化管理。"
    assert companies(text) == ["三亚城市投资建设集团有限公司"]


def test_a_city_investment_company_by_its_short_type():
    text = "上海城投正在加快实施资产证券化，新城投资建设同步推进。"
    assert companies(text) == ["上海城投"]


def test_press_houses_national_bodies_and_science_venues():
    text = "潍坊日报社记者从中国海关总署获悉，文昌航天科普中心游客不断，香港贸易发展局总裁出席。"
    assert orgs(text) == ["潍坊日报社", "中国海关总署", "文昌航天科普中心", "香港贸易发展局"]


def test_lists_of_fields_and_schools_are_not_companies():
    text = (
        "贸易投资、金融、基建、文化娱乐等领域20余位企业代表参加。"
        "队伍来自北京科技大学等双一流高校及深圳圆周动力、深圳科比特等科创企业。"
    )
    assert companies(text) == ["深圳圆周动力", "深圳科比特"]


def test_general_unions_brigades_and_special_region_government():
    text = "上海市体育总会为指导，陕西省消防救援总队立即组织，扎囊县商务经济合作局发布通知，报告建议特区政府成立专门机构。"
    assert orgs(text) == ["上海市体育总会", "陕西省消防救援总队", "扎囊县商务经济合作局", "特区政府"]


def test_a_centre_word_meaning_central_is_no_org():
    assert orgs("中方切实支持东盟中心地位。") == ["东盟"]


def test_national_bodies_are_not_led_by_the_verb_before_them():
    text = "经最高人民法院核准，执行死刑。各地按照全国总工会的统一部署，中央外办主任出席。"
    assert orgs(text) == ["最高人民法院", "全国总工会", "中央外办"]


def test_a_kind_of_company_is_no_company_name():
    text = "“感谢供电公司，转改直降低了成本。”他们是全产业链的运营公司，与腾讯公司合作。"
    assert companies(text) == ["腾讯公司"]


def test_every_body_of_a_kind_is_no_org_and_an_app_is_its_outlet():
    text = "要求各级党委坚决扛牢主体责任，各类家长学校开展活动。（正观新闻客户端）"
    assert orgs(text) == ["正观新闻"]


def test_grid_companies_units_after_a_place_or_zone():
    text = "今年1月，国网黄冈高新区供电中心选取园区试点，国网徐州供电公司营销部介绍，“感谢供电公司”。"
    assert companies(text) == ["国网黄冈高新区供电中心", "国网徐州供电公司"]


def test_a_zone_name_before_a_company_role_is_the_company_that_runs_it():
    text = "湖北黄冈光谷科技城副总经理胡平利介绍，更多企业落户光谷科技城。"
    labelled = spans(text)
    assert ("COMPANY", "湖北黄冈光谷科技城") in labelled and ("ZONE", "光谷科技城") in labelled


def test_bank_cards_and_listed_industries_are_no_companies():
    text = "逼其说出银行卡位置。钢铁、纺织、水泥等企业赴喀投资，深圳圆周动力、深圳科比特等科创企业参赛。"
    assert companies(text) == ["深圳圆周动力", "深圳科比特"]


def test_a_zone_before_an_approval_bureau_or_a_street_office_stays_in_the_org():
    text = "该驿站由济宁高新区行政审批服务局设立，什刹海街道办事处开展活动。"
    assert orgs(text) == ["济宁高新区行政审批服务局", "什刹海街道办事处"]


def test_two_banks_joined_by_a_conjunction_that_opens_a_place_stay_apart():
    text = "招商银行和平安银行都在深圳设立了分行，工商银行与平安银行也来了。"
    assert companies(text) == ["招商银行", "平安银行", "工商银行", "平安银行"]


def test_a_list_of_kinds_with_a_lead_word_is_no_list_of_companies():
    assert companies("园区吸引了本国钢铁、纺织等企业入驻。") == []
    assert companies("园区吸引了华为、中兴、纺织等企业入驻。") == ["华为", "中兴"]


def test_frequent_words_and_a_trade_word_among_brands_are_a_brand() -> None:
    assert companies("目前，凯瑞达、公牛电器等多家企业已入驻。") == ["凯瑞达", "公牛电器"]
    assert companies("园区吸引了凯瑞达、电子材料、纺织等企业入驻。") == []


def test_a_hidden_or_counted_body_is_no_org():
    text = "民警在辖区某医院抓获嫌疑人。记者走访合肥市部分幼儿园，民办幼儿园名额紧张，林先生到辖区民安派出所报警。"
    assert orgs(text) == ["民安派出所"]


def test_a_verb_alone_before_an_org_suffix_and_an_office_verb_make_no_org():
    assert orgs("结合派出所、社区开展检查，让员工到杭州办公。") == []


def test_a_listed_brand_whose_last_character_is_a_stop_word_opens_its_legal_name():
    text = "合作方是深圳华为技术有限公司，让员工更加熟悉公司业务；长沙有84家A股上市公司。"
    assert companies(text) == ["深圳华为技术有限公司"]


def test_fire_brigades_border_stations_and_transfer_centres_are_orgs():
    text = "嘉鱼县消防救援大队迅速组织救援，记者从洋山边检站获悉，辽宁中科技术转移中心承办，中国驻纽约总领馆参加。"
    assert orgs(text) == ["嘉鱼县消防救援大队", "洋山边检站", "辽宁中科技术转移中心", "中国驻纽约总领馆"]


def test_party_committee_or_group_as_a_kind_is_no_org():
    assert orgs("把作风建设作为党委（党组）书记抓基层党建的内容，区党委书记出席。") == ["区党委"]


def test_a_verb_inside_an_org_body_leaves_no_name_and_an_institute_before_a_legal_form_is_a_company():
    text = "大部分案件均来自法院的委托，向家长介绍学校的举措；中车青岛四方车辆研究所有限公司制造的列车，青岛市台港澳办与海南省高院参加。"
    assert orgs(text) == ["青岛市台港澳办", "海南省高院"]
    assert companies(text) == ["中车青岛四方车辆研究所有限公司"]


def test_a_list_of_business_lines_before_a_company_word_is_no_company_list():
    text = "该企业是以综合能源服务、储能服务、电网辅助服务等战略新兴业务为抓手的综合性集团公司。"
    assert companies(text) == []


def test_departments_of_a_kind_are_not_the_ministry_and_a_regional_branch_is_a_company_unit():
    text = "属地生态环境部门开展督查，生态环境部发布通知。国综绿能数字科技有限公司东北分部揭牌，在金砖国家框架内协作。"
    assert orgs(text) == ["生态环境部", "金砖国家"]
    assert companies(text) == ["国综绿能数字科技有限公司东北分部"]


def test_numbered_congresses_after_their_city_and_court_divisions():
    text = "武汉市第十五届人民代表大会常务委员会通过，任命李莉荣为武汉市中级人民法院审判监督庭庭长。"
    assert orgs(text) == ["武汉市第十五届人民代表大会常务委员会", "武汉市中级人民法院审判监督庭"]


def test_a_name_opening_with_a_stop_character_and_quantified_bodies():
    assert orgs("学生来自同济大学，他在同济大学读书，各大图书馆座位紧张。") == ["同济大学", "同济大学"]


def test_a_brand_that_starts_inside_a_place_is_no_company():
    assert companies("走访亚非欧及南美的17个国家，美的集团和中国石化参加。") == ["美的集团", "中国石化"]


def test_clubs_are_orgs_and_a_verb_before_the_group_is_no_company():
    text = "来自上海八九人手球俱乐部的史竑说道，为巩固集团作为船舶管理服务，并扩大集团服务范围，首钢集团参加。"
    assert orgs(text) == ["上海八九人手球俱乐部"]
    assert companies(text) == ["首钢集团"]


def test_a_descriptor_names_the_brand_after_it_and_its_later_mentions() -> None:
    text = "全球领先的房地产服务和咨询顾问公司仲德梁行7日发布报告。仲德梁行认为，需求将回暖。工业互联网龙头企业云科智谷从上海回迁长沙。"
    assert [s for _, s in spans(text, "COMPANY")] == ["仲德梁行", "仲德梁行", "云科智谷"]


def test_a_startup_or_a_preposition_before_a_brand_does_not_hide_it() -> None:
    text = "人工智能创业公司OpenAI宣布上线。此前台积电董事长曾表示，近日佛慈制药(11.300, 0.3, 2.7%)公告。"
    assert [s for _, s in spans(text, "COMPANY")] == ["OpenAI", "台积电", "佛慈制药"]


def test_a_phrase_after_a_descriptor_is_no_brand() -> None:
    text = "该公司是苹果供应商之一。不少龙头企业为了降低成本，纷纷外迁。这家国内领军企业前不久刚刚出口一批组件。"
    assert spans(text, "COMPANY") == []


def test_frequent_words_listed_beside_a_company_are_brands() -> None:
    text = "华信电子集团有限公司、戴尔、浪潮等20多家企业已入驻。本国钢铁、纺织等企业受到冲击。"
    assert companies(text) == ["华信电子集团有限公司", "戴尔", "浪潮"]


def test_a_town_or_street_before_a_service_centre_names_the_org() -> None:
    text = "周浦镇文化服务中心、洋泾街道党群服务中心等单位获表彰。位于吉阳区的临春村安置区项目一期当日开工。"
    assert orgs(text) == ["周浦镇文化服务中心", "洋泾街道党群服务中心"]
    assert ("PROJECT", "临春村安置区项目一期") in spans(text)


def test_a_team_is_an_org_and_a_kind_of_company_is_no_company() -> None:
    text = "中国乒乓球队领队黄飚说，148家房地产上市公司业绩分化，归属母公司的净利润增长，一家资产管理平台公司入驻。"
    assert orgs(text) == ["中国乒乓球队"]
    assert companies(text) == []


def test_an_org_suffix_inside_the_title_after_it_ends_no_org() -> None:
    text = "市经信委生物医药产业处副处长朱镕出席。"
    assert spans(text) == [("ORG", "市经信委生物医药产业处"), ("TITLE", "副处长"), ("PERSON", "朱镕")]


def test_a_bare_local_admin_word_leads_a_named_body() -> None:
    text = "区法院院长、区检察院检察长出席。规划局联合区经发局开展检查，上海师范大学和市农科院签约。成立区域党建联盟。"
    assert orgs(text) == ["区法院", "区检察院", "规划局", "区经发局", "上海师范大学", "市农科院"]


def test_a_publisher_named_by_its_byline_or_dateline() -> None:
    text = "正文：中新经纬7月26日电 据报道。（YMG全媒体记者 高少华）这是记者从会上获悉的。本报讯（全媒体首席记者 沈璐佳）"
    assert orgs(text) == ["中新经纬", "YMG"]
    assert spans("正文：某某网北京1月30日电 据报道。")[:2] == [("ORG", "某某网"), ("LOC", "北京")]


def test_a_place_led_centre_is_an_org_but_a_place_s_centre_is_not() -> None:
    text = "天津市高新技术成果转化中心、德州市妇女儿童活动中心参加。香港位于粤港澳大湾区中心位置，将成为上海城市副中心。"
    assert orgs(text) == ["天津市高新技术成果转化中心", "德州市妇女儿童活动中心"]


def test_a_company_unit_before_a_body_stays_the_company() -> None:
    text = "中国海油天津分公司工程建设中心项目负责人万文涛说。赛力斯汽车有限公司工艺设计院副院长张玉成说。"
    assert orgs(text) == ["工程建设中心", "工艺设计院"]
    assert companies(text) == ["中国海油天津分公司", "赛力斯汽车有限公司"]


def test_a_long_department_name_and_its_head_s_title() -> None:
    text = "海关总署自贸区和特殊区域发展司司长 陈振冲：推动综保区发展。正文：东方网记者柏可林7月20日报道。"
    assert spans(text, "ORG") == [("ORG", "海关总署自贸区和特殊区域发展司"), ("ORG", "东方网")]
    assert ("TITLE", "司长") in spans(text)


def test_a_place_and_a_trade_ending_a_name_are_a_company() -> None:
    text = "推动湖南出版从总体引领实现全面跃升。东兴证券认为，政策依然有效。湖南出版业发展迅速，文昌航天发射场首次发射。"
    assert companies(text) == ["湖南出版", "东兴证券"]


def test_a_project_department_or_manager_is_no_project() -> None:
    text = "下一步，中冶天工项目部将继续做好工作。安多集团畜牧全产业链项目开工。"
    assert [s for label, s in spans(text) if label == "PROJECT"] == ["安多集团畜牧全产业链项目"]


def test_phrases_after_a_descriptor_and_bridges_are_no_companies() -> None:
    text = "厂商来说至关重要。行业龙头企业占比40%，主要厂商均已陆续发布通知。途经武宁路桥——曹杨路桥。国产GPU厂商曦望（Sunrise）发布新品。"
    assert companies(text) == ["曦望"]


def test_a_bank_branch_before_a_centre_stays_the_company() -> None:
    text = "鲁班奖，工商银行上海分行教育培训中心工地获奖。"
    assert companies(text) == ["工商银行上海分行"]
    assert orgs(text) == ["教育培训中心"]


def test_trade_words_shorten_brands_but_a_place_and_trade_still_name_a_company() -> None:
    text = "称若日本东京电力公司遵守规定。快钱支付清算信息有限公司海南分公司受罚，上述公司2025年公司业绩下滑，2025年营收减少。"
    found = companies(text)
    assert "日本东京电力公司" in found and "2025年" not in found
    assert "快钱支付清算" not in found


def test_a_stop_character_inside_a_word_does_not_end_the_name() -> None:
    text = "记者从贵州省大数据发展管理局获悉，广西经济对外交流中心主任表示，首都师范大学附属实验小学参加。"
    assert orgs(text) == ["贵州省大数据发展管理局", "广西经济对外交流中心", "首都师范大学附属实验小学"]


def test_kinds_listed_before_a_company_head_are_no_companies() -> None:
    text = "吸引相关数字金融、智能制造、6G未来网络等数字经济企业落户，包括科技数据、税收数据等数据都不要企业填报。"
    assert companies(text) == []


def test_official_accounts_cited_as_sources_are_orgs() -> None:
    text = "据“天津广播”微信公众号消息，截至目前。（来源：武汉发布）今天，北京发布《自由贸易试验区条例》，上海发布新政策。"
    assert orgs(text) == ["天津广播", "武汉发布"]


def test_trading_halls_parliaments_alliances_and_stations_with_their_place() -> None:
    text = "引入香港金银业贸易场，据重庆市水文监测总站监测，南非国民议会愿与各方在多边议会组织中配合，人类命运共同体理念深入人心。"
    assert orgs(text) == ["香港金银业贸易场", "重庆市水文监测总站", "南非国民议会"]


def test_descriptions_of_companies_are_no_names_and_a_name_stops_at_the_previous_legal_form() -> None:
    text = "国内首家中外合资再保险经纪公司江泰再保险经纪公司在沪成立。国际知名航运公司、本土银行均参加，董事认为此举符合公司利益。"
    assert companies(text) == ["江泰再保险经纪公司"]


def test_named_factories_of_common_trades_are_companies() -> None:
    text = "李某侵占任丘市永兴电缆厂的补偿款，内蒙古啤酒厂副厂长出席，他曾在一家电子厂打工。"
    assert companies(text) == ["任丘市永兴电缆厂", "内蒙古啤酒厂"]


def test_a_factory_building_is_no_factory_name() -> None:
    assert companies("江丰电子厂房及宿舍已经完工。") == []


def test_a_village_committee_or_township_office_takes_its_village_or_town() -> None:
    text = "据通报，金林村村委会近几年未公开账目，暗访人员到白石镇财政所查账，人民广场街道司法所也已介入。"
    assert orgs(text) == ["金林村村委会", "白石镇财政所", "人民广场街道司法所"]


def test_an_estate_or_community_committee_without_a_name_is_no_org() -> None:
    assert orgs("小区居委会、物业和社区居委会全程参与。") == []


def test_named_publishers_are_orgs_and_related_ones_are_none() -> None:
    text = "该书由人民音乐出版社出版，全国相关出版社和大学踊跃参与。"
    assert orgs(text) == ["人民音乐出版社"]


@pytest.mark.parametrize(
    "text",
    [
        "拟决定终止公司股票上市交易，公司董事会授权公司经营层办理。",
        "市住建局、各公共租赁住房运营管理公司参加会议。",
        "东南亚本土最大互联网公司Sea第二季度收入增长。",
    ],
)
def test_kinds_and_verb_objects_are_no_company_names(text: str) -> None:
    assert companies(text) == []


def test_a_dateline_body_after_a_news_agency_is_its_own_org() -> None:
    assert orgs("新华社联合国7月26日电，国务院国资委主任出席。") == ["新华社", "联合国", "国务院国资委"]


def test_police_and_writers_bodies_led_by_a_place_or_zone() -> None:
    text = "浦东公安机关开始试点，聊城市交警部门通过排查，李大爷到临沂高新区政务大厅咨询，浦东作协换届。"
    assert orgs(text) == ["浦东公安机关", "聊城市交警部门", "临沂高新区政务大厅", "浦东作协"]


def test_counted_bodies_of_a_kind_are_no_name() -> None:
    assert orgs("此外，汉中现有十余支球队参赛，国内已有百余家口腔医院引进，当地两所学校参加。") == []


def test_policy_verbs_do_not_open_a_body() -> None:
    assert orgs("持续深化人民法院调解平台建设，优化高等学校学科设置，用好孔子学院等平台。") == [
        "人民法院",
        "高等学校",
        "孔子学院",
    ]


def test_an_industry_word_left_after_a_place_is_no_brand() -> None:
    text = "公司收购广东长兴半导体科技有限公司股权。目标公司长兴半导体深耕芯片封装。"
    assert companies(text) == ["广东长兴半导体科技有限公司"]


def test_verbs_and_adverbs_before_a_suffix_open_no_body() -> None:
    text = "已经送往医院救治，他努力考上大学，一直没去医院检查，今后医院将巩固治疗。"
    assert orgs(text) == []


def test_a_stop_word_across_the_body_start_is_cut_off() -> None:
    assert orgs("此次市中医医院义诊团队到场，李国辉从澳门过来南沙仲裁院担任仲裁员。") == [
        "市中医医院",
        "南沙仲裁院",
    ]


def test_a_brand_before_the_place_opening_a_legal_name_is_part_of_it() -> None:
    text = "名单为“中瑞创新内蒙古有限公司”。向公众开放。美嘉梅中国控股有限公司董事长致辞。"
    assert companies(text) == ["中瑞创新内蒙古有限公司", "美嘉梅中国控股有限公司"]


def test_a_person_and_verb_before_a_place_led_legal_name_stay_out() -> None:
    text = "截至公告披露日，赵琨持有苏州银行11万股。此外，高嵩经重庆银行股东大会选举。"
    assert companies(text) == ["苏州银行", "重庆银行"]


def test_a_derived_generic_body_is_no_brand() -> None:
    text = "恒信基础设施投资银行成立。由于交通基础设施的限制，物流成本高。"
    assert companies(text) == ["恒信基础设施投资银行"]


def test_what_a_company_does_after_a_place_trade_or_brand_ends_it() -> None:
    text = "黄冈供电通过与当地政府部门建立联系。湖南出版与中南传媒签约。周四收盘，英特尔股价上涨。"
    assert companies(text) == ["黄冈供电", "湖南出版", "英特尔"]


def test_a_declared_short_name_that_only_says_the_company_is_no_brand() -> None:
    text = "江海科技股份有限公司（以下简称“公司”）于近日收到通知，对公司的影响有限，今年上半年公司营收增长。"
    assert companies(text) == ["江海科技股份有限公司"]


def test_the_taiwan_affairs_site_is_a_publisher_not_a_place() -> None:
    assert orgs("（中国台湾网、宁波市台办联合报道）") == ["中国台湾网", "宁波市台办"]


def test_a_verb_after_a_role_word_is_no_name() -> None:
    assert [t for label, t in spans("原标题：中外专家齐聚“会诊”石窟寺保护，两岸青年齐聚。") if label == "PERSON"] == []


def test_a_technology_or_a_party_before_a_legal_form_is_a_kind_of_company() -> None:
    text = "马斯克强调特斯拉是AI公司，收购了人形机器人公司。中方愿同阿方设立论坛，欢迎阿方银行机构加入。中国擅长AI。"
    assert [s for label, s in spans(text) if label == "COMPANY"] == ["特斯拉"]


def test_a_standalone_body_read_across_a_word_is_no_org() -> None:
    assert orgs("人形机器人大多在跳舞，平台办事便捷，行政协调机制，现场消防指挥员。") == []


def test_a_word_after_a_suffix_can_keep_it_whole_across_a_false_continuation() -> None:
    text = "会议审议了市国土空间规划委员会议事规则，上海市防汛办公布预警，会见斯洛伐克国民议会议长。"
    assert orgs(text) == ["市国土空间规划委员会", "上海市防汛办", "斯洛伐克国民议会"]


def test_a_planning_committee_by_its_short_name() -> None:
    assert orgs("市长、市规委会主任李兰祥主持召开市规委会会议。") == ["市规委会", "市规委会"]


def test_a_business_role_before_a_legal_name_is_no_part_of_it() -> None:
    text = "投资商河南天伦集团总裁冼振源说，美国网约车服务运营商优步公司受罚。"
    assert companies(text) == ["河南天伦集团", "优步公司"]


def test_a_sub_office_suffix_inside_punishment_is_no_body() -> None:
    assert orgs("依据《中国共产党纪律处分条例》，给予处分。") == ["中国共产党"]


def test_a_criminal_group_a_notice_and_a_one_person_company_are_no_companies() -> None:
    text = "法院判处明家犯罪集团成员，境外诈骗集团招兵。关于换发营业执照的公告本公司董事会保证。“一人公司”兴起。"
    assert companies(text) == []


def test_two_bodies_acting_together_stay_apart():
    text = "7月6日，自贸区临港新片区公安处会同临港新城派出所开展收网行动，市场主体按时报送年报。"
    assert orgs(text) == ["自贸区临港新片区公安处", "临港新城派出所"]


def test_shareholder_and_client_roles_occasions_and_counts_end_a_company_name():
    text = "与其背后控股股东宝能投资集团有限公司，集团的主要客户金科集团，此次寒武纪（辽宁）电子科技有限公司，发起设立4家村镇银行，钢制柜类、床类等产品的企业。"
    assert companies(text) == ["宝能投资集团有限公司", "金科集团", "寒武纪（辽宁）电子科技有限公司"]


def test_a_misconduct_clause_before_a_kind_of_hospital_names_no_body():
    assert orgs("举报信称，赫捷违规私设民营医院，造成国有资产流失。") == []


def test_a_country_and_its_national_body_are_one_org():
    text = "法国政府此前已发布计划，美国国务院发言人表示关注，西班牙国家气象局18日发布预警。"
    assert orgs(text) == ["法国政府", "美国国务院", "西班牙国家气象局"]


def test_a_national_body_word_that_goes_on_or_a_contracted_title_names_no_country_body():
    text = "联合国政府间气候变化专门委员会发布报告，中国政府网发布通知，美国财政部长斯科特·贝森特表示。"
    found = orgs(text)
    assert "中国政府" not in found and "美国财政部" not in found
    assert ("TITLE", "财政部长") in spans(text)


def test_well_known_companies_are_named_without_a_legal_form():
    text = "台积电和联发科发布财报，贵州茅台、泸州老窖股价上涨，摩根士丹利下调评级。"
    assert companies(text) == ["台积电", "联发科", "贵州茅台", "泸州老窖", "摩根士丹利"]


def test_a_listed_brand_lends_no_shorter_name_and_keeps_the_place_before_its_legal_name():
    text = "中国铝业拟收购资产，闽发铝业、天山铝业涨停。26日，扬州中远海运重工有限公司建造的货轮下水。"
    found = companies(text)
    assert "铝业" not in found and "中国铝业" in found
    assert "扬州中远海运重工有限公司" in found


def test_a_share_move_names_the_listed_company_before_it():
    text = "小米集团涨近3%，美团涨近5%，创业板指数涨超2%，半导体板块涨近3%，个股跌超5%。"
    assert companies(text) == ["小米集团", "美团"]


def test_a_stock_quote_names_a_company_even_when_it_reads_as_a_surname_or_a_word():
    text = "行业展望。 雷诺(8.79, 0.11, 1.27%)周三公布了业绩。中炬高新(29.10, 0.21, 0.73%)近日表示。"
    assert companies(text) == ["雷诺", "中炬高新"]


def test_a_share_move_inside_a_longer_verb_names_no_company():
    text = "金价每盎司上涨超过500美元，该股1月以来累计下跌近2.7%，特斯拉市值大跌超1700亿元。"
    assert "盎司上" not in companies(text) and "来累计下" not in companies(text)
    assert not [c for c in companies(text) if c.endswith("大")]


def test_a_joining_verb_splits_two_district_bodies_and_a_publisher_keeps_its_website():
    text = "去年2月，区发改委会同区建管委到基地调研。据参考消息网8月8日报道。"
    assert orgs(text) == ["区发改委", "区建管委", "参考消息网"]


def test_a_paper_or_a_periodical_in_title_brackets_is_a_publisher_and_a_report_is_not():
    text = "据法新社与《世界报》报道，发表在英国《自然·医学》月刊的研究，《政府工作报告》提出，《统计公报》显示。"
    found = orgs(text)
    assert "世界报" in found and "自然·医学" in found
    assert "政府工作报告" not in found and "统计公报" not in found


def test_a_short_name_and_trade_before_settling_or_investing_is_a_company():
    text = "近日，德赛电池落户高新区。南源储能投资储能产业基地项目，空间新技术与应用领域实验。"
    found = companies(text)
    assert "德赛电池" in found and "南源储能" in found
    assert not [c for c in found if "技术" in c]


def test_a_chinese_place_opening_the_clause_belongs_to_a_short_brand_and_a_country_does_not():
    text = "近日，浙江凯华模具签约落户园区。据悉，杭州碧澄能源成立合资公司。韩国德威航空投资新航线。"
    found = companies(text)
    assert "浙江凯华模具" in found and "杭州碧澄能源" in found
    assert not [c for c in found if c.startswith("韩国")]


def test_a_listed_brand_takes_the_trade_word_after_it_and_a_model_name_after_its_maker():
    text = "恒大物业去年营收增长。这家工厂生产奥迪Q5和保时捷Macan，联想小新笔记本热销。"
    found = companies(text)
    assert "恒大物业" in found and "恒大" not in found
    assert "奥迪" in found and "保时捷" in found


def test_a_listed_brand_before_an_adverb_or_a_possessive_is_a_company():
    text = "多年来，伊利始终坚持质量第一。瑞银尚未回应，腾讯仍在观望，推特的标志已经更换。"
    found = companies(text)
    assert found.count("伊利") == 1 and "瑞银" in found and "腾讯" in found and "推特" in found


def test_a_listed_brand_with_its_quote_and_legal_form_is_one_company():
    text = "他曾任国金证券(8.970, 0.17, 1.93%)股份有限公司总经理，并约谈牧原股份、温氏股份。"
    found = companies(text)
    assert found[0] == "国金证券(8.970, 0.17, 1.93%)股份有限公司"
    assert "牧原股份" in found and not [c for c in found if c.startswith("约谈")]


def test_frequent_words_written_once_before_a_bare_bank_or_company_are_a_description():
    text = "新规将迫使大型银行增加资本，私人信贷公司加速扩张。上海临港海洋高新技术发展有限公司成立，海洋高新公司方面表示欢迎。"
    found = companies(text)
    assert not [c for c in found if c.endswith(("大型银行", "信贷公司"))]
    assert "海洋高新公司" in found


def test_a_listed_maker_before_its_product_is_the_company_and_the_product_is_no_part_of_it():
    text = "苹果是博通芯片的主要买家，华为手机销量回升，鸿海精密位列第五。"
    found = companies(text)
    assert "博通" in found and "华为" in found and "鸿海精密" in found
    assert not [c for c in found if c.endswith(("芯片", "手机"))]


def test_a_latin_company_name_closed_by_a_legal_form_and_its_first_word_alone_are_companies():
    text = "起诉一家软件公司Phunware Inc的股票。Phunware周二起诉瑞银，包括Alphabet Inc.和OpenAI Inc.在内。The Group said."
    found = companies(text)
    assert "Phunware Inc" in found and found.count("Phunware") == 1
    assert "Alphabet Inc." in found and "OpenAI Inc." in found and "The Group" not in found


def test_a_company_division_and_a_short_national_body_are_orgs():
    text = "美的的业务板块分别是智能家居事业群、楼宇科技事业部。国家市场监管总局认为，欧央行加息25个基点。据IT之家8月10日消息。"
    found = orgs(text)
    assert "智能家居事业群" in found and "楼宇科技事业部" in found
    assert "国家市场监管总局" in found and "欧央行" in found and "IT之家" in found


def test_a_short_name_and_body_suffix_after_a_country_is_one_org_when_it_plainly_ends():
    text = "法国生态转型部部长贝楚表示。据德国广播电台网站报道。美国国土安全部发言人称。中国最早举办的机器人大赛。推进中国式现代化作出系统部署。"
    found = orgs(text)
    assert "法国生态转型部" in found and "德国广播电台" in found and "美国国土安全部" in found
    assert not [o for o in found if "举办" in o or "部署" in o or o.endswith("作出系统部")]


def test_a_bare_union_or_congress_is_an_org_only_before_a_post():
    text = "在上级工会的帮助下，企业工会从组织覆盖到工作覆盖。党委书记、工会主席肖水贤说。人大代表、政协委员、市民等组成。政协副主席李海峰出席。免去其政协第十二届贵州省委员会常务委员职务。"
    found = orgs(text)
    assert found.count("工会") == 1 and found.count("政协") == 1 and "人大" not in found
    assert "政协第十二届贵州省委员会" in found


def test_a_street_office_or_township_government_of_no_place_is_no_org():
    text = "听证会的实施主体为所在的街道办事处（乡镇政府）。人民广场街道办事处表示支持。"
    assert orgs(text) == ["人民广场街道办事处"]


def test_a_car_maker_before_its_model_is_the_company_and_no_maker_is_read_inside_a_word():
    text = "一汽红旗SUV和奔驰卡车亮相车展，统一汽车服务站同时开放。中关村在线消息，英特尔宣布。"
    found = companies(text)
    assert found[:2] == ["一汽", "奔驰"] and found.count("一汽") == 1
    assert "中关村在线" in found


def test_police_after_a_place_or_zone_and_a_named_culture_station_are_orgs():
    text = "记者从重庆两江新区警方获悉。上海警方公布一起案件。因涉及案件被警方冻结。音乐会在四川天府新区新兴文化站举行。"
    assert orgs(text) == ["重庆两江新区警方", "上海警方", "四川天府新区新兴文化站"]


def test_an_adverb_after_a_place_and_trade_or_a_listed_brand_ends_the_company_name():
    text = "标志着湖南出版全面进入马栏山；这套由上海隧道自研的盾构系统；这是岚图汽车首次出口比利时。"
    assert [s for _, s in spans(text, "COMPANY")] == ["湖南出版", "上海隧道", "岚图汽车"]


def test_united_nations_agencies_development_banks_and_foreign_ministries_are_orgs():
    text = "国合署与联合国工业发展组织以及埃塞俄比亚工业部签署声明。联合国安理会召开会议。中国正抓紧筹建亚洲基础设施投资银行。"
    assert [s for _, s in spans(text, "ORG")][-4:] == [
        "联合国工业发展组织",
        "埃塞俄比亚工业部",
        "联合国安理会",
        "亚洲基础设施投资银行",
    ]
    assert spans(text, "COMPANY") == []


def test_a_government_word_sharing_its_first_character_with_the_place_takes_the_whole_place():
    text = "2018年3月，任合肥市政府副市长。座谈会上，孝南区政府有关负责人表示。据渝中区政府官网介绍。"
    assert [s for _, s in spans(text, "ORG")] == ["合肥市政府", "孝南区政府", "渝中区政府"]


def test_a_year_ends_an_org_body_and_a_suffix_across_two_words_is_none():
    text = "近日，财政部下达2023年改善普通高中学校办学条件补助资金预算。普通高中、中等职业学校资助标准提高。临港产业大学校长出席。"
    assert [s for _, s in spans(text, "ORG")] == ["财政部", "临港产业大学"]


def test_a_head_word_after_jin_closes_no_enumeration_of_companies():
    text = "进校园、组织无人驾驶车等新科技进社区、进企业。宁德时代、比亚迪等企业参展。"
    assert companies(text) == ["宁德时代", "比亚迪"]


def test_a_verb_qualifying_the_head_word_or_a_supplier_head_closes_an_enumeration():
    text = "形成了以江铃新能源、凯马百路佳等新能源汽车整车制造企业为引领，与华为、中兴等设备供应商合作。"
    assert companies(text) == ["江铃新能源", "凯马百路佳", "华为", "中兴"]


def test_a_year_is_no_enumerated_company_and_a_verb_before_the_head_breaks_the_list():
    text = "2021年与阿里巴巴、上海电信研究院等20多家知名企业合作。张伟、李强等提供企业服务。"
    assert companies(text) == ["阿里巴巴"]


def test_a_foreign_country_opening_a_company_name_stays_outside_it_unless_a_description_follows():
    text = "美国贝恩资本公司说，它已和印度阿达尼集团达成协议。美国GQG合伙公司增持。英国石油公司表示，智利国家铜业公司，中国石油天然气集团公司。"
    assert companies(text) == ["贝恩资本公司", "阿达尼集团", "GQG合伙公司", "英国石油公司", "智利国家铜业公司", "中国石油天然气集团公司"]


def test_a_group_named_after_its_founder_is_a_company():
    assert spans("阿达尼表示，阿达尼集团将继续投资。") == [("PERSON", "阿达尼"), ("COMPANY", "阿达尼集团")]


def test_a_stock_quote_inside_a_name_a_related_party_and_a_declared_short_name():
    text = (
        "华致酒行(25.330, -0.29, -1.13%)连锁管理股份有限公司（简称“华致酒行”）披露。华致酒行全资子公司北京华致陈香"
        "电子商务有限公司与关联方华泽集团签署协议。华致酒行未将上述事项提交。"
    )
    assert companies(text) == [
        "华致酒行(25.330, -0.29, -1.13%)连锁管理股份有限公司",
        "华致酒行",
        "华致酒行",
        "北京华致陈香电子商务有限公司",
        "华泽集团",
        "华致酒行",
    ]


def test_motion_verbs_end_a_company_name_and_industry_kinds_are_no_enumerated_companies():
    text = "部分焦炉煤气进入亚鑫集团，煤焦油则被送往梗阳集团。这条街聚集了多晶硅、光伏制造、锂电储能等10多家企业。存管银行不得为其办理支出。"
    assert companies(text) == ["亚鑫集团", "梗阳集团"]


def test_a_verb_inside_an_org_body_led_by_a_zone_ends_it_and_a_park_after_its_zone_is_one_zone():
    text = "湖南湘江新区北斗产业园拥有北斗安全研究院。雄安新区中关村科技园今天揭牌。"
    assert spans(text, "ZONE") == [("ZONE", "湖南湘江新区北斗产业园"), ("ZONE", "雄安新区中关村科技园")]
    assert orgs(text) == ["北斗安全研究院"]


def test_clause_verbs_and_counts_end_org_bodies():
    text = (
        "公司在上海、日本东京设有研发中心。这些投资者预期联邦储备委员会将加息。安监部成员夜间巡查沿线十余处施工工地。"
        "肿瘤医院院长赫捷遭举报私设民营医院。北京市职业介绍服务中心和嘉定区人民建议征集办公室联合开展活动。"
    )
    assert orgs(text) == ["联邦储备委员会", "安监部", "肿瘤医院", "北京市职业介绍服务中心", "嘉定区人民建议征集办公室"]


def test_a_listed_brand_named_alone_once_is_named_again_between_word_boundaries():
    text = "伊利始终秉承创新。过去十年，伊利营业总收入增长。汇丰发布报告，汇丰金科随后跟进。中石化销售华北分公司天津储备库。"
    assert companies(text) == ["伊利", "伊利", "汇丰", "中石化销售华北分公司"]


def test_a_listed_brand_opening_a_clause_before_a_frequent_word_is_a_company():
    text = "各开放3000多个实习岗位，腾讯面向全国招聘。员工持股计划是伊利实现增长的一步，祖似杰在上汽技术分享会上发言。"
    assert companies(text) == ["腾讯", "伊利", "上汽"]


def test_a_listed_brand_inside_a_longer_name_or_an_ordinary_word_is_no_company():
    text = "亦庄国投母基金获奖，该轮由高瓴创投领投；他喝了一碗，小米粥很香；i国网平台上线。"
    assert companies(text) == []


def test_a_count_of_listed_companies_closes_their_list():
    text = "集团拥有广汇能源、广汇汽车、广汇物流3家上市公司。伊利与国内外38家企业签约，全市钢铁、纺织两家企业减产。"
    assert companies(text) == ["广汇能源", "广汇汽车", "广汇物流", "伊利"]


def test_a_numbered_event_is_no_company_and_state_banks_are_brands():
    text = "第六届跨国公司领导人青岛峰会开幕。国开行发放贷款，银联共处理交易，智能网联汽车发展。"
    assert companies(text) == ["国开行", "银联"]


def test_a_year_or_a_verb_before_a_bare_company_or_bank_names_none():
    text = "最新的业绩预告显示，2025年公司预计实现扭亏。急需用钱找银行、正规平台或亲友。中信建投研报指出。"
    assert companies(text) == ["中信建投"]


def test_news_agencies_and_cooperation_offices_are_orgs():
    text = "据新华通讯社报道。市合作交流办有关同志陪同调研。来自天津市和平区合作交流办的数据显示。"
    assert orgs(text) == ["新华通讯社", "市合作交流办", "天津市和平区合作交流办"]


def test_verbs_and_quantifiers_before_a_bare_company_end_it():
    text = "公告称，拟启动分拆安得智联供应链科技有限公司上市。德意志银行等一些华尔街公司缓和了预期。这反映出顶尖科技公司的依赖。"
    assert companies(text) == ["安得智联供应链科技有限公司", "德意志银行"]


def test_a_place_and_a_steel_petrochemical_or_railway_bureau_trade_is_a_company():
    text = "安阳钢铁、重庆钢铁涨停。兰州铁路局介绍，新建东川铁路。"
    assert companies(text) == ["安阳钢铁", "重庆钢铁", "兰州铁路局"]


def test_jia_ru_ends_an_org_body():
    assert orgs("期盼科普类台企加入科协组织。2008年加入滑铁卢大学。") == ["滑铁卢大学"]


def test_more_listed_brands_are_companies():
    assert companies("近期，友达光电、中科创达分别增资。嘉凯城预计亏损。") == ["友达光电", "中科创达", "嘉凯城"]


def test_a_publisher_with_its_group_word_is_one_company():
    text = "大众日报报业集团与湖北新闻网传媒集团签约，大众日报刊发了消息。"
    assert companies(text) == ["大众日报报业集团", "湖北新闻网传媒集团"]
    assert orgs(text) == ["大众日报"]


def test_consumer_councils_need_a_place_or_an_administrative_prefix():
    text = "江苏省消保委约谈三家平台，县消协随后发布提示，商家应接受消保委和社会的监督。"
    assert orgs(text) == ["江苏省消保委", "县消协"]


def test_an_approximation_or_a_modal_after_a_descriptor_is_no_brand():
    text = "名单中，上市公司总市值约8万亿元。希望这家科技公司能在明年扩大产能。"
    assert companies(text) == []


def test_a_list_that_is_the_subject_of_a_copula_is_no_list_of_companies():
    text = "玻璃幕墙、钢结构吊装等均是公司首次尝试的工艺。"
    assert companies(text) == []


def test_the_home_country_before_a_stock_code_belongs_to_the_listed_name():
    text = "8月10日晚间，中国奥园（03883.HK）公告称，中国奥园将发行新的融资工具。"
    assert companies(text) == ["中国奥园", "中国奥园"]


def test_a_company_body_after_a_short_name_makes_it_a_company():
    text = "正值瑞丰高新临时股东会召开之时，瑞丰高新董事会发布公告。"
    assert companies(text) == ["瑞丰高新", "瑞丰高新"]


def test_a_longer_title_or_a_hiring_verb_before_a_company_position_names_no_company():
    text = "7月19日，邹卫东辞去董事会秘书职务。该集团从外部聘用首席执行官。"
    assert companies(text) == []


def test_frequent_words_after_a_modifier_describe_a_company_and_name_none():
    text = "这是一家注册在开曼的私人股份有限公司，由研究院孵化成立的大模型创业公司控股。"
    assert companies(text) == []


def test_a_department_word_before_a_position_is_part_of_the_title():
    text = "Rohan Patel和供应链副总裁Roshan Thomas出席了会议。"
    assert [s for label, s in spans(text) if label == "TITLE"] == ["供应链副总裁"]
    assert companies(text) == []


def test_a_bracketed_title_with_its_publishing_house_and_firms_of_lawyers_are_orgs():
    text = "由《中国经营者》杂志社主办，上海锦天城律师事务所和立信会计师事务所协办。"
    assert orgs(text) == ["《中国经营者》杂志社", "上海锦天城律师事务所", "立信会计师事务所"]
    assert [s for label, s in spans(text) if label == "LOC"] == []


def test_listed_state_firms_keep_the_country_in_their_short_name():
    text = "中国五矿与中国大唐签署协议，中国中车参加。"
    assert companies(text) == ["中国五矿", "中国大唐", "中国中车"]


def test_a_think_tank_is_an_org_but_not_inside_a_summit_or_a_forum_name():
    text = "运联智库发布报告。第八届全球智库峰会在京举行，南亚东南亚智库论坛开幕。"
    assert orgs(text) == ["运联智库"]


def test_a_joining_verb_that_is_also_a_county_opens_no_name():
    text = "科技局会同中国工商银行首次发放贷款。"
    assert companies(text) == ["中国工商银行"]
    assert orgs(text) == ["科技局"]


def test_a_government_with_departments_after_it_is_no_body_but_one_that_deploys_is():
    text = "将针对江夏区政府部门开展服务，落实省政府部署要求。"
    assert orgs(text) == ["省政府"]


def test_kinds_of_laboratories_and_institutes_are_no_names():
    text = "设立全国重点实验室专项，组建产业研究院和产业协同创新研究院。"
    assert orgs(text) == []


def test_military_commands_fleets_and_garrisons_with_their_commanders():
    text = "童培友已任浙江省军区副司令员。东部战区司令员林向阳、杭州警备区司令员朱云忠出席。他曾任东海舰队政委。"
    assert orgs(text) == ["浙江省军区", "东部战区", "杭州警备区", "东海舰队"]
    assert [s for label, s in spans(text) if label == "TITLE"] == ["副司令员", "司令员", "司令员", "政委"]
    assert [s for label, s in spans(text) if label == "PERSON"] == ["林向阳", "朱云忠"]


def test_an_appointment_verb_opens_no_body_but_a_place_or_a_word_holding_its_character_does():
    text = "刘青松已任东部战区政委，后任任丘市政府秘书长，织密安全责任网防溺水志愿服务队。"
    assert orgs(text) == ["东部战区", "任丘市政府", "织密安全责任网防溺水志愿服务队"]


def test_a_provincial_peoples_congress_with_its_session_is_one_body_but_not_the_national_one_or_the_system():
    text = "辽宁省第十四届人民代表大会第五次会议选举。他是第九届全国人民代表大会代表，要运行好人民代表大会制度。"
    assert orgs(text) == ["辽宁省第十四届人民代表大会"]


def test_a_brand_after_a_stop_word_opens_a_legal_name_that_holds_a_place():
    text = "与铁建重工新疆有限公司以往的产品不同，推动新疆有限公司发展。"
    assert companies(text)[0] == "铁建重工新疆有限公司"


def test_places_credited_together_as_a_source_name_an_account() -> None:
    text = "活动吸引市民参与。（来源：上海徐汇）详情见官网。（来源：皇冠街道）（来源：上海，记者 王明）"
    assert orgs(text) == ["上海徐汇"]  # one place alone, or a place before a comma, stays a place


def test_organising_a_company_is_no_part_of_its_name() -> None:
    text = "该县未取得用地手续，组织华泰建工集团有限公司进场施工；省委组织部通报。"
    assert companies(text) == ["华泰建工集团有限公司"]
    assert orgs(text) == ["省委组织部"]


def test_a_three_character_listed_brand_before_any_word_unless_it_opens_a_unit() -> None:
    text = "英伟达内部人士称，比亚迪新能源汽车销量增长；中石化销售华北分公司天津储备库投用。"
    assert companies(text) == ["英伟达", "比亚迪", "中石化销售华北分公司"]


def test_outlets_opening_a_sentence_before_a_reporter_and_zone_accounts() -> None:
    text = "现场秩序井然。南都记者了解到，演出正常进行。另据记者从市贸促会获悉，展会将延期。来源：浦东发布"
    assert orgs(text)[:1] == ["南都"] and "另据" not in orgs(text)
    assert "浦东发布" in orgs(text)
    assert "视觉中国" in orgs("贵阳市风光 视觉中国 资料图")


def test_group_armies_and_the_armed_police_force_are_whole_orgs() -> None:
    text = "8月5日，陆军第71集团军某旅官兵赶赴灾区，解放军和武警部队官兵冲锋在前。"
    assert orgs(text) == ["陆军第71集团军", "解放军", "武警部队"]


def test_places_before_a_zone_hosting_a_body_stay_in_the_org() -> None:
    text = "项目得到湖南省湘江新区政府高度认可，省委省政府作出部署。"
    assert orgs(text) == ["湖南省湘江新区政府", "省委", "省政府"]


def test_a_bare_zone_word_opens_no_company_name_unless_the_rest_is_generic() -> None:
    text = "走进高新区华宇新材料科技有限公司，高新区投资有限公司同日成立。"
    assert companies(text) == ["华宇新材料科技有限公司", "高新区投资有限公司"]


def test_a_company_group_in_a_list_is_named_by_its_company() -> None:
    text = "街道培育恒达远系、中科建系等重点企业。"
    assert companies(text) == ["恒达远", "中科建"]


def test_volunteer_teams_fire_stations_and_charity_offices_are_orgs() -> None:
    text = "启明公益爱心团队、立山区慈善办参加活动，随后，唐镇消防站到场；小型消防站等点位开放。"
    assert orgs(text) == ["启明公益爱心团队", "立山区慈善办", "唐镇消防站"]


def test_a_body_of_a_company_or_project_named_by_its_kind_word_alone_is_no_org() -> None:
    text = "该公司纪委表示将加强监督，该项目党支部开展活动；南京钢铁有限公司党支部同日成立。"
    assert orgs(text) == ["党支部"]


def test_a_local_or_ordinary_kind_of_body_is_no_org():
    text = "请前往当地派出所报警，推动基层卫生院升级，不同于常规微型消防站，经办法院为高碑店法院，新建、改扩建学校123所。"
    assert orgs(text) == ["高碑店法院"]


def test_a_third_person_pronoun_opens_no_org_name():
    text = "老板要带他去医院检查，我就希望让她去医院！他在其他医院工作。"
    assert orgs(text) == []


def test_abbreviated_departments_name_their_bureau():
    text = "方案已上报市交管局，合肥市投促局、上海科创办参会，在新区建交委的领导下，市文旅广体局与企业交流。"
    assert orgs(text) == ["市交管局", "合肥市投促局", "上海科创办", "新区建交委", "市文旅广体局"]
    text = "辽宁省营商局组织会议，市精神文明办、上海市电影局、市港澳办、上海市双拥办、市道路运输局参加。"
    assert orgs(text) == ["辽宁省营商局", "市精神文明办", "上海市电影局", "市港澳办", "上海市双拥办", "市道路运输局"]


def test_a_company_unit_before_a_title_is_an_org_beside_the_company():
    text = "武汉中远海运集装箱运输有限公司客户销售部经理李杨介绍，上汽集团公关部总经理张伟说，该公司研发中心投用。"
    assert spans(text)[:5] == [
        ("COMPANY", "武汉中远海运集装箱运输有限公司"),
        ("ORG", "客户销售部"),
        ("TITLE", "经理"),
        ("PERSON", "李杨"),
        ("COMPANY", "上汽集团"),
    ]
    assert ("ORG", "公关部") in spans(text) and ("ORG", "研发中心") not in spans(text)


def test_a_feed_mill_or_printing_works_is_a_company():
    text = "商贸城向天长市众越饲料厂销售死龙虾，当地一家饲料厂停产，新华印刷厂开工。"
    assert companies(text) == ["天长市众越饲料厂", "新华印刷厂"]


def test_a_sub_heading_glued_to_the_paragraph_that_repeats_it_names_both_copies():
    text = "新建小学。西咸新区铁一中金湾中学西咸新区铁一中金湾中学位于能源金融贸易区。转自：新华社新华社贵阳8月3日电。邢村站邢村站位于经十路。"
    assert [s for label, s in spans(text) if label == "ORG"] == ["西咸新区铁一中金湾中学", "西咸新区铁一中金湾中学", "新华社", "新华社"]
    start = text.index("邢村站邢村站")
    crossing = [Candidate(start, start + 5, "LOC", "rules", 0.6), Candidate(start + 6, start + 9, "LOC", "rules", 0.6)]
    assert split_doubled(text, crossing) == crossing[1:]  # 邢村站 + 邢村: runs into part of its copy


def test_an_occupation_after_a_unit_closes_it_and_a_greening_bureau_is_a_bureau():
    text = "重庆市公安局渝中区分局民警赶到，四川省第二中医医院针灸康复科医生到场，记者从北京市园林绿化局获悉。"
    assert orgs(text) == ["重庆市公安局渝中区分局", "四川省第二中医医院针灸康复科", "北京市园林绿化局"]


def test_a_company_office_or_bureau_after_it_and_its_places_is_part_of_the_company():
    text = "中铁二十局西南分局、海通证券伦敦办事处和民生银行总行负责人签约。"
    assert companies(text) == ["中铁二十局西南分局", "海通证券伦敦办事处", "民生银行总行"]
    text = "滨河区公安分局民警和新华街道办事处工作人员到场，中国人民银行总行发布通知。"
    assert companies(text) == []


def test_troupes_and_care_homes_are_bodies_with_their_place():
    text = "南江芭蕾舞团与北湖市木偶剧团同台演出，演员们随后走访了临河萱草护理院，县社会福利院院长介绍了情况。"
    assert orgs(text) == ["南江芭蕾舞团", "北湖市木偶剧团", "临河萱草护理院", "县社会福利院"]


def test_a_count_adverb_or_reference_before_a_body_names_none():
    text = "两名大学室友和自己两名大学同学说，她刚刚大学毕业，上述幼儿园和涉事幼儿园已停课，一审法院未支持。"
    assert orgs(text) == []
    assert orgs("既有省市级大医院的负责人，也有基层医院的医生，打造综合医院。") == []


def test_a_news_app_is_not_part_of_its_outlet():
    text = "来源：中国青年报客户端。新海南客户端、南海网8月5日消息。"
    assert orgs(text) == ["中国青年报", "新海南", "南海网"]


def test_a_body_after_a_place_and_its_bracketed_other_name_takes_both():
    text = "记者从岳麓区(湖南湘江新区)教育局了解到，吉林省梅河新区（梅河口市）生态环境局和北仑区（开发区）税务局发布通告。"
    assert orgs(text) == ["岳麓区(湖南湘江新区)教育局", "吉林省梅河新区（梅河口市）生态环境局", "北仑区（开发区）税务局"]
    assert orgs("活动在上海（浦东）举行，教育局发布通知。") == ["教育局"]


def test_a_trade_made_short_name_of_a_full_name_is_not_named_again():
    text = "南江轨道交通集团发布消息，巡展以轨道交通5号线为主，绿色融资租赁发展迅速。"
    assert companies(text) == ["南江轨道交通集团"]


def test_a_company_naming_itself_or_a_period_before_a_legal_form_is_no_name():
    text = "股东应占集团盈利增加，上半年内集团并无补充土地，管理层将继续负责本集团的运作，上市委员会着手取消公司的上市资格。"
    assert companies(text) == []
    assert companies("红杉资本公司和中信资本集团入股。") == ["红杉资本公司", "中信资本集团"]


def test_a_trade_descriptor_before_a_company_is_not_part_of_it():
    text = "房地产商泰勒温佩有限公司股价上涨，在线零售商奥凯多集团股价下跌，南江医院联手华数集团。"
    assert companies(text) == ["泰勒温佩有限公司", "奥凯多集团", "华数集团"]


def test_named_bands_are_bodies_and_kinds_of_band_are_not():
    text = "来自徐州的对伴乐队和榜样花儿乐队登台，少儿摇滚乐队也来了，孩子组成的摇滚乐队倾情演唱。"
    assert orgs(text) == ["对伴乐队", "榜样花儿乐队"]


def test_a_body_keeps_the_whole_run_of_places_written_before_it():
    text = "8月16日，湖北咸宁赤壁市赵李桥镇新时代文明实践所组织活动，海南省儋州市政府发布公告。"
    assert orgs(text) == ["湖北咸宁赤壁市赵李桥镇新时代文明实践所", "海南省儋州市政府"]


def test_a_short_name_declared_with_a_stock_code_names_the_company_later():
    text = "南江在线财产保险股份有限公司（南江在线，06060.HK）发布公告。与此同时，南江在线选举李明为董事长。"
    assert companies(text) == ["南江在线财产保险股份有限公司", "南江在线", "南江在线"]


def test_an_appointment_verb_ends_a_company_name_read_leftwards():
    text = "于芝涛正式接任海信集团总裁职务，贾少谦出任海信集团董事长。"
    assert companies(text) == ["海信集团", "海信集团"]


def test_a_state_group_unit_named_after_its_province_or_city_is_one_company():
    text = "据中国铁路南宁局集团有限公司消息，国网福建电力组织抢修，中国石化上海石油各加能站推行网格化管理。"
    assert companies(text) == ["中国铁路南宁局集团有限公司", "国网福建电力", "中国石化上海石油"]


def test_a_national_team_is_a_body_and_the_national_team_word_is_none():
    text = "中国队在女子接力中夺冠，中国跳水队成功卫冕，冬天是国家队训练基地。"
    assert orgs(text) == ["中国队", "中国跳水队"]


def test_maternity_hospitals_and_bodies_after_a_call_or_a_count():
    text = "有媒体致电涉事医院上海市第一妇婴保健院，上海一家医院举办演唱会，援建学校已完工。"
    assert orgs(text) == ["上海市第一妇婴保健院"]


def test_a_quoted_short_name_before_its_stock_code_is_a_company():
    text = "全国中小企业股份转让系统挂牌股票“宏泓科技”(证券代码：836577)发布公告。"
    assert companies(text) == ["宏泓科技"]
