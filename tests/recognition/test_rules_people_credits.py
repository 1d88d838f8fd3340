"""People rules on credits, bylines and names in context (sentences composed in the style of news pages)."""

from __future__ import annotations

from rules_helpers import recognisers, spans

from zone_ner.recognition.candidates import AFTER_PERSON


def test_review_credits_after_names_without_spaces() -> None:
    text = "江城日报记者 周文涛编辑 任杰二审 陆光明三审 孙晓梅返回搜狐，查看更多"
    assert spans(text, "PERSON") == [
        ("PERSON", "周文涛"),
        ("PERSON", "任杰"),
        ("PERSON", "陆光明"),
        ("PERSON", "孙晓梅"),
    ]
    assert ("TITLE", "二审") in spans(text) and ("TITLE", "三审") in spans(text)


def test_credit_chain_with_colons_and_bars() -> None:
    text = "请注意出行安全。责编:赵一鸣 | 审校:钱晓芸 | 审核:孙立 | 监制:李国栋"
    assert spans(text, "TITLE") == [
        ("TITLE", "责编"),
        ("TITLE", "审校"),
        ("TITLE", "审核"),
        ("TITLE", "监制"),
    ]
    assert [s for _, s in spans(text, "PERSON")] == [
        "赵一鸣",
        "钱晓芸",
        "孙立",
        "李国栋",
    ]


def test_bracketed_review_credits() -> None:
    text = "大家都平安就好。”（一审：沈涛 二审：韩雪梅 三审：郑伟）返回搜狐"
    assert [s for _, s in spans(text, "PERSON")] == ["沈涛", "韩雪梅", "郑伟"]


def test_second_name_after_a_space_in_a_byline() -> None:
    text = "讯（记者 王晓燕 胡永新）8月2日，会议在北京召开。"
    assert spans(text, "PERSON") == [("PERSON", "王晓燕"), ("PERSON", "胡永新")]


def test_bracketed_names_with_cues_inside() -> None:
    text = "增进友谊。(陈立、实习生刘佳)"
    assert spans(text, "PERSON") == [("PERSON", "陈立"), ("PERSON", "刘佳")]
    text = "客户端讯（何思远 中青报·中青网记者 高洁）8月3日"
    assert [s for _, s in spans(text, "PERSON")] == ["何思远", "高洁"]


def test_name_before_footer_and_slash_photo_credit() -> None:
    assert ("PERSON", "曹丽华") in spans("交流。区关工委 曹丽华返回搜狐，查看更多")
    assert ("PERSON", "王建新") in spans("论坛现场。王建新/摄  作为两国合作项目")
    assert spans("校对 吴菲返回搜狐，查看更多", "PERSON") == [("PERSON", "吴菲")]


def test_speech_verb_after_an_unnamed_title_is_not_a_name() -> None:
    text = "针对这一疑问，镇里相关负责人解释，该建筑无法整改。"
    assert spans(text, "PERSON") == []


def test_grade_and_rank_words_belong_to_the_title() -> None:
    text = (
        "省档案馆一级巡视员周海涛，市委常委、常务副州长孙波，集团资深副总裁钱立出席。"
    )
    titles = [s for _, s in spans(text, "TITLE")]
    assert "一级巡视员" in titles and "常务副州长" in titles and "资深副总裁" in titles


def test_former_marker_is_not_part_of_the_title() -> None:
    text = "江城市委原常委、江城新区党工委原副书记李明德被查。"
    assert spans(text, "TITLE") == [("TITLE", "常委"), ("TITLE", "副书记")]
    assert spans(text, "PERSON") == [("PERSON", "李明德")]


def test_position_after_appointment_but_not_after_a_count_of_terms() -> None:
    text = "2019年，王丽任黔南州副州长。近年来，黔南州已有两任州长被查。"
    assert spans(text, "TITLE") == [("TITLE", "副州长")]


def test_career_list_titles_after_company_units() -> None:
    text = (
        "刘芳女士历任江城证券股份有限公司上海营业部副总经理，"
        "江城证券股份有限公司审计部总经理、董事会办公室主任。"
    )
    titles = [s for _, s in spans(text, "TITLE")]
    assert titles.count("总经理") == 1 and titles.count("副总经理") == 1
    assert ("PERSON", "刘芳") in spans(text)


def test_name_before_its_title_and_after_an_occupation() -> None:
    text = "讲座结束后，陈红教授与周立主任为居民义诊。"
    assert spans(text, "PERSON") == [("PERSON", "陈红"), ("PERSON", "周立")]
    assert spans(text, "TITLE") == [("TITLE", "教授"), ("TITLE", "主任")]
    text = "江城实验学校体育教师黄伟上榜。凌晨两点，黄伟发现楼下起火。"
    assert spans(text, "PERSON") == [("PERSON", "黄伟"), ("PERSON", "黄伟")]
    assert spans(text, "TITLE") == [("TITLE", "体育教师")]


