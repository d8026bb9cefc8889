"""The real-document set (tests/data/workplans_real): score.py on both parts, as a fast slice.

Scored in-process with score.py's own ``score``/``prf`` (the same measure ``make eval-plans``
prints through the command). The tuning part must reach 0.95 pooled; the held-out part is
reported beside it. Held-out documents of the first six batches were read after the seventh batch
was split (tests/data/workplans_real/README.md says which); the held-out parts of the seventh to
tenth batches were never opened while changing the parser, and are reported on their own. The
ninth batch is the one whose gold holds deadlines and units, so it gets its own line too; the
parser was later changed for the forms its annotation describes. The tenth batch's held-out part
gets its own line. After the tenth batch, the pooled held-out figures (never a document's) were
used once to take out two rules that lowered them, so they are now validation figures, not
first-seen ones (the README says which rules). The eleventh batch was split three ways: a held-out
part never opened nor scored while the parser is changed, a validation part whose pooled figures a
tuner may check, and a tuning part; each of the first two gets its own line. The twelfth batch
(State Council pages in HTML, from a crawler's data) has its held-out part reported too; the
thirteenth to twenty-sixth batches were split three ways like the eleventh (the nineteenth, of
three, wholly held out). After the twenty-sixth batch, the held-out and validation parts of the
seventh to eighteenth batches were opened for tuning (their pooled line says so); the twentieth
batch's and later ones stay unread.
"""

from __future__ import annotations

import importlib.util
import json
from collections import Counter
from functools import cache
from pathlib import Path

from gongkai.plans.parsing import parse_file
from gongkai.plans.parsing.errors import LAYOUT_FAILED, ParseError
from gongkai.plans.parsing.model import ParsedPlan
from tests.eval_report import record

from .parsing_paths import REPO, workplans_dir

REAL = REPO / "tests" / "data" / "workplans_real"


@cache
def _parse_once(doc: Path) -> ParsedPlan | ParseError:
    """The parse of one document of the set, or the error it raised: each test reads the same
    parse, the set parsed once per run (the parser is deterministic; nobody changes a Plan)."""
    try:
        return parse_file(doc)
    except ParseError as exc:
        return exc


