"""records.officials on invented sentences shaped like ANNOTATION.md's worked examples and real news."""

from __future__ import annotations


def _officials(nlp, text):
    return {o.name: o for o in nlp(text).officials}


def test_worked_example(fast_nlp):
    official = _officials(fast_nlp, "江城高新区党工委书记、管委会主任李明出席。")[
        "李明"
    ]
    assert official.titles == ["党工委书记", "管委会主任"]
    assert official.organization == "江城高新区党工委"


def test_titles_split_at_commas_and_list_commas(fast_nlp):
    official = _officials(
        fast_nlp, "株洲高新区党工委委员，管委会副主任王洪宇立即召集相关部门研讨。"
    )["王洪宇"]
    assert official.titles == ["党工委委员", "管委会副主任"]


def test_place_dropped_committee_word_kept(fast_nlp):
    officials = _officials(
        fast_nlp, "延边州委书记胡家福出席。延边州委副书记、州长洪庆出席并讲话。"
    )
    assert officials["胡家福"].titles == ["州委书记"]
    assert officials["洪庆"].titles == ["州委副书记", "州长"]


def test_committee_word_carried_to_party_titles(fast_nlp):
    official = _officials(fast_nlp, "新任芜湖市委委员、常委、副书记徐志出席。")["徐志"]
    assert official.titles == ["市委委员", "市委常委", "市委副书记"]


def test_a_village_committee_keeps_its_committee_word(fast_nlp):
    official = _officials(fast_nlp, "茂名信宜市白石镇金林村村委会主任李世荣介绍了情况。")["李世荣"]
    assert official.titles == ["村委会主任"]
    assert official.organization == "茂名信宜市白石镇金林村村委会"  # the places written before a body stay in it


def test_every_person_of_a_list_gets_the_title(fast_nlp):
    officials = _officials(
        fast_nlp, "延吉高新区管委会副主任刘文明、康峰镐、李万洙出席开工仪式。"
    )
    assert [officials[n].titles for n in ("刘文明", "康峰镐", "李万洙")] == [
        ["管委会副主任"]
    ] * 3


def test_person_before_appointment(fast_nlp):
    assert _officials(fast_nlp, "安徽省委决定：宁波同志任芜湖市委书记。")[
        "宁波"
    ].titles == ["市委书记"]


def test_credits_are_no_officials(fast_nlp):
    assert "张伟" not in _officials(fast_nlp, "记者 张伟 报道。江城高新区管委会主任李明出席。")


def test_former_posts_go_to_former_titles(nlp):
    officials = _officials(
        nlp,
        "芜湖市委书记宁波出席会议。2017年3月，宁波任合肥市副市长。"
        "长期在辽宁省任职的张成中，曾任阜新市市长、盘锦市委书记等职。",
    )
    assert (officials["宁波"].titles, officials["宁波"].former_titles) == (["市委书记"], ["副市长"])
    assert officials["宁波"].organization == "芜湖市委"
    assert (officials["张成中"].titles, officials["张成中"].former_titles) == ([], ["市长", "市委书记"])


def test_a_former_and_a_current_chain_of_one_person(fast_nlp):
    official = _officials(fast_nlp, "原任廊坊市委书记王立彤，现任河北省政府副省长、党组成员。")["王立彤"]
    assert official.former_titles == ["市委书记"]
    assert official.titles == ["副省长", "党组成员"]
    assert official.organization == "河北省政府"


def test_proposed_posts_go_to_proposed_titles(fast_nlp):
    official = _officials(fast_nlp, "王强同志拟任江城经开区党工委书记。")["王强"]
    assert (official.titles, official.proposed_titles) == ([], ["党工委书记"])
    assert official.organization is None


def test_a_one_character_marker_must_touch_the_chain(fast_nlp):
    """原 in 原标题 or 原因 is no former marker; 离任 is (the chain after it is a former post)."""
    assert _officials(fast_nlp, "原标题：芜湖市市长宁波，拟任市委书记")["宁波"].titles == ["市长"]
    official = _officials(fast_nlp, "张丽因个人原因离任督察长，总经理邰海波暂代任督察长职务。")["邰海波"]
    assert official.titles == []


def test_zone_of_the_organisation(fast_nlp):
    named = _officials(fast_nlp, "江城高新区党工委书记李明出席。")["李明"]
    assert named.zone == "江城高新区"
    linked = _officials(fast_nlp, "株洲高新区党工委书记邬凌云出席。")["邬凌云"]
    assert linked.zone is not None and linked.zone.startswith("GBT37028:")


def test_national_committees_keep_their_name_in_the_title(fast_nlp):
    official = _officials(fast_nlp, "中共中央政治局委员、北京市委书记尹力出席会议。")["尹力"]
    assert official.titles == ["中央政治局委员", "市委书记"]


def test_titles_across_an_unrecognised_unit_and_after_the_name(fast_nlp):
    officials = _officials(
        fast_nlp,
        "中国经济体制改革研究会常务理事、公众意见调查部主任冯楚军说。三诺健康糖尿病门诊主任马金菊医生出席。",
    )
    assert officials["冯楚军"].titles == ["常务理事", "主任"]
    assert officials["马金菊"].titles == ["主任", "医生"]


def test_a_name_ends_the_chain_and_former_posts_stay_out_of_titles(fast_nlp):
    officials = _officials(
        fast_nlp, "宁波同志任芜湖市委书记，徐志同志任芜湖市委委员、常委、副书记。李万平同志任中共龙口市委书记，不再担任龙口市市长职务。"
    )
    assert officials["宁波"].titles == ["市委书记"]
    assert officials["李万平"].titles == ["市委书记"]


def test_ranks_go_without_their_body_and_youth_league_committees_stay_whole(fast_nlp):
    officials = _officials(
        fast_nlp, "省总工会二级巡视员王吉盛，团省委书记李志超出席会议。"
    )
    assert officials["王吉盛"].titles == ["二级巡视员"]
    assert officials["李志超"].titles == ["团省委书记"]


def test_museum_nursing_and_procuratorate_heads(fast_nlp):
    officials = _officials(
        fast_nlp, "湖北省博物馆馆长、湖北省文物考古研究院院长方勤和湖南省人民医院护士长徐芙蓉出席。最高人民检察院副检察长张雪樵介绍。"
    )
    assert officials["方勤"].titles == ["馆长", "院长"]
    assert officials["徐芙蓉"].titles == ["护士长"]
    assert officials["张雪樵"].titles == ["副检察长"]


def test_a_trade_union_federation_title_goes_bare_but_a_party_committee_keeps_its_word(fast_nlp):
    officials = _officials(fast_nlp, "上海市总工会副主席卫靖、浦东新区区委书记朱芝松出席活动。")
    assert officials["卫靖"].titles == ["副主席"]
    assert officials["朱芝松"].titles == ["区委书记"]