def test_names_opening_a_clause_and_after_appointment() -> None:
    text = "公司公告新任王静为督察长。此前，赵敏因个人原因离任。“会更好。”孙立军说。"
    assert [s for _, s in spans(text, "PERSON")] == ["王静", "赵敏", "孙立军"]
    assert ("TITLE", "督察长") in spans(text)


def test_honorifics_are_not_names() -> None:
    text = "2日上午，董先生和朋友购买了盒饭。董先生表示自己不是救援队员。"
    assert spans(text, "PERSON") == []


def test_transliterated_name_after_an_occupation() -> None:
    text = "在浦东机场，外籍工程师马克·安德森表示通关很快。"
    assert ("PERSON", "马克·安德森") in spans(text)


def test_common_nouns_opening_a_clause_are_not_names() -> None:
    text = "文章指出，改革取得成效。双方认为，合作前景广阔。战士们说，任务完成了。"
    assert spans(text, "PERSON") == []


def test_an_adverb_surname_and_a_verb_after_a_title_are_no_name() -> None:
    text = "合唱团成员都来自高行镇，历届首相都没有这样做。大队队长程振兴带头领学，市长曾建设出席。"
    assert [s for _, s in spans(text, "PERSON")] == ["程振兴", "曾建设"]


def test_two_character_names_padded_with_a_space_in_lists_and_photo_credits() -> None:
    text = "获奖名单：四川天府新区华阳中学张 寒  凉山州民族中学刘 杰  南溪职业技术学校刘文菊。游客在景区游玩。龙 涛摄（中经视觉）"
    assert [s for _, s in spans(text, "PERSON")] == ["张 寒", "刘 杰", "龙 涛"]
    assert spans("中 国 经 济 新 闻。高 新 区。", "PERSON") == []


def test_a_two_character_name_before_a_frequent_word_it_would_open() -> None:
    text = "兰州交警杨成执勤时牺牲。检察办公室主任袁莉荣获全国奖项。常务副市长吴清列席会议。"
    assert [s for _, s in spans(text, "PERSON")] == ["杨成", "袁莉", "吴清"]
    kept = "商会执行秘书长徐巧平等出席会议。阿斯旺省省长阿什拉夫会见代表。"
    assert [s for _, s in spans(kept, "PERSON")] == ["徐巧平", "阿什拉夫"]


def test_board_members_train_heads_and_museum_researchers_are_titles_but_a_board_is_not() -> None:
    text = (
        "福耀集团董事局主席曹德旺创办。河北省燕赵文化研究会理事、邢台市民间文艺家协会副主席张国勇说。K396次列车长杨龙赶到，"
        "客运值班员赵阳安抚乘客，研究中心副研究馆员李明介绍，公司副总经理、CBO王炯称。供销社理事会副主任陈中信出席。"
    )
    titles = [s for _, s in spans(text, "TITLE")]
    assert titles == ["董事局主席", "理事", "副主席", "列车长", "值班员", "副研究馆员", "副总经理", "CBO", "副主任"]


def test_a_credited_name_standing_alone_may_open_with_a_character_names_seldom_open_with() -> None:
    text = "新京报讯（记者吴为）近日。新华社发（陈其保 摄）暑期。(责任编辑：卢其龙 CN070)"
    assert [s for _, s in spans(text, "PERSON")] == ["吴为", "陈其保", "卢其龙"]
    assert spans("此人出手阔绰，被金店店主奉为“金主”。市长李明在会上说。", "PERSON") == [("PERSON", "李明")]


def test_a_latin_name_opening_with_a_given_name_and_its_surname_alone_later() -> None:
    text = "摩根士丹利的Michael Wilson是少数预测到的人。Wilson在报告中写道。他毕业于John Hopkins University。"
    assert [s for _, s in spans(text, "PERSON")] == ["Michael Wilson", "Wilson"]


def test_counsellors_and_standing_members_are_titles_and_a_pronoun_ends_a_name() -> None:
    text = "第六、七届全国政协常务委员，原国务院参事，民建中央原副秘书长王艮仲逝世。民警安慰他道：“不要急。”"
    assert [s for _, s in spans(text, "TITLE")] == ["常务委员", "参事", "副秘书长"]
    assert [s for _, s in spans(text, "PERSON")] == ["王艮仲"]


def test_a_title_introducing_a_name_with_a_copula() -> None:
    text = "雷根基金成立于2014年，法人代表为李金龙。公司董事长是张伟。习近平主席是巴基斯坦人民的朋友。"
    assert [s for _, s in spans(text, "TITLE")] == ["法人代表", "董事长", "主席"]
    assert [s for _, s in spans(text, "PERSON")] == ["李金龙", "张伟", "习近平"]