@cache
def _score_module():
    spec = importlib.util.spec_from_file_location("workplans_score", workplans_dir() / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# the ninth batch (all held out): deadline columns and unit statements in the gold
NINTH_BATCH = (
    "lishui_2023_unit_lines",
    "dazhu_county_2016_livelihood_cells",
    "haiyan_county_2022_first_unit_lead",
    "shangcheng_district_2019_lead_cols",
    "dingzhou_2021_data_sharing_cells",
    "zhejiang_district_2022_trad_rows",
)

# the tenth batch's held-out part (the batch's other eleven documents are in the tuning part)
TENTH_BATCH_HELD_OUT = (
    "zhejiang_city_2020_air_brackets",
    "tibet_2017_service_progress_rows",
    "zhonglou_district_2023_waste_wenku",
    "zhuzhou_2020_rural_brackets",
    "chengdu_2021_waste_sorting_wenku",
    "ordos_2025_business_label_lines",
)

# the eleventh batch's held-out part: never opened, and not scored while the parser was changed
ELEVENTH_BATCH_HELD_OUT = (
    "neijiang_employment_trad_first_lead",
    "cangnan_county_2022_livelihood_progress_cells",
    "xuzhuang_town_2017_safety_month_pipes",
    "xiangshan_district_2025_cells_pipes",
    "jining_2015_employment_lead_brackets",
    "yueqing_2022_livelihood_pipe_rows",
)

# the eleventh batch's validation part: never opened; its pooled figures checked while tuning
ELEVENTH_BATCH_VALIDATION = (
    "shanxi_2016_trad_brackets",
    "songyang_county_2022_livelihood_deadline_cells",
    "district_2023_abandoned_cars_wenku",
    "wuhu_education_2024_office_brackets",
    "jieyang_2018_pipe_rows_note_bracket",
)

# the twelfth batch's held-out part (HTML pages laid out with tables)
TWELFTH_BATCH_HELD_OUT = (
    "state_council_2018_incentive_measures_brackets",
    "state_council_2018_employment_first_lead",
    "state_council_2018_waste_free_city_guide_brackets",
    "state_council_2019_bonded_zones_first_lead",
    "state_council_2018_farm_machinery_first_lead",
    "state_council_2018_consumption_poverty_brackets",
)

# the thirteenth batch's held-out part (new fields, departments' 政务公开 plans, a crawler's page,
# mirrors and sharing sites): never opened, and not scored while the parser was changed (its forms
# were later described to a tuner from the batch notes)
THIRTEENTH_BATCH_HELD_OUT = (
    "qiaocheng_district_2023_science_report_space_cells",
    "zhongshan_medical_security_2022_levels_pipes",
    "huaiyuan_medical_security_2025_short_header_pipes",
    "qingdao_2023_trad_elderly_care_brackets",
    "city_2022_food_safety_spun_wenku",
    "yingkou_hrss_2024_deadline_brackets",
    "state_ip_2021_trad_annual_plan_brackets",
)

# the thirteenth batch's validation part: never opened; its pooled figures checked while tuning
THIRTEENTH_BATCH_VALIDATION = (
    "zhongshan_medical_security_2021_shared_unit_lines",
    "natural_resources_bureau_2024_trad_pipe_cells",
    "state_council_2018_innovation_measures_guide_cells",
    "shandong_hrss_2021_lead_brackets",
    "changxing_resort_2025_flood_pipes",
)

# the fourteenth batch's held-out part (disclosure indexes of other bodies, recent 政务公开
# tables and work points, departments' breakdowns): never opened nor scored while tuning
FOURTEENTH_BATCH_HELD_OUT = (
    "tianchang_civil_affairs_2023_progress_cells",
    "huzhou_2020_report_mayor_group_first_lead",
    "linyi_stats_2021_office_brackets",
    "city_2022_xxgk_wenku_deadline_lead_brackets",
    "nanling_county_2024_education_report_leader_pipes",
    "qiaocheng_district_2025_education_report_empty_sections",
)

# the fourteenth batch's validation part: never opened; its pooled figures checked while tuning
FOURTEENTH_BATCH_VALIDATION = (
    "honggutan_district_2022_runon_brackets",
    "lingbi_county_2021_health_report_label_lines",
    "zhoucun_health_2021_index_cells",
    "qiaocheng_district_2025_civil_affairs_pipe_cells",
)

# the fifteenth batch's held-out part (政务公开 plans of new places, years and levels): never
# opened nor scored while tuning
FIFTEENTH_BATCH_HELD_OUT = (
    "jiuquan_2017_notice_attachment_only",
    "qingpu_economy_2025_numbers_across_sections",
    "heping_district_2022_open_bracket_numbers",
    "shenyang_2017_heading_statement_cells",
    "linyi_2023_items_no_statement",
    "tianjin_2017_trad_unit_brackets",
)

# the fifteenth batch's validation part: never opened; its pooled figures checked while tuning
FIFTEENTH_BATCH_VALIDATION = (
    "dalian_2022_label_brackets_deadline",
    "shenyang_2022_label_brackets_deadline",
    "hainan_2017_notice_only",
)

# the sixteenth batch's held-out part (政务公开 plans of places the set did not hold): never
# opened nor scored while tuning
SIXTEENTH_BATCH_HELD_OUT = (
    "jianping_county_2022_items_no_statement",
    "baoding_2021_square_bracket_labels",
    "xiuyan_county_2022_label_brackets_deadline",
    "deqing_county_2022_inline_lead_brackets",
    "yingkou_2016_bare_statement_lines",
    "nanchang_2021_trad_yishi_paragraphs",
)

# the sixteenth batch's validation part: never opened
SIXTEENTH_BATCH_VALIDATION = (
    "qingdao_2025_unit_bracket_collective",
    "shijiazhuang_2020_lead_resp_brackets",
)

# the seventeenth batch's held-out part (政务公开 plans of Beijing, Heilongjiang, Guizhou, Ningxia):
# never opened nor scored while tuning
SEVENTEENTH_BATCH_HELD_OUT = (
    "yinchuan_2018_trad_no_title_unit_bracket",
    "xicheng_district_2022_inline_deadline_brackets",
    "mentougou_district_2023_mirror_deadline_brackets",
    "beijing_2016_task_division_label_lines_deadline",
    "heihe_2021_lead_resp_label_brackets",
    "xingyi_2021_angle_bracket_lead_labels",
)

# the seventeenth batch's validation part: never opened
SEVENTEENTH_BATCH_VALIDATION = (
    "yunnan_2020_trad_spam_in_numbers",
    "yunnan_2022_duty_bracket_blank_lines",
    "tibet_2017_task_division_cells_rows",
)

# the eighteenth batch's held-out part (政务公开 plans and task tables of eastern, central and
# north-eastern places): never opened nor scored while tuning
EIGHTEENTH_BATCH_HELD_OUT = (
    "baoshan_district_2023_unit_brackets_parks",
    "huainan_office_2021_cells_deadline",
    "huadu_district_2022_trad_pipe_rows_no_title",
    "shouguang_2019_two_unit_cells",
    "yeji_district_2021_progress_cells_deadline",
    "liaoning_2021_lead_resp_brackets",
)

# the eighteenth batch's validation part: never opened
EIGHTEENTH_BATCH_VALIDATION = (
    "liaoning_2016_verb_brackets_two_statements",
    "ganzhou_2023_square_bracket_units",
    "yangpu_district_2024_unit_brackets",
)

# the nineteenth batch (task tables whose every row carries a time limit): all held out at first
# only because the split rule holds out at least six documents (N = 3); first seen 1.000 / 0.596 /
# 0.636, one of its documents glimpsed since. The tuning part held few real tables with time-limit
# columns, so the lead moved all three to the tuning part (no longer held out)
NINETEENTH_BATCH_MOVED_TO_TUNING = (
    "anhui_radio_tv_bureau_2023_lead_coop_deadline_cells",
    "huizhou_2022_cells_blank_lines_deadline",
    "jiangmen_natural_resources_2022_pipe_rows_no_title",
)

# the twentieth batch's held-out part (plans of departments, townships and street offices): never
# opened nor scored while tuning
TWENTIETH_BATCH_HELD_OUT = (
    "street_2021_safety_three_year_wenku",
    "township_2022_village_cleaning_subject_units",
    "township_2022_xxgk_wenku_items_no_statement",
    "township_2023_xxgk_wenku_member_noise",
    "putuo_district_2025_unit_deadline_brackets",
    "xiege_street_safety_unnumbered_heading_items",
)

# the twentieth batch's validation part: never opened
TWENTIETH_BATCH_VALIDATION = (
    "shijingshan_district_2019_street_work_wenku_label_lines",
    "changzhou_civil_affairs_2020_items_no_statement",
    "zhudao_street_2020_safety_notice_cut",
)

# the twenty-first batch's held-out part (whole documents: 2026 start-up measures from a code
# repository): never opened nor scored while tuning
TWENTY_FIRST_BATCH_HELD_OUT = (
    "sichuan_2026_opc_spaced_numbers_brackets",
    "nanchong_2026_opc_before_first_comma_lead",
    "taicang_2026_opc_lead_resp_label_paragraphs",
    "chongqing_2026_opc_unit_brackets_collectives",
    "chengdu_2026_opc_lead_only_brackets",
    "luohu_district_2026_opc_article_headings",
)

# the twenty-first batch's validation part: never opened
TWENTY_FIRST_BATCH_VALIDATION = (
    "zhengzhou_2026_opc_unit_label_lines",
    "ningbo_2026_opc_first_lead_below_all_brackets",
)

# the twenty-second batch (whole documents from the same repository as the twenty-first): held-out
# and validation parts, never opened (no tuning part)
TWENTY_SECOND_BATCH_HELD_OUT = (
    "hubei_2026_opc_unit_brackets_numbered_across",
    "cangnan_county_2026_opc_asterisk_first_unit",
    "taian_2026_opc_tortoise_bracket_below_all",
    "suqian_2026_opc_ten_measures_involve_note",
    "shangcheng_district_2026_opc_lead_only_mixed_brackets",
    "hangzhou_2026_opc_measures_square_bracket_below_all",
)
TWENTY_SECOND_BATCH_VALIDATION = (
    "longhua_district_2026_opc_headings_no_statement",
    "hangzhou_2026_opc_action_plan_square_bracket_below_all",
)

# the twenty-third batch (report breakdowns and progress tables with unit statements): held-out
# and validation parts, never opened (no tuning part)
TWENTY_THIRD_BATCH_HELD_OUT = (
    "quzhou_2021_report_leader_unit_lines",
    "qingdao_2023_trad_pinyin_lead_participant_brackets",
    "shaoxing_2020_key_work_progress_cells",
    "shucheng_engineering_office_2021_xxgk_cells",
    "jiayu_county_2021_report_lead_resp_brackets",
    "tongxiang_2020_report_first_lead_unit_lines",
)
TWENTY_THIRD_BATCH_VALIDATION = (
    "jiaxing_2023_report_number_cells",
    "sizhoutou_town_2024_plan_leader_office_cells",
)

# the twenty-fourth batch (breakdown tables and measures with unit brackets): held-out and
# validation parts, never opened (its two tuning documents are in the tuning part)
TWENTY_FOURTH_BATCH_HELD_OUT = (
    "tongxin_county_2023_report_label_lines_two_clause_deadline",
    "xx_county_2022_rule_of_law_plan_lead_resp_brackets",
    "tianjin_2023_manufacturing_measures_unit_brackets",
    "shaoguan_2023_trad_digital_gov_lead_only_brackets",
    "guangshui_water_bureau_2025_report_progress_lead_cells",
    "huaian_2022_relief_rules_unit_brackets_apply_all_note",
)
TWENTY_FOURTH_BATCH_VALIDATION = (
    "jinan_2025_employment_measures_shared_duty_brackets",
    "fangxian_county_2023_business_env_lead_resp_brackets",
    "changxing_county_2023_report_mayor_heading_unit_lines",
)

# the twenty-fifth batch (district and bureau tables, unit brackets, items without statements):
# held-out and validation parts, never opened (its three tuning documents are in the tuning part)
TWENTY_FIFTH_BATCH_HELD_OUT = (
    "laiwu_district_2021_plan_items_without_statements",
    "jiangmen_health_bureau_2021_pipe_rows_host_coorg",
    "yangxian_county_2024_trad_livelihood_cells_year_column",
    "songjiang_district_2024_bare_unit_brackets_run_on",
    "hongkou_district_2025_unit_brackets_long_items",
    "guangzhou_water_bureau_2021_trad_city_and_bureau_unit_columns",
)
TWENTY_FIFTH_BATCH_VALIDATION = (
    "fenghua_district_2022_report_q1_progress_lead_cells",
    "guangzhou_2022_trad_pipe_rows_semicolon_units",
    "changning_district_2024_task_table_year_deadline_cells",
    "panyu_district_2021_cell_lines_huitong_statements",
)

# the twenty-sixth batch (政务公开 work points of 2020–2026, bureaus and districts): held-out and
# validation parts, never opened (its three tuning documents are in the tuning part)
TWENTY_SIXTH_BATCH_HELD_OUT = (
    "shanghai_civil_affairs_2021_items_without_statements",
    "shanghai_medical_security_2024_items_without_statements",
    "shandong_2025_notice_first_item_cut",
    "dongcheng_district_2024_notice_general_requirements",
    "shanghai_civil_affairs_2024_office_unit_brackets",
    "shanghai_economy_it_commission_2024_sub_items_without_statements",
)
TWENTY_SIXTH_BATCH_VALIDATION = (
    "shanghai_civil_affairs_2023_office_unit_brackets",
    "shuangta_district_2026_plan_items_without_statements",
    "shanghai_civil_affairs_2022_items_without_statements",
)

# the twenty-seventh batch (task tables with time limits asked for; no tuning part)
TWENTY_SEVENTH_BATCH_HELD_OUT = (
    "longgang_digital_plan_task_column_lead_only_brackets",
    "chongming_district_2025_practical_projects_asterisk_items",
    "nujiang_2022_education_balance_unit_brackets",
    "datong_district_2023_xxgk_progress_column_cells",
    "yuzhong_district_2023_report_lead_resp_label_lines",
    "chengdu_2022_report_lead_resp_data_provider_brackets",
)

# the twenty-seventh batch's validation part
TWENTY_SEVENTH_BATCH_VALIDATION = (
    "yueyanglou_district_2017_trad_livelihood_progress_pipes",
    "huainan_civil_affairs_2024_task_table_deadline_cells",
    "liao_street_2025_flood_plan_deadline_table_cut",
)

# the twenty-eighth batch (政务公开 plans of new places; one tuning document)
TWENTY_EIGHTH_BATCH_HELD_OUT = (
    "nanchang_devzone_2023_square_bracket_units",
    "jingan_district_2025_key_work_items_no_statement",
    "dapeng_district_2021_notice_first_item_cut",
    "huoqiu_county_2023_progress_cells_blank_lines",
    "zigong_2022_comma_lead_unit_brackets",
    "jingde_county_2025_items_no_statement_no_title",
)

# the twenty-eighth batch's validation part
TWENTY_EIGHTH_BATCH_VALIDATION = (
    "city_credit_2024_note_in_unit_bracket",
    "guangde_xxgk_task_table_no_title_cells",
    "jiujiang_digital_gov_2025_lead_coop_brackets",
)

# the twenty-ninth batch (rectification and problem lists with time limits; no tuning part)
TWENTY_NINTH_BATCH_HELD_OUT = (
    "shejian_township_2018_poverty_rectification_lead_resp_brackets",
    "maguan_county_2021_problem_list_runon_deadline_labels",
    "jingzhou_civilized_city_problem_list_label_line_days",
    "sanya_tianya_district_civilized_city_problem_list_unit_brackets",
    "linan_district_2022_livelihood_progress_subrows_units",
    "yueyang_2019_sanitary_city_problem_pipe_cells",
)

# the twenty-ninth batch's validation part
TWENTY_NINTH_BATCH_VALIDATION = ("county_2022_civilized_city_weekly_report_masked_unit_brackets",)

# the thirtieth batch (政务公开 要点 and 分工方案 of two masked counties, a city, a town and a city
# bureau; held out only: the stored pages of the genre are nearly exhausted)
THIRTIETH_BATCH_HELD_OUT = (
    "zhuhai_2019_unit_after_task_paragraph",
    "jinzhou_county_2020_masked_lead_resp_brackets",
    "lishui_county_2021_masked_lead_verb_bracket",
    "henglan_town_2022_cell_lines_lead_coop",
    "songyuan_admin_affairs_2020_section_brackets",
)

# the thirty-first batch (a livelihood project list, a business-environment pledge list and growth
# measures with unit brackets; held out only)
THIRTY_FIRST_BATCH_HELD_OUT = (
    "lianyungang_2023_livelihood_projects_lead_joint_brackets",
    "suqian_2024_business_pledges_unit_deadline_brackets",
    "shanggao_county_2022_growth_measures_unit_brackets",
)

# the thirty-second batch (whole policy texts from two public code repositories: a crawler's city
# pages and 北大法宝 exports; held out only)
THIRTY_SECOND_BATCH_HELD_OUT = (
    "anhui_2021_industrial_internet_policies_paragraph_brackets",
    "chongqing_2025_consumption_measures_brackets_trailing_deng",
    "anhui_2022_rcep_opening_several_lead_brackets",
    "baotou_2022_digital_gov_assessment_deadline_lead_brackets",
    "anyang_2022_property_market_label_line_units",
    "beijing_2025_ice_snow_economy_unit_brackets",
)

# the thirty-third batch (Shanghai plans converted to Markdown in a public code repository; held
# out)
THIRTY_THIRD_BATCH_HELD_OUT = (
    "baoshan_district_2019_waste_sorting_task_list_lead_coop_deadline_cells",
    "shanghai_2026_park_quality_unit_brackets",
    "huangpu_district_2025_renewable_energy_unit_bracket_paragraphs",
)

# the thirty-fourth batch (policy measures and plans from the 32nd and 33rd batches' repositories)
THIRTY_FOURTH_BATCH_HELD_OUT = (
    "jiading_district_2024_sponge_city_unit_brackets",
    "suzhou_anhui_2023_property_market_measures_halfwidth_brackets",
    "beijing_2025_catering_business_env_measures_unit_brackets",
    "fengxian_district_2021_park_city_lead_coop_brackets",
    "shanghai_2022_scientific_greening_unit_brackets",
    "enyang_district_2022_stabilize_growth_measures_lead_resp_brackets",
)

# the thirty-fourth batch's validation part
THIRTY_FOURTH_BATCH_VALIDATION = (
    "anhui_2021_industrial_internet_action_plan_unit_brackets",
    "dongguan_2026_first_quarter_measures_heading_paragraph_brackets",
)

# the thirty-fifth batch (whole plans from two more code repositories; held out only)
THIRTY_FIFTH_BATCH_HELD_OUT = (
    "shanghai_2025_brain_computer_interface_dept_brackets",
    "liaoning_2024_equipment_renewal_lead_brackets",
    "henan_2025_cost_reduction_measures_verb_brackets",
    "shanghai_2025_tech_services_bold_headings_paragraph_brackets",
    "shanghai_2025_medical_devices_grouped_unit_brackets",
    "shanghai_2021_beidou_lead_brackets_broken_lines",
)

# the thirty-sixth batch (provincial and city AI policies from a code repository; held out only)
THIRTY_SIXTH_BATCH_HELD_OUT = (
    "zhejiang_2025_ai_for_science_heading_paragraph_brackets",
    "nanjing_2026_ai_gov_scenarios_stage_bracket_paragraphs",
    "hangzhou_2025_ai_innovation_highland_item_brackets_attachment",
    "suzhou_jiangsu_2026_ai_city_measures_section_bracket_paragraphs",
)

# the thirty-seventh batch (a county bureau's report-task progress table and a district bureau's
# annual points; held out only)
THIRTY_SEVENTH_BATCH_HELD_OUT = (
    "shucheng_emergency_bureau_2024_report_tasks_space_cells",
    "wuchang_market_regulation_2023_points_lead_resp_brackets",
)

# the thirty-eighth batch (Shanghai district renewal plans and task lists, an indicator table, city
# and provincial measures; its three tuning documents are in gold/tuning)
THIRTY_EIGHTH_BATCH_HELD_OUT = (
    "songjiang_district_2025_urban_renewal_lead_support_brackets",
    "jingan_district_2023_urban_renewal_task_list_merged_unit_cells",
    "putuo_district_2021_plan_execution_indicator_cells",
    "guangdong_2025_ai_manufacturing_duty_brackets_standing_clause",
    "shanghai_2024_community_embedded_facilities_unit_brackets",
    "shenyang_2023_housing_demand_runon_section_dept_brackets",
)
THIRTY_EIGHTH_BATCH_VALIDATION = (
    "beijing_2024_ai_plus_action_plan_unit_brackets",
    "shanghai_2024_transport_refinement_task_table_lead_coop_cells",
    "shanghai_2025_basic_research_measures_unit_brackets",
)

# the thirty-ninth batch (property and charging-infrastructure measures of counties and provinces,
# Shanghai districts' fire-safety plans, an equipment-renewal plan; no tuning part)
THIRTY_NINTH_BATCH_HELD_OUT = (
    "chengan_county_2022_property_measures_bold_heading_brackets_gbk",
    "jingan_district_2019_fire_rescue_plan_resp_coop_brackets",
    "anhua_county_2022_property_measures_unit_brackets_gbk",
    "jilin_province_2024_charging_infra_resp_coop_verb_brackets",
    "qingpu_district_2024_fire_safety_unit_brackets",
    "hainan_2025_equipment_renewal_attachment_unit_brackets",
)
THIRTY_NINTH_BATCH_VALIDATION = (
    "guizhou_2026_private_investment_standing_clause_brackets",
    "chuzhou_2024_property_measures_unit_brackets",
    "hunan_2023_charging_infra_standing_clause_brackets",
)

# the fortieth batch (provincial and city measures and plans from code repositories, a district's
# carbon task table with time limits; its one tuning document is in gold/tuning)
FORTIETH_BATCH_HELD_OUT = (
    "beijing_2025_fertility_measures_runon_standing_clause",
    "anhui_2022_consumption_measures_standing_clause_brackets",
    "jingan_district_2026_carbon_task_table_progress_cells",
    "yunnan_2024_economy_measures_bold_lead_verb_brackets",
    "guangzhou_2025_v2g_pilot_heading_paragraph_duty_brackets",
    "sichuan_2026_equipment_renewal_standing_clause_duty_brackets",
)
FORTIETH_BATCH_VALIDATION = (
    "shanghai_2026_quantum_city_points_dept_brackets",
    "shenzhen_2024_hydrogen_bold_split_numbers_unit_brackets",
    "shanghai_2023_gas_safety_lead_organize_brackets",
)

# the forty-first batch (carbon, digital-economy, consumption and land measures of provinces and
# Shanghai districts, with unit brackets; no tuning part)
FORTY_FIRST_BATCH_HELD_OUT = (
    "shenzhen_2024_carbon_peak_pilot_prefixless_unit_brackets",
    "shanxi_2026_digital_economy_standing_clause_brackets",
    "shanghai_2024_carbon_footprint_bold_heading_duty_brackets",
    "chongming_district_2021_rural_roads_duty_brackets",
    "guangdong_2023_consumption_measures_heading_paragraph_brackets",
    "chongming_district_2023_land_market_pilot_document_list_brackets",
)
FORTY_FIRST_BATCH_VALIDATION = (
    "shanghai_2021_farmland_protection_heading_duty_brackets",
    "shanghai_market_regulation_2023_gas_divisions_standing_clause",
)

# the forty-second batch (legislative plans with drafter lines, a city's work-report task list with
# lead-unit lines, a district's action plan and decision catalogue; held out only)
FORTY_SECOND_BATCH_HELD_OUT = (
    "leshan_2021_legislation_plan_drafter_deadline_label_lines",
    "jiading_district_2022_idle_land_action_plan_bare_unit_brackets",
    "beijing_2024_legislation_plan_drafting_unit_lines",
    "zhaohua_district_2022_decision_catalogue_unit_cells",
    "shanghai_2026_spatial_ai_quantum_city_plan_duty_brackets",
    "beijing_2024_work_report_task_list_duty_unit_lines",
)

# the forty-third batch (stored pages: a scrambled PDF table with time limits, and copies cut at or
# before their first item, which check that nothing is invented)
FORTY_THIRD_BATCH_HELD_OUT = (
    "guichi_district_2020_food_safety_trad_pinyin_brackets_cut",
    "hebei_2021_open_gov_points_police_site_cut",
    "suqian_2023_rural_credit_plan_target_time_limits",
    "lhasa_2024_zero_waste_city_plan_notice_cut",
    "yongxin_county_2021_gov_service_action_plan_cut",
    "beijing_2021_air_action_plan_pdf_scrambled_cells",
)
FORTY_THIRD_BATCH_VALIDATION = ("shanghai_2024_food_safety_district_duty_list_cut",)

# the forty-fourth batch (work-report breakdowns of 宁波 and its districts with leader groups and
# lead / co-operating columns, 广东's breakdown, livelihood project tables)
FORTY_FOURTH_BATCH_HELD_OUT = (
    "guangdong_2021_report_tasks_leader_division_verb_lines",
    "jiangbei_district_2023_trad_pinyin_livelihood_unit_progress_cells",
    "ningbo_2019_report_tasks_leader_duty_lines",
    "ningbo_2025_report_tasks_leader_groups_lead_coop_lines",
    "beilun_district_2024_report_tasks_lead_coop_cells",
    "xinjian_district_2024_livelihood_vote_projects_lead_owner_pipe_cells",
)
FORTY_FOURTH_BATCH_VALIDATION = (
    "haishu_district_2023_report_duty_lines_first_lead_separately",
    "yinzhou_district_2024_report_tasks_leader_groups_lead_coop_cells",
)

# the forty-fifth batch (whole documents from public code repositories: provincial action plans
# with standing clauses and lead notes, a district plan by phases, a rectification table)
FORTY_FIFTH_BATCH_HELD_OUT = (
    "yunnan_2025_logistics_action_plan_bold_brackets_standing_clause",
    "jiading_district_2026_illegal_land_plan_phase_heading_months",
    "jiangsu_2018_power_market_supervision_notice_phase_dates",
    "shanxi_2017_transformation_action_plan_measure_brackets_lead_note",
    "hainan_2025_rectification_measure_lead_deadline_pipe_cells",
    "guizhou_2019_power_grid_action_plan_items_no_statements",
)

# the forty-sixth batch (two stored pages cut after their first items: a district's plan with a duty
# line, a region's 要点 with duty brackets; held out only)
FORTY_SIXTH_BATCH_HELD_OUT = (
    "gongshu_district_2018_clean_air_plan_duty_line_cut",
    "xinjiang_2021_safety_points_bracket_duty_cut",
)

# the forty-seventh batch (whole documents of an energy-policy vault: district rectification and
# crackdown plans, provincial and city plans with unit brackets, a district task table with a
# time-limit column; held out only)
FORTY_SEVENTH_BATCH_HELD_OUT = (
    "pingchuan_district_2025_oil_rectification_table_cell_resp_brackets",
    "qijiang_district_2024_oil_crackdown_lead_coop_brackets_duty_paragraphs",
    "henan_2024_industrial_equipment_renewal_duty_brackets",
    "fengtai_district_2026_beautiful_fengtai_deadline_lead_cells_cut",
    "chongqing_2024_v2g_work_plan_resp_unit_brackets",
    "haidian_district_2024_carbon_peak_main_resp_brackets_cut",
)

# held-out documents whose first lines a tuner opened by mistake (after the nineteenth batch, while
# looking for tables with lead and co-operating columns): left out of the unread figures below (the
# other one glimpsed then was of the nineteenth batch, since moved to the tuning part)
GLIMPSED_HELD_OUT = ("huaiyuan_medical_security_2025_short_header_pipes",)

# the held-out parts of the seventh and eighth batches
SEVENTH_AND_EIGHTH_BATCHES_HELD_OUT = (
    "haiyuan_county_2023_fazhi_pipes",
    "road_safety_2020_county_items",
    "qiaocheng_district_2020_pipe_notice",
    "changzhou_2023_trad_pipe_notice",
    "shaanxi_county_business_2021_trad",
    "zhongyang_county_2016_fazhi_lines",
    "jining_2021_city_county",
    "pingdingshan_2021_service",
    "liaoyuan_2024_business",
    "putuo_2021_trad_one_licence",
    "jiangxian_2023_trad_pipe",
    "yangling_safety_opinion",
)

# the held-out parts of the seventh to forty-second batches: never read while changing the parser
# until the twenty-sixth batch was in (see OPENED_AFTER_TWENTY_SIXTH_BATCH below)
_HELD_OUT_OF_LATER_BATCHES = (
    *SEVENTH_AND_EIGHTH_BATCHES_HELD_OUT,
    *NINTH_BATCH,
    *TENTH_BATCH_HELD_OUT,
    *ELEVENTH_BATCH_HELD_OUT,
    *ELEVENTH_BATCH_VALIDATION,
    *TWELFTH_BATCH_HELD_OUT,
    *THIRTEENTH_BATCH_HELD_OUT,
    *THIRTEENTH_BATCH_VALIDATION,
    *FOURTEENTH_BATCH_HELD_OUT,
    *FOURTEENTH_BATCH_VALIDATION,
    *FIFTEENTH_BATCH_HELD_OUT,
    *FIFTEENTH_BATCH_VALIDATION,
    *SIXTEENTH_BATCH_HELD_OUT,
    *SIXTEENTH_BATCH_VALIDATION,
    *SEVENTEENTH_BATCH_HELD_OUT,
    *SEVENTEENTH_BATCH_VALIDATION,
    *EIGHTEENTH_BATCH_HELD_OUT,
    *EIGHTEENTH_BATCH_VALIDATION,
    *TWENTIETH_BATCH_HELD_OUT,
    *TWENTIETH_BATCH_VALIDATION,
    *TWENTY_FIRST_BATCH_HELD_OUT,
    *TWENTY_FIRST_BATCH_VALIDATION,
    *TWENTY_SECOND_BATCH_HELD_OUT,
    *TWENTY_SECOND_BATCH_VALIDATION,
    *TWENTY_THIRD_BATCH_HELD_OUT,
    *TWENTY_THIRD_BATCH_VALIDATION,
    *TWENTY_FOURTH_BATCH_HELD_OUT,
    *TWENTY_FOURTH_BATCH_VALIDATION,
    *TWENTY_FIFTH_BATCH_HELD_OUT,
    *TWENTY_FIFTH_BATCH_VALIDATION,
    *TWENTY_SIXTH_BATCH_HELD_OUT,
    *TWENTY_SIXTH_BATCH_VALIDATION,
    *TWENTY_SEVENTH_BATCH_HELD_OUT,
    *TWENTY_SEVENTH_BATCH_VALIDATION,
    *TWENTY_EIGHTH_BATCH_HELD_OUT,
    *TWENTY_EIGHTH_BATCH_VALIDATION,
    *TWENTY_NINTH_BATCH_HELD_OUT,
    *TWENTY_NINTH_BATCH_VALIDATION,
    *THIRTIETH_BATCH_HELD_OUT,
    *THIRTY_FIRST_BATCH_HELD_OUT,
    *THIRTY_SECOND_BATCH_HELD_OUT,
    *THIRTY_THIRD_BATCH_HELD_OUT,
    *THIRTY_FOURTH_BATCH_HELD_OUT,
    *THIRTY_FOURTH_BATCH_VALIDATION,
    *THIRTY_FIFTH_BATCH_HELD_OUT,
    *THIRTY_SIXTH_BATCH_HELD_OUT,
    *THIRTY_SEVENTH_BATCH_HELD_OUT,
    *THIRTY_EIGHTH_BATCH_HELD_OUT,
    *THIRTY_NINTH_BATCH_HELD_OUT,
    *FORTIETH_BATCH_HELD_OUT,
    *FORTY_FIRST_BATCH_HELD_OUT,
    *FORTY_SECOND_BATCH_HELD_OUT,
    *FORTY_THIRD_BATCH_HELD_OUT,
    *FORTY_FOURTH_BATCH_HELD_OUT,
    *FORTY_FIFTH_BATCH_HELD_OUT,
    *FORTY_SIXTH_BATCH_HELD_OUT,
    *FORTY_SEVENTH_BATCH_HELD_OUT,
)
# after the twenty-sixth batch the held-out parts of the seventh to eighteenth batches were opened:
# their documents that still failed were read to see their forms and the parser was changed for
# them (README: "Held-out parts opened after the twenty-sixth batch"); they are reported on their
# own, no longer as unseen figures
OPENED_AFTER_TWENTY_SIXTH_BATCH = (
    *SEVENTH_AND_EIGHTH_BATCHES_HELD_OUT,
    *NINTH_BATCH,
    *TENTH_BATCH_HELD_OUT,
    *ELEVENTH_BATCH_HELD_OUT,
    *ELEVENTH_BATCH_VALIDATION,
    *TWELFTH_BATCH_HELD_OUT,
    *THIRTEENTH_BATCH_HELD_OUT,
    *THIRTEENTH_BATCH_VALIDATION,
    *FOURTEENTH_BATCH_HELD_OUT,
    *FOURTEENTH_BATCH_VALIDATION,
    *FIFTEENTH_BATCH_HELD_OUT,
    *FIFTEENTH_BATCH_VALIDATION,
    *SIXTEENTH_BATCH_HELD_OUT,
    *SIXTEENTH_BATCH_VALIDATION,
    *SEVENTEENTH_BATCH_HELD_OUT,
    *SEVENTEENTH_BATCH_VALIDATION,
    *EIGHTEENTH_BATCH_HELD_OUT,
    *EIGHTEENTH_BATCH_VALIDATION,
)
# after the thirty-sixth batch the validation parts of the twentieth to twenty-ninth and the
# thirty-fourth batches, and the held-out parts of the twentieth to twenty-sixth batches, were
# opened the same way (README: "Parts opened after the thirty-sixth batch")
OPENED_AFTER_THIRTY_SIXTH_BATCH = (
    *TWENTIETH_BATCH_VALIDATION,
    *TWENTY_FIRST_BATCH_VALIDATION,
    *TWENTY_SECOND_BATCH_VALIDATION,
    *TWENTY_THIRD_BATCH_VALIDATION,
    *TWENTY_FOURTH_BATCH_VALIDATION,
    *TWENTY_FIFTH_BATCH_VALIDATION,
    *TWENTY_SIXTH_BATCH_VALIDATION,
    *TWENTY_SEVENTH_BATCH_VALIDATION,
    *TWENTY_EIGHTH_BATCH_VALIDATION,
    *TWENTY_NINTH_BATCH_VALIDATION,
    *THIRTY_FOURTH_BATCH_VALIDATION,
    *TWENTIETH_BATCH_HELD_OUT,
    *TWENTY_FIRST_BATCH_HELD_OUT,
    *TWENTY_SECOND_BATCH_HELD_OUT,
    *TWENTY_THIRD_BATCH_HELD_OUT,
    *TWENTY_FOURTH_BATCH_HELD_OUT,
    *TWENTY_FIFTH_BATCH_HELD_OUT,
    *TWENTY_SIXTH_BATCH_HELD_OUT,
)
# after the fortieth batch the validation parts of the thirty-eighth to fortieth batches were opened
# (what a validation part is for): a tuner read those that failed beside their gold (README:
# "Validation parts opened after the fortieth batch"); the held-out parts stay unread
OPENED_AFTER_FORTIETH_BATCH = (
    *THIRTY_EIGHTH_BATCH_VALIDATION,
    *THIRTY_NINTH_BATCH_VALIDATION,
    *FORTIETH_BATCH_VALIDATION,
)
# after the forty-second batch the validation parts of the forty-first, forty-third and
# forty-fourth batches were opened (README: "Validation parts opened after the forty-second batch")
OPENED_AFTER_FORTY_SECOND_BATCH = (
    *FORTY_FIRST_BATCH_VALIDATION,
    *FORTY_THIRD_BATCH_VALIDATION,
    *FORTY_FOURTH_BATCH_VALIDATION,
)
# after the forty-seventh batch the held-out parts of the twenty-seventh to thirty-seventh batches
# were opened: their documents that failed were read and the parser changed for their forms
# (README: "Held-out parts opened after the forty-seventh batch")
OPENED_AFTER_FORTY_SEVENTH_BATCH = (
    *TWENTY_SEVENTH_BATCH_HELD_OUT,
    *TWENTY_EIGHTH_BATCH_HELD_OUT,
    *TWENTY_NINTH_BATCH_HELD_OUT,
    *THIRTIETH_BATCH_HELD_OUT,
    *THIRTY_FIRST_BATCH_HELD_OUT,
    *THIRTY_SECOND_BATCH_HELD_OUT,
    *THIRTY_THIRD_BATCH_HELD_OUT,
    *THIRTY_FOURTH_BATCH_HELD_OUT,
    *THIRTY_FIFTH_BATCH_HELD_OUT,
    *THIRTY_SIXTH_BATCH_HELD_OUT,
    *THIRTY_SEVENTH_BATCH_HELD_OUT,
)
UNREAD_HELD_OUT = tuple(
    s
    for s in _HELD_OUT_OF_LATER_BATCHES
    if s not in GLIMPSED_HELD_OUT
    and s not in OPENED_AFTER_TWENTY_SIXTH_BATCH
    and s not in OPENED_AFTER_THIRTY_SIXTH_BATCH
    and s not in OPENED_AFTER_FORTY_SEVENTH_BATCH
)


Figures = tuple[float | None, float | None, float | None]


def pooled(part: str, only: tuple[str, ...] = ()) -> tuple[int, Figures]:
    """Documents scored and pooled F1 of tasks, (task, unit) and (task, deadline) of one part;
    None for a measure neither the gold nor the parse holds (score.py's prf counts it 1.000)."""
    sc = _score_module()
    totals: Counter[str] = Counter()
    docs = 0
    for gold_file in sorted((REAL / "gold" / part).glob("*.json")):
        if only and gold_file.stem not in only:
            continue
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for doc in sorted((REAL / "docs").glob(gold_file.stem + ".*")):
            plan = _parse_once(doc)
            # a ParseError: e.g. only the issuing notice was stored, no items (score.py: [])
            predicted = [] if isinstance(plan, ParseError) else plan.to_dict()["tasks"]
            totals.update(sc.score(predicted, gold["tasks"]))
            docs += 1
    figures = tuple(
        sc.prf(totals[f"{k}_tp"], totals[f"{k}_pred"], totals[f"{k}_gold"])[2]
        if totals[f"{k}_gold"] or totals[f"{k}_pred"]
        else None
        for k in ("tasks", "units", "dl")
    )
    return docs, figures


def _shown(f: float | None) -> str:
    return "- (none in gold or parse)" if f is None else f"{f:.3f}"


def _line(part: str, docs: int, f: Figures) -> str:
    return (
        f"work plans, real documents, {part} part ({docs}): "
        f"tasks F1 {_shown(f[0])}; units F1 {_shown(f[1])}; deadlines F1 {_shown(f[2])}"
    )


def _in_range(figures: Figures) -> bool:
    return all(f is None or 0.0 <= f <= 1.0 for f in figures)


def test_tuning_part_scores_at_least_095_pooled() -> None:
    docs, figures = pooled("tuning")
    record(_line("tuning", docs, figures))
    assert docs == 109
    assert None not in figures and min(figures) >= 0.95, figures


def test_held_out_part_is_scored_and_reported() -> None:
    docs, figures = pooled("heldout")
    record(_line("held-out", docs, figures) + " (partly read while tuning: see its README)")
    assert docs == 324
    assert _in_range(figures)


def test_unread_held_out_documents_are_scored_and_reported() -> None:
    docs, figures = pooled("heldout", UNREAD_HELD_OUT)
    line = _line("thirty-eighth to forty-seventh batches held-out", docs, figures)
    record(
        line + " (never opened while tuning; they scored 0.939 / 0.871 / 0.625 at the commit that"
        " opened the 27th to 37th batches' held-out parts; each batch's first-seen figures are on"
        " its own line)"
    )
    assert docs == len(UNREAD_HELD_OUT) == 56
    assert not set(UNREAD_HELD_OUT) & set(OPENED_AFTER_TWENTY_SIXTH_BATCH)
    assert not set(UNREAD_HELD_OUT) & set(OPENED_AFTER_THIRTY_SIXTH_BATCH)
    assert not set(UNREAD_HELD_OUT) & set(OPENED_AFTER_FORTY_SEVENTH_BATCH)
    assert _in_range(figures)


# the parts opened for tuning, in the order they were opened: what they are, how many documents,
# and when they were opened with their figures before any change from reading them
OPENED_PARTS = (
    (
        "seventh to eighteenth batches held-out",
        OPENED_AFTER_TWENTY_SIXTH_BATCH,
        98,
        "after the 26th batch; before 0.936 / 0.895 / 0.831",
    ),
    (
        "twentieth to thirty-fourth batches' opened",
        OPENED_AFTER_THIRTY_SIXTH_BATCH,
        70,
        "after the 36th batch; before 0.947 / 0.931 / 0.824",
    ),
    (
        "thirty-eighth to fortieth batches' validation",
        OPENED_AFTER_FORTIETH_BATCH,
        9,
        "after the 40th batch; before 0.943 / 0.808 / none",
    ),
    (
        "forty-first, forty-third and forty-fourth batches' validation",
        OPENED_AFTER_FORTY_SECOND_BATCH,
        5,
        "after the 42nd batch; before 0.919 / 0.718 / none",
    ),
    (
        "twenty-seventh to thirty-seventh batches held-out",
        OPENED_AFTER_FORTY_SEVENTH_BATCH,
        53,
        "after the 47th batch; before 0.956 / 0.965 / 0.787, 0.973 / 0.971 / 0.787 with one gold"
        " file corrected to NOTES §1",
    ),
)


def test_parts_opened_for_tuning_are_reported_apart_from_the_unread_part() -> None:
    for part, stems, count, when in OPENED_PARTS:
        docs, figures = pooled("heldout", stems)
        record(_line(part, docs, figures) + f" (opened and read while tuning {when})")
        assert docs == len(stems) == count
        assert not set(UNREAD_HELD_OUT) & set(stems)
        assert _in_range(figures)


def test_ninth_batch_with_deadlines_and_units_is_scored_and_reported() -> None:
    docs, figures = pooled("heldout", NINTH_BATCH)
    record(
        _line("ninth batch held-out", docs, figures)
        + " (deadlines and units in the gold; not first-seen: rules written from its forms)"
    )
    assert docs == len(NINTH_BATCH)
    files = [REAL / "gold" / "heldout" / f"{stem}.json" for stem in NINTH_BATCH]
    gold = [
        t
        for path in files
        for t in json.loads(path.read_text("utf-8"))["tasks"]
        if not t.get("ignore")
    ]
    # the batch exists to measure deadlines and units on unseen documents: its gold must hold them
    assert sum(1 for t in gold if t["deadline"]) >= 20
    assert all(t["units"] for t in gold)
    assert _in_range(figures)


def test_tenth_batch_held_out_part_is_scored_and_reported() -> None:
    docs, figures = pooled("heldout", TENTH_BATCH_HELD_OUT)
    record(
        _line("tenth batch held-out", docs, figures)
        + " (never read while tuning until opened after the 26th batch)"
    )
    assert docs == len(TENTH_BATCH_HELD_OUT)
    assert _in_range(figures)


def test_eleventh_to_twenty_ninth_batches_are_scored_and_reported() -> None:
    for part, stems, note in (
        (
            "eleventh batch held-out",
            ELEVENTH_BATCH_HELD_OUT,
            "never opened nor scored while tuning; its notes were seen",
        ),
        (
            "eleventh batch validation",
            ELEVENTH_BATCH_VALIDATION,
            "pooled figures checked while tuning",
        ),
        ("twelfth batch held-out", TWELFTH_BATCH_HELD_OUT, "HTML; never opened, forms described"),
        (
            "thirteenth batch held-out",
            THIRTEENTH_BATCH_HELD_OUT,
            "not scored while tuning; its forms described; one document's first lines glimpsed",
        ),
        (
            "thirteenth batch validation",
            THIRTEENTH_BATCH_VALIDATION,
            "pooled figures checked while tuning",
        ),
        (
            "fourteenth batch held-out",
            FOURTEENTH_BATCH_HELD_OUT,
            "never opened nor scored while tuning; its forms described",
        ),
        (
            "fourteenth batch validation",
            FOURTEENTH_BATCH_VALIDATION,
            "pooled figures checked while tuning",
        ),
        (
            "fifteenth batch held-out",
            FIFTEENTH_BATCH_HELD_OUT,
            "never opened nor scored while tuning; first seen 0.720 / 0.370 / 0.250, "
            "its forms described since",
        ),
        (
            "fifteenth batch validation",
            FIFTEENTH_BATCH_VALIDATION,
            "pooled figures checked while tuning",
        ),
        ("sixteenth batch held-out", SIXTEENTH_BATCH_HELD_OUT, "first seen; never opened"),
        ("sixteenth batch validation", SIXTEENTH_BATCH_VALIDATION, "first seen; never opened"),
        (
            "seventeenth batch held-out",
            SEVENTEENTH_BATCH_HELD_OUT,
            "never opened; first seen 0.737 / 0.720 / 0.571",
        ),
        (
            "seventeenth batch validation",
            SEVENTEENTH_BATCH_VALIDATION,
            "never opened; first seen 0.571 / 0.471 / no deadlines in its gold",
        ),
        (
            "eighteenth batch held-out",
            EIGHTEENTH_BATCH_HELD_OUT,
            "never opened; first seen 0.615 / 0.901 / 0.000",
        ),
        (
            "eighteenth batch validation",
            EIGHTEENTH_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 1.000 / no deadlines in its gold",
        ),
        (
            "twentieth batch held-out",
            TWENTIETH_BATCH_HELD_OUT,
            "never opened; first seen 0.973 / 1.000 / 1.000",
        ),
        (
            "twentieth batch validation",
            TWENTIETH_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 1.000 / no deadlines in its gold",
        ),
        (
            "twenty-first batch held-out",
            TWENTY_FIRST_BATCH_HELD_OUT,
            "whole documents, never opened; first seen 0.995 / 0.949 / no deadlines",
        ),
        (
            "twenty-first batch validation",
            TWENTY_FIRST_BATCH_VALIDATION,
            "whole documents, never opened; first seen 1.000 / 1.000 / no deadlines",
        ),
        (
            "twenty-second batch held-out",
            TWENTY_SECOND_BATCH_HELD_OUT,
            "whole documents, never opened; first seen 1.000 / 0.945 / no deadlines",
        ),
        (
            "twenty-second batch validation",
            TWENTY_SECOND_BATCH_VALIDATION,
            "whole documents, never opened; first seen 1.000 / 1.000 / no deadlines",
        ),
        (
            "twenty-third batch held-out",
            TWENTY_THIRD_BATCH_HELD_OUT,
            "never opened; first seen 0.743 / 0.925 / no deadlines",
        ),
        (
            "twenty-third batch validation",
            TWENTY_THIRD_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 0.600 / no deadlines",
        ),
        (
            "twenty-fourth batch held-out",
            TWENTY_FOURTH_BATCH_HELD_OUT,
            "never opened; first seen 0.588 / 0.531 / 0.000",
        ),
        (
            "twenty-fourth batch validation",
            TWENTY_FOURTH_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 1.000 / no deadlines",
        ),
        (
            "twenty-fifth batch held-out",
            TWENTY_FIFTH_BATCH_HELD_OUT,
            "never opened; first seen 1.000 / 0.851 / 0.000 (no deadline in its gold)",
        ),
        (
            "twenty-fifth batch validation",
            TWENTY_FIFTH_BATCH_VALIDATION,
            "never opened; first seen 0.812 / 0.825 / 1.000",
        ),
        (
            "twenty-sixth batch held-out",
            TWENTY_SIXTH_BATCH_HELD_OUT,
            "never opened; first seen 0.706 / 0.667 / no deadlines",
        ),
        (
            "twenty-sixth batch validation",
            TWENTY_SIXTH_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 1.000 / no deadlines",
        ),
        (
            "twenty-seventh batch held-out",
            TWENTY_SEVENTH_BATCH_HELD_OUT,
            "never opened; first seen 0.864 / 0.638 / no deadlines",
        ),
        (
            "twenty-seventh batch validation",
            TWENTY_SEVENTH_BATCH_VALIDATION,
            "never opened; first seen 0.500 / 0.250 / 0.000",
        ),
        (
            "twenty-eighth batch held-out",
            TWENTY_EIGHTH_BATCH_HELD_OUT,
            "never opened; first seen 0.875 / 0.683 / no deadlines",
        ),
        (
            "twenty-eighth batch validation",
            TWENTY_EIGHTH_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 0.957 / no deadlines",
        ),
        (
            "twenty-ninth batch held-out",
            TWENTY_NINTH_BATCH_HELD_OUT,
            "never opened; first seen 0.797 / 0.338 / 0.063; forms described since",
        ),
        (
            "twenty-ninth batch validation",
            TWENTY_NINTH_BATCH_VALIDATION,
            "never opened; first seen 0.889 / 0.833 / no deadlines",
        ),
        (
            "thirtieth batch held-out",
            THIRTIETH_BATCH_HELD_OUT,
            "never opened; first seen 0.909 / 0.848 / no deadlines",
        ),
        (
            "thirty-first batch held-out",
            THIRTY_FIRST_BATCH_HELD_OUT,
            "never opened; first seen 0.737 / 0.941 / 1.000",
        ),
        (
            "thirty-second batch held-out",
            THIRTY_SECOND_BATCH_HELD_OUT,
            "never opened; first seen 0.885 / 0.912 / 0.000",
        ),
        (
            "thirty-third batch held-out",
            THIRTY_THIRD_BATCH_HELD_OUT,
            "never opened; first seen 0.989 / 0.992 / 1.000",
        ),
        (
            "thirty-fourth batch held-out",
            THIRTY_FOURTH_BATCH_HELD_OUT,
            "never opened; first seen 0.997 / 1.000 / 0.000 (no deadline in its gold)",
        ),
        (
            "thirty-fourth batch validation",
            THIRTY_FOURTH_BATCH_VALIDATION,
            "never opened; first seen 0.884 / 0.901 / no deadlines",
        ),
        (
            "thirty-fifth batch held-out",
            THIRTY_FIFTH_BATCH_HELD_OUT,
            "never opened; first seen 0.780 / 0.719 / no deadlines",
        ),
        (
            "thirty-sixth batch held-out",
            THIRTY_SIXTH_BATCH_HELD_OUT,
            "never opened; first seen 1.000 / 1.000 / no deadlines",
        ),
        (
            "thirty-seventh batch held-out",
            THIRTY_SEVENTH_BATCH_HELD_OUT,
            "never opened; first seen 1.000 / 0.889 / no deadlines",
        ),
        (
            "thirty-eighth batch held-out",
            THIRTY_EIGHTH_BATCH_HELD_OUT,
            "never opened; first seen 0.883 / 0.751 / no deadlines",
        ),
        (
            "thirty-eighth batch validation",
            THIRTY_EIGHTH_BATCH_VALIDATION,
            "never opened; pooled figures checked while tuning; first seen 1.000 / 0.549 / none",
        ),
        (
            "thirty-ninth batch held-out",
            THIRTY_NINTH_BATCH_HELD_OUT,
            "never opened; first seen 0.988 / 0.940 / no deadlines",
        ),
        (
            "thirty-ninth batch validation",
            THIRTY_NINTH_BATCH_VALIDATION,
            "never opened; first seen 1.000 / 0.916 / no deadlines",
        ),
        (
            "fortieth batch held-out",
            FORTIETH_BATCH_HELD_OUT,
            "never opened; first seen 0.930 / 0.930 / 0.714",
        ),
        (
            "fortieth batch validation",
            FORTIETH_BATCH_VALIDATION,
            "never opened; first seen 0.874 / 0.829 / no deadlines",
        ),
        (
            "forty-first batch held-out",
            FORTY_FIRST_BATCH_HELD_OUT,
            "never opened; first seen 0.989 / 0.999 / no deadlines",
        ),
        (
            "forty-first batch validation",
            FORTY_FIRST_BATCH_VALIDATION,
            "first seen 0.977 / 0.730 / none",
        ),
        (
            "forty-second batch held-out",
            FORTY_SECOND_BATCH_HELD_OUT,
            "never opened; first seen 0.979 / 0.916 / 0.000",
        ),
        (
            "forty-third batch held-out",
            FORTY_THIRD_BATCH_HELD_OUT,
            "never opened; first seen 0.667 / 0.000 / 0.000",
        ),
        ("forty-third batch validation", FORTY_THIRD_BATCH_VALIDATION, "first seen: none"),
        (
            "forty-fourth batch held-out",
            FORTY_FOURTH_BATCH_HELD_OUT,
            "never opened; first seen 0.693 / 0.817 / 0.000",
        ),
        (
            "forty-fourth batch validation",
            FORTY_FOURTH_BATCH_VALIDATION,
            "first seen 0.720 / 0.677 / none",
        ),
        (
            "forty-fifth batch held-out",
            FORTY_FIFTH_BATCH_HELD_OUT,
            "never opened; first seen 0.986 / 0.838 / 0.000",
        ),
        (
            "forty-sixth batch held-out",
            FORTY_SIXTH_BATCH_HELD_OUT,
            "never opened; first seen 1.000 / 1.000 / no deadlines",
        ),
        (
            "forty-seventh batch held-out",
            FORTY_SEVENTH_BATCH_HELD_OUT,
            "never opened; first seen 0.814 / 0.634 / 0.599",
        ),
    ):
        docs, figures = pooled("heldout", stems)
        if set(stems) <= set(OPENED_AFTER_TWENTY_SIXTH_BATCH):
            note += "; opened after the 26th batch"
        if set(stems) <= set(OPENED_AFTER_THIRTY_SIXTH_BATCH):
            note += "; opened after the 36th batch"
        if set(stems) <= set(OPENED_AFTER_FORTIETH_BATCH):
            note += "; opened after the 40th batch"
        if set(stems) <= set(OPENED_AFTER_FORTY_SECOND_BATCH):
            note += "; opened after the 42nd batch"
        if set(stems) <= set(OPENED_AFTER_FORTY_SEVENTH_BATCH):
            note += "; opened after the 47th batch"
        record(_line(part, docs, figures) + f" ({note})")
        assert docs == len(stems)
        assert _in_range(figures)


def test_no_document_of_the_set_trips_the_parser() -> None:
    # a failure inside the parser is reported to users as LAYOUT_FAILED (and scored as no tasks):
    # no document of the set may come to it, held-out ones included (only the stem is named)
    tripped = []
    for gold_file in sorted((REAL / "gold").glob("*/*.json")):
        for doc in (REAL / "docs").glob(gold_file.stem + ".*"):
            error = _parse_once(doc)
            if isinstance(error, ParseError) and error.msgid == LAYOUT_FAILED:
                tripped.append(doc.name)
    assert tripped == []


def test_split_holds_out_three_hundred_and_twenty_four_documents_never_in_tuning() -> None:
    tuning = {p.stem for p in (REAL / "gold" / "tuning").glob("*.json")}
    held = {p.stem for p in (REAL / "gold" / "heldout").glob("*.json")}
    assert len(held) == 324 and len(tuning) == 109 and not tuning & held
    assert set(NINETEENTH_BATCH_MOVED_TO_TUNING) <= tuning
    assert not any("fujian" in s or "pingtan" in s for s in tuning | held)
    assert all(any((REAL / "docs").glob(s + ".*")) for s in tuning | held)


def task_titles_agreeing(part: str) -> tuple[int, int]:
    """Tasks found at a gold path whose title equals the gold's (blanks aside), and how many were
    found: score.py does not score titles, but the review screen shows them."""
    agree = found = 0
    for gold_file in sorted((REAL / "gold" / part).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for doc in sorted((REAL / "docs").glob(gold_file.stem + ".*")):
            plan = _parse_once(doc)
            tasks = [] if isinstance(plan, ParseError) else plan.tasks
            titles = {tuple(t.path): t.title for t in tasks}
            for task in gold["tasks"]:
                path = tuple(task["path"])
                if task.get("ignore") or path not in titles:
                    continue
                found += 1
                agree += "".join(titles[path].split()) == "".join(task["title"].split())
    return agree, found


def test_task_titles_are_reported_on_both_parts() -> None:
    for part, label in (("tuning", "tuning"), ("heldout", "held-out")):
        agree, found = task_titles_agreeing(part)
        record(
            f"work plans, real documents, {label} part: task titles equal to the gold's "
            f"{agree / found:.3f} ({agree}/{found} tasks found)"
        )
        if part == "tuning":
            # the gold's annotators left some one-phrase items untitled and titled others alike,
            # so not every title can agree; a section's heading must stay its title (0.862)
            assert agree / found >= 0.85


def plan_titles_and_years_agreeing(part: str) -> tuple[int, int, int]:
    """Documents parsed, and how many of them get the gold's plan title (blanks aside) and year."""
    parsed = titles = years = 0
    for gold_file in sorted((REAL / "gold" / part).glob("*.json")):
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        for doc in sorted((REAL / "docs").glob(gold_file.stem + ".*")):
            plan = _parse_once(doc)
            if isinstance(plan, ParseError):
                continue
            parsed += 1
            titles += "".join(plan.title.split()) == "".join((gold["title"] or "").split())
            years += plan.year == gold["year"]
    return parsed, titles, years


def test_plan_titles_and_years_are_reported_on_both_parts() -> None:
    for part, label in (("tuning", "tuning"), ("heldout", "held-out")):
        parsed, titles, years = plan_titles_and_years_agreeing(part)
        record(
            f"work plans, real documents, {label} part ({parsed} parsed): plan title equal to the "
            f"gold's {titles / parsed:.3f}, year {years / parsed:.3f}"
        )
        if part == "tuning":
            # (0.969 and 0.969 of 97; a copy without its heading or year cannot be named or dated
            # from the text, and two gold titles are blank where a 通知 names the plan)
            assert titles / parsed >= 0.8 and years / parsed >= 0.9


def test_titles_come_from_the_document_heading() -> None:
    docs = REAL / "docs"
    assert (
        parse_file(docs / "weifang_2017_cells.txt").title == "潍坊市2017年政务公开工作要点实施方案"
    )
    # a heading broken over two lines, with pinyin noise removed
    assert (
        parse_file(docs / "xinxiang_2020_trad_pinyin.txt").title
        == "全面推進新鄉市基層政務公開標準化規范化工作實施方案"
    )
    # no heading of its own: the 通知 that issues it names the plan
    assert (
        parse_file(docs / "xuancheng_2020_trad_pipecells.txt").title
        == "宣城市全面推進基層政務公開標準化規范化工作實施方案"
    )
    # a run-on page: the head of the first line, not the upper-level plan it implements
    assert (
        parse_file(docs / "suileng_2018_runon.txt").title == "绥棱县2018年政务公开工作要点实施方案"
    )
