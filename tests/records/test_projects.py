"""records.projects: amounts, stages, zones and investing companies from real and invented sentences."""

from __future__ import annotations


def _projects(nlp, text):
    return {p.name: p for p in nlp(text).projects}


def test_worked_example(fast_nlp):
    project = _projects(fast_nlp, "总投资12.5亿元的华星光电一期项目在河阳经开区开工。")[
        "华星光电一期项目"
    ]
    assert project.investment is not None
    assert (
        project.investment.amount,
        project.investment.currency,
        project.investment.text,
    ) == (1.25e9, "CNY", "12.5亿元")
    assert project.stage == "开工"
    assert project.zone == "河阳经开区"


def test_crud_rag_project_list(fast_nlp):
    text = (
        "2.博鲁斯潘精密机床一期项目项目总投资2亿元，已于今年5月建成投产，产品包括系列数控车床、磨床等。"
        "3.钽铌军民两用新材料产业园项目项目总投资5亿元，已于今年6月竣工投产。"
    )
    projects = _projects(fast_nlp, text)
    assert projects["博鲁斯潘精密机床一期项目"].investment.amount == 2e8
    assert projects["钽铌军民两用新材料产业园项目"].investment.amount == 5e8
    assert projects["钽铌军民两用新材料产业园项目"].stage == "竣工"


def test_other_amounts_are_not_investments(fast_nlp):
    project = _projects(
        fast_nlp, "国创越摩先进封装项目建成后，可实现年产值25亿元，实现税收3亿元。"
    )["国创越摩先进封装项目"]
    assert project.investment is None


def test_foreign_currency_and_chinese_numerals(fast_nlp):
    projects = _projects(
        fast_nlp,
        "安多集团畜牧全产业链项目计划投资1亿美元。华熙生物啤特果产业化项目总投资二十五亿元。",
    )
    assert projects["安多集团畜牧全产业链项目"].investment.currency == "USD"
    assert projects["华熙生物啤特果产业化项目"].investment.amount == 2.5e9


def test_anaphoric_amount_goes_to_the_last_project(fast_nlp):
    text = "同日开工的上海湾区中科生态数字港二期项目由中国科技开发院打造。项目总投资14亿元，占地面积约83亩。"
    project = _projects(fast_nlp, text)["上海湾区中科生态数字港二期项目"]
    assert project.investment.text == "14亿元"


def test_company_in_the_name_invests(fast_nlp):
    project = _projects(
        fast_nlp, "吉林泰泽集团新能源电池材料产业园项目开工活动在图们市举行。"
    )["吉林泰泽集团新能源电池材料产业园项目"]
    assert project.companies == ["吉林泰泽集团"]
    assert project.stage == "开工"
    assert project.zone is None


def test_zone_only_when_the_text_places_the_project(fast_nlp):
    text = "代表团先后来到临夏经济开发区燎原乳业有限责任公司、华熙生物啤特果全产业链产业化项目。"
    assert _projects(fast_nlp, text)["华熙生物啤特果全产业链产业化项目"].zone is None


def test_a_facility_and_its_works_are_one_project_with_the_works_amount(fast_nlp):
    text = (
        "近日，石门沟水库大坝顺利封顶，标志着石门沟水库主体工程基本完工。"
        "据悉，石门沟水库工程位于思南县大坝场镇。工程批复总投资36744.28万元。"
    )
    projects = _projects(fast_nlp, text)
    assert list(projects) == ["石门沟水库"]
    assert projects["石门沟水库"].investment.amount == 367442800