def test_a_chief_forecaster_is_a_title() -> None:
    text = "市气象台首席预报员胡春梅介绍，预报员刘晓燕值班。"
    assert [s for _, s in spans(text, "TITLE")] == ["首席预报员", "预报员"]


def test_resident_role_word_opens_a_name() -> None:
    text = "社区的居民王大山今年85岁。王大山老人看在眼里。"
    assert spans(text, "PERSON") == [("PERSON", "王大山"), ("PERSON", "王大山")]


def test_longest_title_wins_over_a_compound_surname() -> None:
    text = "”江城电器董事长孙伟明表示，企业要创新。集团执行董事长王丽出席。"
    assert [s for _, s in spans(text, "PERSON")] == ["孙伟明", "王丽"]
    assert [s for _, s in spans(text, "TITLE")] == ["董事长", "执行董事长"]


def test_one_character_name_end_before_a_closing_bracket() -> None:
    text = "本报讯（记者 周道明 通讯员 李忠于）订单很多。"
    assert [s for _, s in spans(text, "PERSON")] == ["周道明", "李忠于"]


def test_unnamed_official_speaking_has_no_title() -> None:
    text = "江城市政府负责人表示，将加快建设。习近平总书记强调，要坚持创新。"
    assert ("TITLE", "负责人") not in spans(text)
    assert ("TITLE", "总书记") in spans(text)


def test_place_in_brackets_after_a_place_is_not_a_name() -> None:
    assert spans("中国北京（海淀）留学人员创业园", "PERSON") == []


def test_enumerated_names_need_a_boundary_on_the_left() -> None:
    text = "包含马岩松、雅克费尔叶、姜平、张斌等国内外一批建筑大师。"
    assert [s for _, s in spans(text, "PERSON")] == ["姜平", "张斌"]


def test_department_words_and_pronouns_before_titles_are_not_names() -> None:
    text = "他是前政府的司法部长。这位新部长说，不用了。车管所民警和工作人员接待群众。"
    assert spans(text, "PERSON") == []


def test_names_after_appointment_verbs_and_before_deng_ren() -> None:
    text = "会议决定任命陈杰为上海市副市长，免去吴清、郭芳、李政的上海市副市长职务。"
    assert [s for _, s in spans(text, "PERSON")] == ["陈杰", "吴清", "郭芳", "李政"]
    text = "公安分局成功侦破王宏伟、冯云平、赵川等人冒用国有企业名义诈骗案。"
    assert [s for _, s in spans(text, "PERSON")] == ["王宏伟", "冯云平", "赵川"]
    assert spans("任命书已下发，免去职务的决定尚未公布。", "PERSON") == []


def test_credits_written_with_a_slash():
    text = "（融媒体新闻中心记者/陈晓风 赵凌翔 编辑/张萌）"
    found = spans(text)
    assert [s for label, s in found if label == "PERSON"] == ["陈晓风", "赵凌翔", "张萌"]
    assert [s for label, s in found if label == "TITLE"] == ["记者", "编辑"]


def test_titles_joined_by_a_slash_form_one_chain():
    assert [s for label, s in spans("董事长/总经理王强表示") if label == "TITLE"] == ["董事长", "总经理"]


def test_a_deputy_title_after_a_project_name_keeps_its_fu():
    assert ("TITLE", "副经理") in spans("站房接建工程项目副经理郝俊男介绍")


def test_author_credits_and_business_titles():
    found = spans("作者：赵志伟 赵宇泽。来自寻之旅的运营经理曾志华表示。")
    assert [s for label, s in found if label == "PERSON"] == ["赵志伟", "赵宇泽", "曾志华"]
    assert ("TITLE", "运营经理") in found


def test_full_media_reporter_is_one_title_after_a_publisher():
    assert ("TITLE", "全媒体记者") in spans("本报讯（郑报全媒体记者 鲁燕）")


def test_a_frequent_word_in_brackets_or_after_a_role_is_no_name():
    text = "《建设项目审批目录(修订)》印发，本次修订后审批更快。学校结合学生成长需求，由学生王刚介绍。"
    persons = [s for label, s in spans(text) if label == "PERSON"]
    assert persons == ["王刚"]


def test_latin_executive_titles_and_the_chief_executive():
    text = "集团CTO刘会福介绍，香港特区行政长官李家超率团访问。"
    labelled = spans(text)
    assert ("TITLE", "CTO") in labelled and ("PERSON", "刘会福") in labelled
    assert ("TITLE", "行政长官") in labelled and ("PERSON", "李家超") in labelled


def test_foreign_ministers_titles():
    labelled = spans("王毅会见日本外相林芳正、韩国外长朴振。")
    assert ("TITLE", "外相") in labelled and ("TITLE", "外长") in labelled


def test_names_without_a_han_surname_between_a_title_and_speech():
    text = "扎囊县商务经济合作局局长拉措姆说，总经理次仁曲扎告诉记者，主任李明介绍说，普京会见总理李显龙时表示。"
    persons = [s for label, s in spans(text) if label == "PERSON"]
    assert persons == ["拉措姆", "次仁曲扎", "李明", "普京", "李显龙"]


