-- What the municipalities of every region did for their ШНОР and ШНСУ in 2024 and 2025, so that the scorecard of
-- municipal roadmaps (issue 17) is timed over the tables of working regions, not over empty ones: municipal roadmaps of
-- direction 1.2 with their items and half-year reports, methodological events of the municipalities and of the
-- ministry, curators' visits, partner schools and recommendations.
-- Deterministic: every figure is arithmetic on the row numbers. Run after national-registry.sql.

-- Eight municipalities in ten have a roadmap for 2024–2026 approved by an order, one in ten a draft, one none.
insert into roadmap (level, region_id, municipality_id, direction_code, title, goal, year_from, year_to, periodicity,
                     report_due_day, document_kind, document_number, document_date, document_authority, status,
                     created_by, updated_by)
select 'MUNICIPALITY', m.region_id, m.id, '1.2', 'Дорожная карта по повышению качества образования в ШНОР и ШНСУ (' || m.name || ')',
       'Повышение качества образовательных результатов', 2024, 2026, 'HALF_YEAR', 15,
       a.kind, a.number, a.date, a.authority, case when a.number is null then 'DRAFT' else 'IN_EXECUTION' end,
       'benchmark', 'benchmark'
from municipality m
cross join lateral (select case when m.id % 10 < 8 then 'Приказ' end as kind,
                           case when m.id % 10 < 8 then 'ОБР-' || m.id end as number,
                           case when m.id % 10 < 8 then date '2024-01-25' end as date,
                           case when m.id % 10 < 8 then 'Управление образования' end as authority) a
where m.created_by = 'benchmark' and m.id % 10 <> 9;

insert into roadmap_section (roadmap_id, position, title)
select r.id, 1, 'Мероприятия по работе со школами' from roadmap r where r.created_by = 'benchmark';

-- Sixteen items each: the even ones for the whole term, the odd ones in one quarter of 2024 or 2025.
insert into roadmap_item (roadmap_id, section_id, position, number, title, timeframe, whole_period, windows, starts_on,
                          ends_on, executors, updated_by)
select s.roadmap_id, s.id, i, '1.' || i, 'Мероприятие ' || i || ' по поддержке школ', q.timeframe, i % 2 = 0,
       case when i % 2 = 0 then '[]'::jsonb
            else jsonb_build_array(jsonb_build_object('from', q.starts_on, 'to', q.ends_on)) end,
       case when i % 2 = 0 then date '2024-01-01' else q.starts_on end,
       case when i % 2 = 0 then date '2026-12-31' else q.ends_on end,
       'Управление образования', 'benchmark'
from roadmap_section s join roadmap r on r.id = s.roadmap_id and r.created_by = 'benchmark'
cross join generate_series(1, 16) i
cross join lateral (select make_date(2024 + (i / 2) % 2, 1 + 3 * ((i / 4) % 4), 1) as starts_on) w
cross join lateral (select w.starts_on, (w.starts_on + interval '3 months - 1 day')::date as ends_on,
                           case when i % 2 = 0 then 'весь период' else to_char(w.starts_on, 'MM.YYYY') end as timeframe) q;

-- The approved roadmaps' four half-year reports: accepted, except that a third of the municipalities still have
-- 2025-H2 under review and one in seven returned it.
insert into roadmap_report (roadmap_id, period, status, submitted_at, submitted_by, reviewed_at, reviewed_by,
                            review_comment, created_by, updated_by)
select r.id, p.period, st.status,
       p.due, 'benchmark', case when st.status <> 'SUBMITTED' then p.due + interval '10 days' end,
       case when st.status <> 'SUBMITTED' then 'benchmark' end,
       case when st.status = 'RETURNED' then 'Уточните сведения о выполнении' end, 'benchmark', 'benchmark'
from roadmap r
cross join (values ('2024-H1', timestamptz '2024-07-15'), ('2024-H2', timestamptz '2025-01-15'),
                   ('2025-H1', timestamptz '2025-07-15'), ('2025-H2', timestamptz '2026-01-15')) p(period, due)
cross join lateral (select case when p.period = '2025-H2' and r.municipality_id % 7 = 0 then 'RETURNED'
                                when p.period = '2025-H2' and r.municipality_id % 3 = 0 then 'SUBMITTED'
                                else 'ACCEPTED' end as status) st
where r.created_by = 'benchmark' and r.status <> 'DRAFT';

-- Each report says of every item of its half-year: done for most, with a link in two of three; in progress for the
-- whole-term ones now and then; not done with a reason for some.
insert into roadmap_item_report (report_id, item_id, status, done_text, reason, evidence, updated_by)
select rr.id, i.id, st.status,
       case when st.status = 'DONE' then 'Выполнено в срок' end,
       case when st.status = 'NOT_DONE' then 'Перенесено на следующий период' end,
       case when st.status = 'DONE' and (i.id + rr.id) % 3 <> 0
            then jsonb_build_array(jsonb_build_object('url', 'https://edu.example.ru/news/' || i.id || '-' || rr.id,
                                                      'title', 'Публикация о мероприятии'))
            else '[]'::jsonb end,
       'benchmark'
from roadmap_report rr
join roadmap r on r.id = rr.roadmap_id and r.created_by = 'benchmark'
cross join lateral (select make_date(left(rr.period, 4)::int, case when rr.period like '%H1' then 1 else 7 end, 1) as h_start) h
join roadmap_item i on i.roadmap_id = r.id and i.starts_on < h.h_start + interval '6 months' and i.ends_on >= h.h_start
cross join lateral (select case when (i.id * 7 + rr.id) % 11 = 0 then 'NOT_DONE'
                                when i.whole_period and (i.id + rr.id) % 4 = 0 then 'IN_PROGRESS'
                                else 'DONE' end as status) st;

