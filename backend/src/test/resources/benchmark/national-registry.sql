-- A national-scale registry for the benchmark: 89 regions, about 2,400 municipalities and 40,000 schools,
-- with categories, plus 20 more common indicators so that the catalogue has 60 and more.
-- Deterministic: every figure is arithmetic on the row numbers, so every run builds the same data set.

insert into region (code, name, authority_name)
select lpad(r::text, 2, '0'), 'Регион ' || lpad(r::text, 2, '0'), 'Министерство образования региона ' || lpad(r::text, 2, '0')
from generate_series(1, 89) r;

-- 14 to 38 municipalities per region (26 on average); region 01 has 60, as the largest regions do, and the scorecard
-- of municipal roadmaps is timed on it.
insert into municipality (region_id, oktmo, name, kind, created_by, updated_by)
select g.id, lpad(g.r::text, 2, '0') || lpad(m::text, 3, '0') || '000',
       'Муниципальный район ' || lpad(g.r::text, 2, '0') || '-' || lpad(m::text, 3, '0'),
       case when m % 7 = 0 then 'URBAN_OKRUG' when m % 5 = 0 then 'MUNICIPAL_OKRUG' else 'MUNICIPAL_DISTRICT' end,
       'benchmark', 'benchmark'
from (select id, code::int as r from region where code ~ '^[0-9]{2}$' and name like 'Регион %') g,
     generate_series(1, case when g.r = 1 then 60 else 14 + (g.r * 37) % 25 end) m;

-- 8 to 26 schools per municipality (17 on average).
insert into school (municipality_id, code, full_name, short_name, address, settlement_type, teaches_primary,
                    teaches_basic, teaches_secondary, students_count, teachers_count, created_by, updated_by)
select m.id, m.oktmo || lpad(s::text, 2, '0'),
       'Муниципальное общеобразовательное учреждение «Школа № ' || s || '» (' || m.name || ')',
       'Школа № ' || s || ' (' || m.oktmo || ')', m.name || ', ул. Школьная, ' || s,
       case when (m.id + s) % 3 = 0 then 'URBAN' else 'RURAL' end,
       true, (m.id * 7 + s) % 10 <> 0, (m.id * 11 + s) % 5 < 3,
       60 + ((m.id * 131 + s * 977) % 1400), 8 + ((m.id * 17 + s * 29) % 90),
       'benchmark', 'benchmark'
from municipality m, generate_series(1, 8 + (m.id * 13) % 19) s
where m.created_by = 'benchmark';

-- About one school in eight is a ШНОР and one in ten a ШНСУ, year by year.
insert into school_category_assignment (school_id, year, category, document_number, document_date,
                                        document_authority, assigned_at, assigned_by)
select s.id, y, c.category, y || '-' || c.category, make_date(y, 1, 20), 'Министерство образования региона', now(), 'benchmark'
from school s cross join generate_series(2021, 2025) y
cross join (values ('SHNOR', 8), ('SHNSU', 10)) c(category, every)
where s.created_by = 'benchmark' and (s.id * 31 + y) % c.every = 0;

insert into indicator (code, name, description, group_code, value_type, unit, better, source, periodicity,
                       dimensions, min_value, max_value, required, max_change, created_by, updated_by)
select 'SURVEY_' || lpad(n::text, 2, '0'), 'Показатель анкетирования № ' || n, 'Сгенерирован для нагрузочного теста.',
       case when n % 2 = 0 then 'VARIABLE' else 'SATISFACTION' end, 'PERCENT', '%', 'HIGHER', 'SURVEY', 'YEAR', '{}',
       0, 100, false, null, 'benchmark', 'benchmark'
from generate_series(1, 20) n;

select refresh_indicator_disaggregations(id) from indicator where created_by = 'benchmark';

analyze;