def test_world_leaders_are_known_without_a_surname():
    text = "普京在会见新加坡总理李显龙时表示，莫迪总理期待访问中国。"
    persons = [s for label, s in spans(text) if label == "PERSON"]
    assert persons == ["普京", "李显龙", "莫迪"]


def test_a_transliterated_name_joined_by_dots_after_a_title_is_one_person():
    labelled = spans("布鲁金斯学会高级研究员埃斯瓦尔·普拉萨德在论坛上表示，黄陂东湖高新·木兰智汇谷入驻企业增多。")
    assert ("TITLE", "高级研究员") in labelled and ("PERSON", "埃斯瓦尔·普拉萨德") in labelled
    assert [t for label, t in labelled if label == "PERSON"] == ["埃斯瓦尔·普拉萨德"]


def test_people_named_by_their_trade_before_a_word_of_speech():
    labelled = spans("女司机胡杨说，设专用停车位意义不大。村民田雪梅反驳说，很有必要。")
    assert [t for label, t in labelled if label == "PERSON"] == ["胡杨", "田雪梅"]


def test_three_or_more_names_listed_with_commas_are_people():
    text = "施工的朱德贵、李世增、娄长民和刘春明四名农民工赶来，后来刘春明负责指挥。亲子家庭在李宇瑾、罗民扬、解雪三位健身老师带领下锻炼。"
    persons = [t for label, t in spans(text) if label == "PERSON"]
    assert persons == ["朱德贵", "李世增", "娄长民", "刘春明", "刘春明", "李宇瑾", "罗民扬", "解雪"]


def test_parallel_phrases_pseudonyms_and_brands_are_no_name_list():
    text = "打造全农类、全生态、全周期的农业，许某与庄某某、王某、许某杰合伙，蒙牛、温氏、李子园等企业参展。"
    assert [t for label, t in spans(text) if label == "PERSON"] == []


def test_court_titles_and_no_names_from_whole_counts_or_pseudonyms():
    labelled = spans("任命韩庆为武汉市中级人民法院审判员，副庭长刘燕双出席。乡镇书记、镇长全部到岗。判处汤某山等3名主犯。")
    assert ("TITLE", "审判员") in labelled and ("TITLE", "副庭长") in labelled
    assert [t for label, t in labelled if label == "PERSON"] == ["韩庆", "刘燕双"]


def test_two_title_chains_joined_by_he_and_two_words_after_a_title_are_no_names():
    labelled = spans("两年多来，习近平主席和祖马总统成功实现互访，副市长宋明杰出席，主任和平说。")
    assert [t for label, t in labelled if label == "PERSON"] == ["习近平", "祖马", "宋明杰", "和平"]


def test_names_after_artists_and_performers():
    labelled = spans("台湾著名艺术家、收藏家许伯夷先生赠送放映机，演员王宝强表示支持，作家们说很好。")
    assert [t for label, t in labelled if label == "PERSON"] == ["许伯夷", "王宝强"]
    assert not any(label == "TITLE" for label, _t in labelled)


def test_a_title_joining_two_places_is_no_title():
    labelled = spans("8月11日，陕西省西安市长安区局地出现暴雨，西安市长李四到现场。")
    assert ("TITLE", "市长") in labelled
    assert [t for label, t in labelled if label == "PERSON"] == ["李四"]
    assert not any(label == "ORG" for label, _t in labelled)


def test_a_former_village_party_secretary_is_one_title_and_a_village_branch_is_an_org():
    labelled = spans("盐山县千童镇刘庄村原党支部书记刘瑞香贪污补贴，漯河市召陵区后谢镇后乡村党支部书记王五出席。")
    assert ("TITLE", "党支部书记") in labelled and ("PERSON", "刘瑞香") in labelled
    assert ("ORG", "漯河市召陵区后谢镇后乡村党支部") in labelled and ("TITLE", "书记") in labelled
    assert not any(label == "ORG" and "原" in t for label, t in labelled)


def test_a_credit_verb_inside_a_sentence_is_no_credit():
    labelled = spans("方案履行必要审核程序后实施。（责任编辑：王五 审核：李四）")
    assert [t for label, t in labelled if label == "PERSON"] == ["王五", "李四"]


def test_a_frequent_word_after_a_title_is_no_name_without_a_surname():
    labelled = spans("经民辅警耐心劝说，男子被成功救下。局长拉措姆说，总经理次仁曲扎告诉记者。")
    assert [t for label, t in labelled if label == "PERSON"] == ["拉措姆", "次仁曲扎"]


def test_a_verb_right_after_a_title_is_no_name():
    labelled = spans("主要参与者均驻扎于此，董事相信，与市场参与者合作。主任王强说。")
    assert [t for label, t in labelled if label == "PERSON"] == ["王强"]