-- Six events a year of each municipality for its schools: named schools, the programme's categories, or the
-- attendance of the municipality's schools; half of them published.
insert into method_event (owner_type, region_id, municipality_id, kind, held_on, organiser_name, topic,
                          audience_school_ids, audience_categories, attendance, publication_url, created_by, updated_by)
select 'MUNICIPALITY', m.region_id, m.id, (array['SEMINAR', 'MASTER_CLASS', 'CONSULTATION'])[1 + k % 3],
       make_date(y, 2 + k, 10 + (m.id % 15)::int), 'Управление образования (' || m.name || ')',
       'Методический семинар № ' || k || ' для школ с низкими результатами',
       case when k % 3 = 0 then coalesce((select jsonb_agg(s.id) from school s
                                         where s.municipality_id = m.id and (s.id + k) % 4 = 0), '[]') else '[]' end,
       case when k % 3 = 1 then '["SHNOR", "SHNSU"]'::jsonb else '[]' end,
       case when k % 3 = 2 then coalesce((select jsonb_agg(jsonb_build_object('schoolId', s.id, 'participants', 2 + s.id % 5))
                                         from school s where s.municipality_id = m.id and (s.id + k) % 3 = 0), '[]')
            else '[]' end,
       case when (m.id + k) % 2 = 0 then 'https://edu.example.ru/events/' || m.id || '-' || y || '-' || k end,
       'benchmark', 'benchmark'
from municipality m cross join generate_series(2024, 2025) y cross join generate_series(1, 6) k
where m.created_by = 'benchmark';

-- Twelve webinars a year of each ministry for the programme's categories: for the whole region, or for three of its
-- municipalities.
insert into method_event (owner_type, region_id, kind, held_on, organiser_name, topic, audience_categories,
                          audience_municipality_ids, publication_url, created_by, updated_by)
select 'REGION', g.id, 'WEBINAR', make_date(y, k, 20), 'Министерство образования', 'Вебинар № ' || k || ' для ШНОР',
       '["SHNOR", "SHNSU"]',
       case when k % 2 = 0 then '[]'::jsonb
            else coalesce((select jsonb_agg(m.id) from municipality m where m.region_id = g.id and (m.id + k) % 8 = 0), '[]') end,
       'https://edu.example.ru/webinars/' || g.id || '-' || y || '-' || k, 'benchmark', 'benchmark'
from region g cross join generate_series(2024, 2025) y cross join generate_series(1, 12) k
where g.name like 'Регион %';

-- The programme's schools of each year: a curator's visit (held in two of three), a partner school in one of four
-- (the first other school of the municipality) and a recommendation in one of two, answered or done in most.
create temporary table programme_school as
select distinct s.id as school_id, s.municipality_id, m.region_id, a.year
from school_category_assignment a join school s on s.id = a.school_id join municipality m on m.id = s.municipality_id
where s.created_by = 'benchmark' and a.year in (2024, 2025) and a.revoked_at is null;

insert into curator_visit (region_id, school_id, curator_username, curator_name, visit_on, purpose, status, findings,
                           created_by, updated_by)
select p.region_id, p.school_id, 'bench.curator.' || p.municipality_id, 'Куратор муниципалитета ' || p.municipality_id,
       make_date(p.year, 3 + (p.school_id % 8)::int, 5 + (p.school_id % 20)::int), 'Методическое сопровождение',
       case when p.school_id % 3 <> 0 then 'HELD' else 'PLANNED' end,
       case when p.school_id % 3 <> 0 then 'Даны рекомендации по подготовке к ВПР' end, 'benchmark', 'benchmark'
from programme_school p;

insert into partner_pair (region_id, year, leader_school_id, supported_school_id, agreement_number, agreement_date,
                          created_by, updated_by)
select p.region_id, p.year, l.id, p.school_id, 'СП-' || p.school_id || '-' || p.year, make_date(p.year, 2, 1),
       'benchmark', 'benchmark'
from programme_school p
cross join lateral (select s.id from school s where s.municipality_id = p.municipality_id and s.id <> p.school_id
                    order by s.id limit 1) l
where p.school_id % 4 = 0;

insert into recommendation (region_id, issuer_type, issuer_id, issuer_name, issued_by, addressee_type, addressee_id,
                            municipality_id, school_id, text, basis_kind, issued_on, due_on, status, answer, answered_at,
                            answered_by, done_text, done_at, done_by, updated_by)
select p.region_id, 'REGION', p.region_id, 'Министерство образования', 'benchmark', 'SCHOOL', p.school_id,
       p.municipality_id, p.school_id, 'Проанализировать результаты ВПР и скорректировать программу развития',
       'MONITORING', make_date(p.year, 4, 1), make_date(p.year, 6, 1), st.status,
       case when st.status in ('ANSWERED', 'DONE') then 'Программа скорректирована' end,
       case when st.status in ('ANSWERED', 'DONE') then make_date(p.year, 5, 15)::timestamptz end,
       case when st.status in ('ANSWERED', 'DONE') then 'benchmark' end,
       case when st.status = 'DONE' then 'Выполнено' end,
       case when st.status = 'DONE' then make_date(p.year, 5, 30)::timestamptz end,
       case when st.status = 'DONE' then 'benchmark' end, 'benchmark'
from programme_school p
cross join lateral (select case p.school_id % 5 when 0 then 'ISSUED' when 1 then 'DONE' else 'ANSWERED' end as status) st
where p.school_id % 2 = 0;

drop table programme_school;

analyze;
