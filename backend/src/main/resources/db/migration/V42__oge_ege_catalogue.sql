-- Results of the state final examinations per school and subject, as regional processing centres (РЦОИ) publish
-- them: ОГЭ (9th grade) with counts of marks 2–5 and the mean primary score, ЕГЭ (11th grade) with the count below
-- the minimum score, counts by score band and the mean test score. The assessment import (POST
-- /indicator-values/assessment-imports) turns each line into these indicators; the shares below the minimum are
-- computed from their counts as every other share is.

insert into indicator_dimension_value (dimension_code, code, name, position) values
    ('SUBJECT', 'MATH_PROF', 'Математика (профильный уровень)', 13);

insert into indicator (code, name, description, group_code, value_type, unit, better, source, periodicity,
                       dimensions, min_value, max_value, required, max_change, created_by, updated_by) values
    ('OGE_PARTICIPANTS', 'Число участников ОГЭ', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'INTEGER', 'чел.', 'NONE', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 1000, false, null, 'catalogue', 'catalogue'),
    ('OGE_BELOW_MIN', 'Число участников ОГЭ, получивших отметку «2» (ниже минимального порога)', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'INTEGER', 'чел.', 'LOWER', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 1000, false, null, 'catalogue', 'catalogue'),
    ('OGE_MEAN_SCORE', 'Средний первичный балл ОГЭ', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'NUMBER', 'балл', 'HIGHER', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('OGE_MARK_2', 'Доля участников ОГЭ, получивших отметку «2»', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'LOWER', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('OGE_MARK_3', 'Доля участников ОГЭ, получивших отметку «3»', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'NONE', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('OGE_MARK_4', 'Доля участников ОГЭ, получивших отметку «4»', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'NONE', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('OGE_MARK_5', 'Доля участников ОГЭ, получивших отметку «5»', 'Загружается из результатов ОГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'OGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('EGE_PARTICIPANTS', 'Число участников ЕГЭ', 'Загружается из результатов ЕГЭ по предметам.', 'RESULTS_DYNAMICS', 'INTEGER', 'чел.', 'NONE', 'EGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH_PROF", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 1000, false, null, 'catalogue', 'catalogue'),
    ('EGE_BELOW_MIN', 'Число участников ЕГЭ, не преодолевших минимальный порог', 'Загружается из результатов ЕГЭ по предметам.', 'RESULTS_DYNAMICS', 'INTEGER', 'чел.', 'LOWER', 'EGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH_PROF", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 1000, false, null, 'catalogue', 'catalogue'),
    ('EGE_MEAN_SCORE', 'Средний тестовый балл ЕГЭ', 'Загружается из результатов ЕГЭ по предметам.', 'RESULTS_DYNAMICS', 'NUMBER', 'балл', 'HIGHER', 'EGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH_PROF", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('EGE_BAND_MIN_60', 'Доля участников ЕГЭ, набравших от минимального до 60 баллов', 'Загружается из результатов ЕГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'NONE', 'EGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH_PROF", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('EGE_BAND_61_80', 'Доля участников ЕГЭ, набравших от 61 до 80 баллов', 'Загружается из результатов ЕГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'EGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH_PROF", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('EGE_BAND_81_100', 'Доля участников ЕГЭ, набравших от 81 до 100 баллов', 'Загружается из результатов ЕГЭ по предметам.', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'EGE', 'YEAR',
     '{"SUBJECT": ["RUS", "MATH_PROF", "LIT", "HIST", "SOC", "GEO", "BIO", "PHYS", "CHEM", "INF", "ENG"]}', 0, 100, false, null, 'catalogue', 'catalogue');

insert into indicator (code, name, description, group_code, value_type, unit, better, source, periodicity, dimensions,
                       numerator_id, denominator_id, min_value, max_value, required, max_change, created_by, updated_by)
select s.code, s.name, s.description, 'RESULTS_DYNAMICS', 'PERCENT', '%', 'LOWER', s.source, 'YEAR', n.dimensions,
       n.id, d.id, 0, 100, false, null, 'catalogue', 'catalogue'
from (values
    ('OGE_BELOW_MIN_SHARE', 'Доля участников ОГЭ, не преодолевших минимальный порог (отметка «2»)', 'От числа участников ОГЭ по предмету.', 'OGE', 'OGE_BELOW_MIN', 'OGE_PARTICIPANTS'),
    ('EGE_BELOW_MIN_SHARE', 'Доля участников ЕГЭ, не преодолевших минимальный порог', 'От числа участников ЕГЭ по предмету.', 'EGE', 'EGE_BELOW_MIN', 'EGE_PARTICIPANTS')
) as s(code, name, description, source, numerator, denominator)
join indicator n on n.code = s.numerator
join indicator d on d.code = s.denominator;

select refresh_indicator_disaggregations(id) from indicator where code like 'OGE\_%' or code like 'EGE\_%';