def test_a_name_after_a_role_word_and_before_a_verb_recurs_in_the_article() -> None:
    text = "看守所通报，罪犯周康明会见了近亲属。此前，周康明曾上诉。店员许晓莹发现后妥善保管。"
    assert [s for _, s in spans(text, "PERSON")] == ["周康明", "周康明", "许晓莹"]


def test_a_word_or_a_place_after_a_role_word_is_no_name() -> None:
    assert spans("今年以来，杨成同志全身心投入工作。", "PERSON") == [("PERSON", "杨成")]
    assert spans("适时推出中国游客经海南中转至东南亚各国的线路。", "PERSON") == []


def test_a_two_character_name_opening_a_clause_before_said() -> None:
    assert spans("她跑到门口。黄莹说，她急忙追了出去。", "PERSON") == [("PERSON", "黄莹")]
    assert spans("虽然在看守所里，但他说心里很平静。", "PERSON") == []
    assert spans("会上，双方认为合作前景广阔。", "PERSON") == []


def test_a_credit_without_a_name_and_a_post_held_by_a_state_are_no_titles() -> None:
    text = "红星新闻记者从成都市获悉，老挝担任东盟轮值主席国期间，海合会成员国支持。新华社记者李明报道。"
    assert spans(text, "TITLE") == [("TITLE", "记者")]
    assert spans(text, "PERSON") == [("PERSON", "李明")]


def test_graded_titles_and_posts_of_arbitration_and_finance() -> None:
    text = "国家电网专职新闻发言人王延芳说。红星新闻实习记者祁彪报道。澳门籍仲裁员李国辉出庭。税务局党委委员、总经济师朱婷婷出席。"
    assert [s for _, s in spans(text, "TITLE")] == ["专职新闻发言人", "实习记者", "仲裁员", "委员", "总经济师"]


def test_a_verb_of_motion_before_a_place_opens_no_name() -> None:
    text = "央视记者来烟台采访，旅客经海南中转。记者来洪涛报道。"
    assert spans(text, "PERSON") == [("PERSON", "来洪涛")]


def test_astronauts_players_and_video_credits_name_people() -> None:
    text = "乘组航天员叶光富等三人顺利返回。叶光富曾回到母校。撰稿：吴亚芬出镜：刘彬。中国公开赛亚军杨绍杰是夺冠热门。"
    assert [s for _, s in spans(text, "PERSON")] == ["叶光富", "叶光富", "吴亚芬", "刘彬", "杨绍杰"]


def test_brands_and_phrases_are_no_clause_or_role_names() -> None:
    text = "然而，谷歌表示它深深关注。他和75岁的母亲住在一起。雄安集团领导田金昌、路立营参加座谈。"
    assert spans(text, "PERSON") == [("PERSON", "田金昌"), ("PERSON", "路立营")]


def _persons(text: str) -> list[str]:
    return [s for label, s in spans(text) if label == "PERSON"]


def test_a_name_stops_before_a_word_that_follows_names() -> None:
    text = "富力地产联席董事长张力终于公开现身，公司董事张力被指控欺诈，市长李明代表市政府致辞。"
    assert _persons(text) == ["张力", "张力", "李明"]


def test_a_role_word_right_after_a_person_is_a_verb() -> None:
    text = "董事长李思廉出席开院仪式。活动上，李思廉代表富力致辞。"
    assert _persons(text) == ["李思廉", "李思廉"]


def test_words_after_a_title_or_in_a_law_title_are_no_names() -> None:
    assert _persons("这是英国首相时隔8年再次访华，程序符合《公司法》的规定。") == []


def test_a_body_listed_before_its_title_is_no_name() -> None:
    text = "财政所所长覃大茂、农业办主任谢鹤毅、农业办干部陈智云受到通报批评。"
    assert _persons(text) == ["覃大茂", "谢鹤毅", "陈智云"]


def test_a_court_instance_is_no_review_credit() -> None:
    assert [label for label, _s in spans("法院对金某做出一审宣判。")] == []
    assert spans("一审：夏博 二审：卢小伟") == [("TITLE", "一审"), ("PERSON", "夏博"), ("TITLE", "二审"), ("PERSON", "卢小伟")]


def test_a_title_after_a_name_is_offered_on_condition() -> None:
    gazetteer, rules, _merge = recognisers()
    text = "北京大学张信荣教授牵头合作，宣讲团成员结合行业特点宣讲。"
    after = [text[c.start : c.end] for c in rules.find(text, gazetteer.find(text)) if c.source == AFTER_PERSON]
    assert after == ["教授"]


def test_honorific_only_references_are_no_person() -> None:
    text = "“有空就来。”顾大妈说。村民王大叔告诉记者，裁缝陈师傅也很喜欢。小区居民张爹爹说。"
    assert spans(text, "PERSON") == []
    assert spans("“感觉特别棒。”市民王小姐说。游客翁女士表示赞同。", "PERSON") == []


