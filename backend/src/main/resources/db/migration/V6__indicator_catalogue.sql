-- The combinations of dimension values an indicator is collected for: the Cartesian product of its allowed
-- values. Used by this migration and by the catalogue service whenever an indicator is saved.
create function refresh_indicator_disaggregations(p_indicator integer) returns void
language plpgsql as $$
declare
    dims jsonb;
begin
    select dimensions into dims from indicator where id = p_indicator;
    create temporary table if not exists tmp_combination (key text, parts jsonb, sort_key text) on commit drop;
    truncate tmp_combination;
    with recursive chosen as (
        select d.code, d.position, row_number() over (order by d.code) as n
        from indicator_dimension d where dims ? d.code
    ), choice as (
        select c.n, c.code, v.code as value, lpad(c.position::text, 3, '0') || lpad(v.position::text, 3, '0') as sort_part,
               c.position as dim_position
        from chosen c join indicator_dimension_value v on v.dimension_code = c.code
        where dims -> c.code ? v.code
    ), combination (n, key, parts, sort_parts) as (
        select 0::bigint, ''::text, '{}'::jsonb, array[]::text[]
        union all
        select ch.n, case when cb.key = '' then '' else cb.key || ';' end || ch.code || '=' || ch.value,
               cb.parts || jsonb_build_object(ch.code, ch.value), cb.sort_parts || ch.sort_part
        from combination cb join choice ch on ch.n = cb.n + 1
    )
    insert into tmp_combination (key, parts, sort_key)
    select key, parts, (select string_agg(p, '' order by p) from unnest(sort_parts) p)
    from combination where n = (select count(*) from chosen);

    insert into disaggregation (key, parts)
    select key, parts from tmp_combination
    on conflict (key) do nothing;

    delete from indicator_disaggregation where indicator_id = p_indicator;
    insert into indicator_disaggregation (indicator_id, disaggregation_id, position)
    select p_indicator, d.id, row_number() over (order by t.sort_key)
    from tmp_combination t join disaggregation d on d.key = t.key;
end;
$$;