def test_a_clause_before_a_credit_is_no_publisher() -> None:
    text = "村民郭叔告诉记者，袁飞告诉记者。（YMG全媒体记者 高少华）"
    assert [(label, s) for label, s in spans(text) if label in ("ORG", "PERSON")] == [
        ("PERSON", "袁飞"),
        ("ORG", "YMG"),
        ("PERSON", "高少华"),
    ]


def test_a_verb_across_the_last_given_character_ends_the_name_before_it() -> None:
    text = "副总经理赵刚宣读决定，民警张毅接到警情，董事长梁雷出任新职，主任张涛非常看好，市长王建国调研工作。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["赵刚", "张毅", "梁雷", "张涛", "王建国"]


def test_a_transliterated_name_opening_a_clause_before_speech_is_a_person() -> None:
    text = "合作前景广阔。   菲勒蒙表示，中方支持。拉德夫说，无人机坠毁。英特尔透露，计划裁员。海南岛说法不一。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["菲勒蒙", "拉德夫"]


def test_a_class_teacher_and_a_title_held_by_many_are_no_titles() -> None:
    labelled = spans("叶光富的初中班主任王续华在家观看，在重庆大学教授们的指导下完成。值班主任：崔文涛")
    assert [t for label, t in labelled if label == "TITLE"] == ["值班主任"]
    assert [t for label, t in labelled if label == "PERSON"] == ["王续华", "崔文涛"]


def test_a_transliterated_name_runs_past_three_characters_but_not_into_a_place() -> None:
    text = "阿联酋总统穆罕默德举行会谈，摩洛哥首相阿赫努什、阿尔及利亚总理出席，该国总统马杜罗夫妇后，副外长莫尔古洛夫透露。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["穆罕默德", "阿赫努什", "马杜罗", "莫尔古洛夫"]


def test_a_word_before_a_surname_and_an_honorific_is_no_name() -> None:
    text = "“客服”向骆女士发送了链接。”司机张先生说。立即赶去。原来王先生的妻子也在。王芳女士表示同意。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["王芳"]


def test_a_frequent_word_before_a_title_is_no_name() -> None:
    text = "成都市委常委、宣传部长出席。宣讲团成员结合实际宣讲。孩子的“成长合伙人”。高盛董事长苏德巍表示。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["苏德巍"]


def test_a_photo_credit_after_a_three_character_run_ends_the_name() -> None:
    text = "中新社记者赵明摄 展览在前期公开征集的基础上举办。新华社发（徐率摄）记者 李军广摄"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["赵明", "徐率", "李军广"]


def test_a_preposition_after_a_title_opens_no_free_name() -> None:
    text = "习近平主席在复信中指出，合作前景广阔。总书记对乡亲们说，要巩固成果。副局长才让太介绍。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["习近平", "才让太"]


def test_a_preposition_before_a_word_or_a_place_opens_no_name() -> None:
    text = "国家主席习近平和俄罗斯总统普京互致贺电。记者向新闻中心提出申请。副司长于文涛出席。"
    found = [t for label, t in spans(text) if label == "PERSON"]
    assert "和俄罗" not in found and "向新闻" not in found and "于文涛" in found and "普京" in found
    assert ("LOC", "俄罗斯") in spans(text)


def test_a_contracted_department_title_is_one_title() -> None:
    text = "美国财政部长斯科特·贝森特表示，随州市副市长、公安局长柴普军深入一线。"
    assert [s for s in spans(text) if s[0] in ("TITLE", "ORG")] == [
        ("TITLE", "财政部长"),
        ("TITLE", "副市长"),
        ("TITLE", "公安局长"),
    ]


def test_a_director_title_holds_no_listed_body() -> None:
    text = "振华重工安全总监李圣贵表示，全总、教育部将联合开展活动。"
    assert [s for s in spans(text) if s[0] in ("TITLE", "ORG")] == [
        ("TITLE", "总监"),
        ("ORG", "全总"),
        ("ORG", "教育部"),
    ]


def test_a_credit_verb_inside_a_sentence_and_a_reporters_verb_name_nobody() -> None:
    text = "并要重新签合同、审核公积金。一审宣判后，被告上诉。媒体记者关注的热点问题，记者 王伟 通讯员 李强。"
    assert [s for s in spans(text) if s[0] in ("TITLE", "PERSON")] == [
        ("TITLE", "记者"),
        ("PERSON", "王伟"),
        ("TITLE", "通讯员"),
        ("PERSON", "李强"),
    ]


def test_a_misconduct_verb_after_a_name_is_no_part_of_it() -> None:
    text = "管委会副主任王磊违规收受礼金，副院长周鹏违纪问题查实。"
    assert [s for s in spans(text) if s[0] == "PERSON"] == [("PERSON", "王磊"), ("PERSON", "周鹏")]


def test_senior_reporter_ranks_are_one_title() -> None:
    text = "本报讯(沈阳日报、沈报全媒体主任记者 梁馨月)为进一步深化改革，新民晚报首席记者 张明 报道。"
    assert [s for s in spans(text) if s[0] in ("TITLE", "PERSON")] == [
        ("TITLE", "全媒体主任记者"),
        ("PERSON", "梁馨月"),
        ("TITLE", "首席记者"),
        ("PERSON", "张明"),
    ]


def test_a_place_credited_for_a_photo_is_no_person() -> None:
    text = "在丰台区“倍增追赶”的新引擎。供图/丰台区 文/北京青年报记者 张明"
    persons = [s for s in spans(text) if s[0] == "PERSON"]
    assert ("PERSON", "丰台区") not in persons and ("PERSON", "张明") in persons


def test_a_name_in_latin_script_after_a_title_and_its_surname_later_are_persons() -> None:
    text = "联合利华首席执行官Hein Schumacher上任后公布首份财报。据了解，Schumacher曾在荷兰任职。Schumachers不是人名。"
    found = [t for label, t in spans(text) if label == "PERSON"]
    assert found == ["Hein Schumacher", "Schumacher"]
    assert ("TITLE", "首席执行官") in spans(text)


def test_a_latin_gloss_after_a_transliterated_name_is_the_same_person() -> None:
    text = "牵头制定该法案的议员洛朗·马康利（Laurent Marcangeli）28日承认，研究所教授琼·巴莱斯特表示。"
    found = [t for label, t in spans(text) if label == "PERSON"]
    assert found == ["洛朗·马康利", "Laurent Marcangeli", "琼·巴莱斯特"]
    assert ("TITLE", "议员") in spans(text)


def test_fund_managers_analysts_and_physicians_are_titles() -> None:
    text = "由基金经理李佳亮掌舵。医院副主任医师张岩伟介绍。生猪行业分析师刘丽说。"
    titles = [t for label, t in spans(text) if label == "TITLE"]
    assert titles == ["基金经理", "副主任医师", "分析师"]


def test_foreign_ministers_contracted_titles_are_one_title() -> None:
    text = "新加坡交通部长易华仁近日被逮捕。英国财政大臣里夫斯表示，国防部长奥斯汀说。"
    assert [t for label, t in spans(text) if label == "TITLE"] == ["交通部长", "财政大臣", "国防部长"]
    assert [t for label, t in spans(text) if label == "PERSON"] == ["易华仁", "里夫斯", "奥斯汀"]


def test_a_dotted_foreign_name_ends_before_a_time_word() -> None:
    text = "美国总统唐纳德·特朗普周三表示，特斯拉首席执行官埃隆·马斯克当天发文。"
    assert [t for label, t in spans(text) if label == "PERSON"] == ["唐纳德·特朗普", "埃隆·马斯克"]


def test_a_strategist_title_takes_its_scope_words_and_a_dotted_name_is_not_cut_by_a_repeat() -> None:
    text = "道富银行全球宏观策略师马文·洛表示。霍华德·马克思的橡树资本有6条投资信条。马克思认为"
    assert ("TITLE", "全球宏观策略师") in spans(text)
    assert spans(text, "PERSON").count(("PERSON", "马克思")) == 1  # 马克思认为, not the part after ·


def test_a_scope_word_in_brackets_is_no_name() -> None:
    text = "骑手参加了“饿了么”平台（全网）一届一次职代会，审议通过全网集体合同。"
    assert spans(text, "PERSON") == []


def test_a_transliterated_name_after_a_title_and_before_a_day_is_a_person() -> None:
    text = "几内亚比绍总统恩巴洛4日签署总统令。德国央行行长纳格尔17日表示。总统府2日发布公告。"
    assert [s for _, s in spans(text, "PERSON")] == ["恩巴洛", "纳格尔"]


def test_beijing_time_names_no_place() -> None:
    text = "北京时间7月26日早间消息，截至北京时间今天16时，北京市发布预警。"
    assert spans(text, "LOC") == [("LOC", "北京市")]


def test_transliterated_names_after_titles_before_a_list_comma_or_zhi_are_people() -> None:
    text = "巴基斯坦总统扎尔达里、斯里兰卡总统迪萨纳亚克、乌拉圭总统奥尔西致贺信。公司总经理李明、副总经理王强出席。"
    assert [s for _, s in spans(text, "PERSON")] == ["扎尔达里", "迪萨纳亚克", "奥尔西", "李明", "王强"]


def test_co_chair_titles_and_a_passive_after_a_name() -> None:
    text = "富力地产创始人之一、联席董事长、总裁张力首次公开露面。肿瘤医院院长赫捷遭举报。"
    assert [s for _, s in spans(text, "TITLE")][-3:] == ["联席董事长", "总裁", "院长"]
    assert [s for _, s in spans(text, "PERSON")] == ["张力", "赫捷"]