-- The common catalogue: the indicators the source documents name. Codes are what imports and other systems use.
insert into indicator (code, name, description, group_code, value_type, unit, better, source, periodicity,
                       dimensions, min_value, max_value, required, max_change, created_by, updated_by) values
    -- Контингент и кадры: the bases of the shares below.
    ('STUDENTS_TOTAL', 'Численность обучающихся', 'На начало учебного года.', 'BASE_DATA', 'INTEGER', 'чел.', 'NONE', 'SCHOOL_DATA', 'YEAR', '{}', 0, 10000, true, null, 'catalogue', 'catalogue'),
    ('TEACHERS_TOTAL', 'Численность педагогических работников', 'Основные работники и внешние совместители.', 'BASE_DATA', 'INTEGER', 'чел.', 'NONE', 'SCHOOL_DATA', 'YEAR', '{}', 0, 1000, true, null, 'catalogue', 'catalogue'),
    ('TEACHERS_TRAINED', 'Число педагогов, прошедших переподготовку или повышение квалификации по вопросам повышения качества образования', 'За отчётный год, в соответствии с ФГОС.', 'BASE_DATA', 'INTEGER', 'чел.', 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 1000, true, null, 'catalogue', 'catalogue'),
    ('TEACHERS_ACTIVE', 'Число педагогов, включённых в активные формы взаимодействия и саморазвития', 'Профессиональные сообщества, конкурсное движение и др.', 'BASE_DATA', 'INTEGER', 'чел.', 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 1000, true, null, 'catalogue', 'catalogue'),
    ('STUDENTS_EXTRA_EDUCATION', 'Число обучающихся, занимающихся по дополнительным образовательным программам', null, 'BASE_DATA', 'INTEGER', 'чел.', 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 10000, true, null, 'catalogue', 'catalogue'),
    ('GIA9_PARTICIPANTS', 'Число выпускников 9-х классов, прошедших государственную итоговую аттестацию', null, 'BASE_DATA', 'INTEGER', 'чел.', 'NONE', 'OGE', 'YEAR', '{}', 0, 1000, true, null, 'catalogue', 'catalogue'),
    ('GIA9_PASSED', 'Число выпускников 9-х классов, успешно сдавших государственную итоговую аттестацию', null, 'BASE_DATA', 'INTEGER', 'чел.', 'HIGHER', 'OGE', 'YEAR', '{}', 0, 1000, true, null, 'catalogue', 'catalogue'),
    -- Инвариантные основные (программа Балашовского района, раздел мониторинга).
    ('NOO_BASE_LEVEL', 'Доля обучающихся 4-х классов, достигших базового уровня подготовки', 'Качество подготовки по основной образовательной программе начального общего образования. Источник: анализ освоения ФГОС, ВПР, НИКО.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'VPR', 'YEAR', '{"SUBJECT": ["RUS", "MATH", "ENV"]}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('NOO_HIGH_LEVEL', 'Доля обучающихся 4-х классов, достигших высокого уровня подготовки', 'Качество подготовки по основной образовательной программе начального общего образования.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'VPR', 'YEAR', '{"SUBJECT": ["RUS", "MATH", "ENV"]}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('OOO_BASE_LEVEL', 'Доля выпускников 9-х классов, достигших базового уровня подготовки', 'Основное общее образование. Источник: ОГЭ, региональные диагностические работы в 9-х классах.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'OGE', 'YEAR', '{"SUBJECT": ["RUS", "MATH"]}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('OOO_HIGH_LEVEL', 'Доля выпускников 9-х классов, достигших высокого уровня подготовки', 'Основное общее образование.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'OGE', 'YEAR', '{"SUBJECT": ["RUS", "MATH"]}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('SOO_BASE_LEVEL', 'Доля выпускников 11-х классов, достигших базового уровня подготовки', 'Среднее общее образование. Источник: ЕГЭ, ГВЭ, региональные диагностические работы.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'EGE', 'YEAR', '{"SUBJECT": ["RUS", "MATH"]}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('SOO_HIGH_LEVEL', 'Доля выпускников 11-х классов, достигших высокого уровня подготовки', 'Среднее общее образование.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'EGE', 'YEAR', '{"SUBJECT": ["RUS", "MATH"]}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('META_RESULTS', 'Доля обучающихся, достигших базового уровня метапредметных результатов', 'По результатам региональных диагностических работ.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'ROP', 'YEAR', '{"GRADE": ["4", "9", "11"]}', 0, 100, false, 20, 'catalogue', 'catalogue'),
    ('VPR_MARK_2', 'Доля участников ВПР, получивших отметку «2»', 'Загружается из результатов ВПР (ФИС ОКО) по предметам и классам.', 'INVARIANT_MAIN', 'PERCENT', '%', 'LOWER', 'VPR', 'YEAR', '{"SUBJECT": ["RUS", "MATH", "ENV", "HIST", "BIO", "GEO", "SOC", "PHYS"], "GRADE": ["4", "5", "6", "7", "8"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('VPR_MARK_3', 'Доля участников ВПР, получивших отметку «3»', 'Загружается из результатов ВПР (ФИС ОКО) по предметам и классам.', 'INVARIANT_MAIN', 'PERCENT', '%', 'NONE', 'VPR', 'YEAR', '{"SUBJECT": ["RUS", "MATH", "ENV", "HIST", "BIO", "GEO", "SOC", "PHYS"], "GRADE": ["4", "5", "6", "7", "8"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('VPR_MARK_4', 'Доля участников ВПР, получивших отметку «4»', 'Загружается из результатов ВПР (ФИС ОКО) по предметам и классам.', 'INVARIANT_MAIN', 'PERCENT', '%', 'NONE', 'VPR', 'YEAR', '{"SUBJECT": ["RUS", "MATH", "ENV", "HIST", "BIO", "GEO", "SOC", "PHYS"], "GRADE": ["4", "5", "6", "7", "8"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('VPR_MARK_5', 'Доля участников ВПР, получивших отметку «5»', 'Загружается из результатов ВПР (ФИС ОКО) по предметам и классам.', 'INVARIANT_MAIN', 'PERCENT', '%', 'HIGHER', 'VPR', 'YEAR', '{"SUBJECT": ["RUS", "MATH", "ENV", "HIST", "BIO", "GEO", "SOC", "PHYS"], "GRADE": ["4", "5", "6", "7", "8"]}', 0, 100, false, null, 'catalogue', 'catalogue'),
    ('VPR_NON_OBJECTIVE', 'Признаки необъективности результатов ВПР', 'Школа в перечне Рособрнадзора с признаками необъективности результатов.', 'INVARIANT_MAIN', 'BOOLEAN', null, 'LOWER', 'VPR', 'YEAR', '{}', null, null, true, null, 'catalogue', 'catalogue'),
    ('ASSESSMENT_OBJECTIVITY', 'Обеспечена объективность процедур оценки качества образования', 'Общественное наблюдение, независимая проверка работ.', 'INVARIANT_MAIN', 'BOOLEAN', null, 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', null, null, true, null, 'catalogue', 'catalogue'),
    ('OLYMPIAD_OBJECTIVITY', 'Обеспечена объективность всероссийской олимпиады школьников', null, 'INVARIANT_MAIN', 'BOOLEAN', null, 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', null, null, false, null, 'catalogue', 'catalogue'),
    ('QUALITY_INDEX', 'Индекс качества', 'По результатам идентификации образовательных организаций.', 'INVARIANT_MAIN', 'NUMBER', 'балл', 'HIGHER', 'ROP', 'YEAR', '{}', 0, 100, false, 15, 'catalogue', 'catalogue'),
    -- Инвариантные вспомогательные: олимпиады и конкурсы.
    ('OLYMPIAD_PARTICIPANTS', 'Число участников муниципального этапа всероссийской олимпиады школьников', null, 'INVARIANT_AUX', 'INTEGER', 'чел.', 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 10000, true, null, 'catalogue', 'catalogue'),
    ('OLYMPIAD_WINNERS', 'Число победителей и призёров муниципального этапа всероссийской олимпиады школьников', null, 'INVARIANT_AUX', 'INTEGER', 'чел.', 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 10000, true, null, 'catalogue', 'catalogue'),
    -- Вариативные показатели ОО.
    ('SATISFIED_PARTICIPANTS', 'Доля обучающихся, их родителей и педагогов, удовлетворённых качеством условий образования в ОО', 'По результатам анкетирования.', 'VARIABLE', 'PERCENT', '%', 'HIGHER', 'SURVEY', 'YEAR', '{}', 0, 100, true, 25, 'catalogue', 'catalogue'),
    -- Показатели по выявлению ШНОР и ШНСУ.
    ('STAFFING_RATE', 'Укомплектованность педагогическими кадрами', null, 'IDENTIFICATION', 'PERCENT', '%', 'HIGHER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 100, true, 15, 'catalogue', 'catalogue'),
    ('TEACHER_VACANCIES', 'Число вакансий педагогических работников', 'На начало учебного года.', 'IDENTIFICATION', 'INTEGER', 'ед.', 'LOWER', 'SCHOOL_DATA', 'YEAR', '{}', 0, 500, true, null, 'catalogue', 'catalogue'),
    ('LOW_RESULTS_SHARE', 'Доля участников оценочных процедур с результатами ниже минимального порога', 'Критерий выявления: не менее 30 % участников в двух процедурах два года подряд.', 'IDENTIFICATION', 'PERCENT', '%', 'LOWER', 'VPR', 'YEAR', '{}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    -- Показатели динамики образовательных результатов (целевые значения региона задаются по годам).
    ('VPR4_HIGH_INDEX', 'Индекс высокого уровня подготовки по ВПР, 4 классы', 'Доля обучающихся 4-х классов с отметками «4» и «5».', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'VPR', 'YEAR', '{}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('VPR4_BASE_INDEX', 'Индекс базового уровня подготовки по ВПР, 4 классы', 'Доля обучающихся 4-х классов с отметками «3», «4» и «5».', 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'VPR', 'YEAR', '{}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('GIA11_HIGH_INDEX', 'Индекс высокого уровня подготовки по ГИА, 11 классы', null, 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'EGE', 'YEAR', '{}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    ('GIA11_BASE_INDEX', 'Индекс базового уровня подготовки по ГИА, 11 классы', null, 'RESULTS_DYNAMICS', 'PERCENT', '%', 'HIGHER', 'EGE', 'YEAR', '{}', 0, 100, true, 20, 'catalogue', 'catalogue'),
    -- Показатели предметных компетенций педагогических работников.
    ('TEACHERS_DIAGNOSTICS_GROWTH', 'Доля педагогов, показавших по итогам независимой диагностики положительную динамику предметных и методических компетенций', null, 'TEACHER_COMPETENCE', 'PERCENT', '%', 'HIGHER', 'ROP', 'YEAR', '{}', 0, 100, false, 30, 'catalogue', 'catalogue'),
    -- Показатели удовлетворённости качеством образования.
    ('PARENTS_SATISFIED', 'Доля родителей, удовлетворённых качеством образования', 'По результатам анкетирования.', 'SATISFACTION', 'PERCENT', '%', 'HIGHER', 'SURVEY', 'YEAR', '{}', 0, 100, true, 25, 'catalogue', 'catalogue'),
    ('STUDENTS_SATISFIED', 'Доля обучающихся, удовлетворённых качеством образования', 'По результатам анкетирования.', 'SATISFACTION', 'PERCENT', '%', 'HIGHER', 'SURVEY', 'YEAR', '{}', 0, 100, true, 25, 'catalogue', 'catalogue'),
    ('NOKO_SCORE', 'Интегральный балл независимой оценки качества условий осуществления образовательной деятельности', null, 'SATISFACTION', 'NUMBER', 'балл', 'HIGHER', 'NOKO', 'YEAR', '{}', 0, 100, false, 15, 'catalogue', 'catalogue');

-- Shares computed from two counts, never typed: numerator / denominator × 100.
insert into indicator (code, name, description, group_code, value_type, unit, better, source, periodicity,
                       dimensions, numerator_id, denominator_id, min_value, max_value, required, max_change,
                       created_by, updated_by)
select s.code, s.name, s.description, s.group_code, 'PERCENT', '%', 'HIGHER', s.source, 'YEAR', '{}',
       n.id, d.id, 0, 100, true, null, 'catalogue', 'catalogue'
from (values
    ('TEACHERS_TRAINED_SHARE', 'Доля педагогических работников, прошедших переподготовку или повышение квалификации по вопросам повышения качества образования',
     'В общей численности педагогических работников школы.', 'TEACHER_COMPETENCE', 'SCHOOL_DATA', 'TEACHERS_TRAINED', 'TEACHERS_TOTAL'),
    ('TEACHERS_ACTIVE_SHARE', 'Доля педагогов, включённых в активные формы взаимодействия и саморазвития',
     'Профессиональные сообщества, конкурсное движение и др.', 'VARIABLE', 'SCHOOL_DATA', 'TEACHERS_ACTIVE', 'TEACHERS_TOTAL'),
    ('EXTRA_EDUCATION_SHARE', 'Доля обучающихся, занимающихся по дополнительным образовательным программам',
     null, 'VARIABLE', 'SCHOOL_DATA', 'STUDENTS_EXTRA_EDUCATION', 'STUDENTS_TOTAL'),
    ('GIA9_PASSED_SHARE', 'Доля выпускников 9-х классов, успешно сдавших государственную итоговую аттестацию',
     'В общей численности выпускников школы, прошедших ГИА.', 'RESULTS_DYNAMICS', 'OGE', 'GIA9_PASSED', 'GIA9_PARTICIPANTS')
) as s(code, name, description, group_code, source, numerator, denominator)
join indicator n on n.code = s.numerator
join indicator d on d.code = s.denominator;

select refresh_indicator_disaggregations(id) from indicator;

-- Shares are derived, never typed: for the given schools and period, each computed indicator is
-- numerator × 100 / denominator per disaggregation, rounded to hundredths, in the state of its numerator.
-- A share whose parts are gone or whose denominator is zero is removed. Returns the number of shares written.
create function recompute_shares(p_schools bigint[], p_period varchar, p_user varchar, p_now timestamptz) returns integer
language plpgsql as $$
declare
    changed integer;
begin
    delete from indicator_value v using indicator c
    where c.id = v.indicator_id and c.numerator_id is not null
      and v.school_id = any (p_schools) and v.period = p_period
      and not exists (
          select 1 from indicator_value n
          join indicator_value d on d.school_id = n.school_id and d.period = n.period
               and d.disaggregation_id = n.disaggregation_id and d.indicator_id = c.denominator_id
          where n.indicator_id = c.numerator_id and n.school_id = v.school_id and n.period = v.period
            and n.disaggregation_id = v.disaggregation_id and n.num_value is not null and d.num_value > 0);

    insert into indicator_value (indicator_id, region_id, disaggregation_id, period, school_id, municipality_id, year,
                                 num_value, status, origin, version, created_at, created_by, updated_at, updated_by)
    select c.id, n.region_id, n.disaggregation_id, n.period, n.school_id, n.municipality_id, n.year,
           round(n.num_value * 100 / d.num_value, 2), n.status, 'COMPUTED', 0, p_now, p_user, p_now, p_user
    from indicator c
    join indicator_value n on n.indicator_id = c.numerator_id
    join indicator_value d on d.indicator_id = c.denominator_id and d.school_id = n.school_id
         and d.period = n.period and d.disaggregation_id = n.disaggregation_id
    where c.numerator_id is not null and n.school_id = any (p_schools) and n.period = p_period
      and n.num_value is not null and d.num_value > 0
    on conflict on constraint pk_indicator_value do update
        set num_value = excluded.num_value, status = excluded.status, version = indicator_value.version + 1,
            updated_at = excluded.updated_at, updated_by = excluded.updated_by
        where indicator_value.num_value is distinct from excluded.num_value
           or indicator_value.status <> excluded.status;
    get diagnostics changed = row_count;
    return changed;
end;
$$;