def test_positions_after_an_appointment_verb_are_titles_but_a_board_is_none() -> None:
    text = "张三继续担任其董事总经理和首席执行官，并担任公司第四届董事会召集人。公司CEO 萧泓出席。"
    assert [s for _, s in spans(text, "TITLE")] == ["董事总经理", "首席执行官", "CEO"]
    assert [s for _, s in spans(text, "PERSON")] == ["萧泓"]  # 张三 alone is the model's


def test_transliterated_names_before_a_time_word_or_after_lai_zi_a_place_de() -> None:
    text = "美国加利福尼亚州州长纽森日前表示。来自哥伦比亚的卡特琳娜就在一家店工作。来自美国的游客很多。"
    assert [s for _, s in spans(text, "PERSON")] == ["纽森", "卡特琳娜"]


def test_lai_is_a_surname() -> None:
    text = "违例处理窗口民警赖志忠受到处分。（记者 凌安儿 通讯员 赖洁荃）"
    assert [s for _, s in spans(text, "PERSON")] == ["赖志忠", "凌安儿", "赖洁荃"]


def test_a_name_before_a_title_that_leads_a_team() -> None:
    text = "同济大学钟宁桦教授团队承担重大项目，研发团队表示满意。"
    assert spans(text, "PERSON") == [("PERSON", "钟宁桦")]


def test_a_mailbox_after_a_title_is_no_name_and_just_is_no_publisher() -> None:
    text = "通过12345热线电话、市长信箱等方式收集意见。\n就在记者采访的时候，菠萝迎来丰收。"
    assert spans(text) == []


def test_company_officer_titles_and_no_acting_prefix_inside_a_word() -> None:
    text = "该公司法定代表人李恒昌涉嫌违纪。宁德时代首席科学家吴凯表示，代市长张三出席，负责人曾于6月表示。"
    assert [s for label, s in spans(text) if label in ("TITLE", "PERSON")] == [
        "法定代表人",
        "李恒昌",
        "首席科学家",
        "吴凯",
        "代市长",
        "张三",
    ]


def test_a_name_before_spirit_names_its_person_at_every_mention_but_an_idiom_or_a_word_does_not():
    text = "弘扬张謇精神，举办“张謇杯”创业赛。发扬工匠精神、女排精神和龙马精神。"
    assert [s for label, s in spans(text) if label == "PERSON"] == ["张謇", "张謇"]


def test_no_name_from_words_that_only_look_like_names() -> None:
    text = "在排查的过程中，男子一直试图离开。要让产业旺起来、村民富起来。非家庭成员关系的职工。居民被困在汪洋中。"
    assert spans(text, "PERSON") == []
    text = "王立新，男，汉族，1968年出生。李强、赵乐际出席会议。"
    assert spans(text, "PERSON") == [("PERSON", "王立新"), ("PERSON", "李强"), ("PERSON", "赵乐际")]


def test_rank_and_trade_words_and_board_chairs_belong_to_the_title() -> None:
    text = "星海集团董事会主席陈明表示，公司生产总监李杰介绍，南京海关副关长王辉说，长江日报评论员程曼诗认为。"
    titles = [s for label, s in spans(text) if label == "TITLE"]
    assert titles == ["董事会主席", "生产总监", "副关长", "评论员"]


def test_a_name_marked_as_a_pseudonym_is_no_person_at_any_mention() -> None:
    text = "犯罪嫌疑人李亮(化名)讲述经历。犯罪嫌疑人李亮自首，民警王宏伟说。"
    assert [s for label, s in spans(text) if label == "PERSON"] == ["王宏伟"]


def test_a_title_takes_the_field_words_between_its_employer_and_it() -> None:
    text = "南江集团营运副经理王凯圆说，北湖基金管理有限公司投资总监曹名长和南江物业该产品负责人崔明介绍，医院及其院长赫捷出席。"
    assert spans(text, "TITLE") == [("TITLE", "营运副经理"), ("TITLE", "投资总监"), ("TITLE", "产品负责人"), ("TITLE", "院长")]
    assert spans("南江商会餐饮分会执行会长谢雨金说。", "TITLE") == [("TITLE", "执行会长")]


def test_a_name_in_title_marks_only_is_a_work_not_a_person() -> None:
    assert spans("开发了《安心保》专属保险险种，舞蹈《万疆》获奖。", "PERSON") == []
    assert spans("话剧《钱瑛》上演，钱瑛是一位革命家。", "PERSON") == [("PERSON", "钱瑛"), ("PERSON", "钱瑛")]


def test_a_name_ends_before_dangxuan() -> None:
    assert spans("研究员张翼当选中国社会学会新任会长。", "PERSON") == [("PERSON", "张翼")]
