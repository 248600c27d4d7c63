-- One audit ledger and the change feed read from it.
--
-- Every change of an audited entity (Hibernate Envers, @Audited) and every change written with SQL (indicator values,
-- imports, targets) leaves an entry here, in the transaction of the change: who (a user or a service account), when,
-- which object, which fields changed (old → new), the request and the reason. The entry also names the organisation
-- the object belongs to (region, municipality, school), taken when the change is written, so that a municipality reads
-- its own objects' entries without joining back to objects that may have been deleted since.
--
-- An entry's position is its place in the change feed. Positions come from the one row of change_feed_counter, which
-- the writing transaction updates just before it commits: the row lock makes transactions that write entries take
-- their positions in the order in which they commit, so a reader that has seen position N never later finds a
-- committed entry below N (a sequence would hand out numbers in the order transactions began, and a transaction that
-- began first but committed last would put its entry behind a reader's cursor). A rolled-back transaction gives its
-- positions back, so positions have no gaps at all.

alter table audit_revision
    add column request_id varchar(100),
    add column actor_kind varchar(16) not null default 'USER',
    add constraint ck_audit_revision_actor_kind check (actor_kind in ('USER', 'SERVICE', 'SYSTEM'));

create table change_feed_counter (
    id             boolean primary key default true,
    last_position  bigint  not null,
    constraint ck_change_feed_counter_one_row check (id)
);
insert into change_feed_counter (id, last_position) values (true, 0);

create table audit_entry (
    position         bigint        primary key,
    rev              bigint        not null references audit_revision (id),
    changed_at       timestamptz   not null,
    actor            varchar(100)  not null,
    actor_kind       varchar(16)   not null,
    request_id       varchar(100),
    -- The entity kind: the audited entity's name in kebab case (school, roadmap-item) or a kind written with SQL
    -- (indicator-value, indicator-import, indicator-target-set).
    entity_kind      varchar(60)   not null,
    entity_id        varchar(200)  not null,
    operation        varchar(8)    not null,
    -- The part of the API the object belongs to, for service accounts' scopes: registry, values, roadmaps, other.
    area             varchar(16)   not null,
    region_id        bigint,
    municipality_id  bigint,
    school_id        bigint,
    reason           varchar(2000),
    -- [{"field": "shortName", "old": "…", "new": "…"}]
    changes          jsonb         not null default '[]',
    -- The CloudEvents type and subject of the entry as the change feed shows it.
    event_type       varchar(120)  not null,
    subject          varchar(400),
    constraint ck_audit_entry_operation check (operation in ('CREATE', 'UPDATE', 'DELETE')),
    constraint ck_audit_entry_actor_kind check (actor_kind in ('USER', 'SERVICE', 'SYSTEM'))
);
create index ix_audit_entry_region on audit_entry (region_id, position);
create index ix_audit_entry_municipality on audit_entry (municipality_id, position);
create index ix_audit_entry_school on audit_entry (school_id, position);
create index ix_audit_entry_object on audit_entry (entity_kind, entity_id, position);
create index ix_audit_entry_actor on audit_entry (actor, position);
create index ix_audit_entry_request on audit_entry (request_id) where request_id is not null;
create index ix_audit_entry_time on audit_entry (changed_at);

-- An import job records who started it and in which request, for the entries its transaction writes later.
alter table import_job
    add column request_id varchar(100),
    add column actor_kind varchar(16) not null default 'USER';

-- Entities audited from now on, so that the ledger covers categories, the catalogue, campaigns and attachments.
create table school_category_assignment_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    school_id bigint, year integer, category varchar(32), document_number varchar(100), document_date date,
    document_authority varchar(300), assigned_at timestamptz, assigned_by varchar(100), revoked_at timestamptz,
    revoked_by varchar(100), revocation_reason varchar(1000),
    primary key (id, rev)
);
create table indicator_aud (
    id integer not null, rev bigint not null references audit_revision (id), revtype smallint,
    code varchar(40), region_id bigint, name varchar(500), description varchar(4000), group_code varchar(32),
    value_type varchar(16), unit varchar(30), better varchar(8), source varchar(16), periodicity varchar(16),
    dimensions jsonb, numerator_id integer, denominator_id integer, min_value numeric(18, 4), max_value numeric(18, 4),
    required boolean, max_change numeric(18, 4), archived boolean,
    primary key (id, rev)
);
create table collection_campaign_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    region_id bigint, municipality_id bigint, name varchar(300), period varchar(7), year integer, opens_on date,
    deadline date, status varchar(16), target_rule jsonb, opened_at timestamptz, closed_at timestamptz,
    primary key (id, rev)
);
create table campaign_form_aud (
    campaign_id bigint not null, school_id bigint not null, rev bigint not null references audit_revision (id),
    revtype smallint, municipality_id bigint, status varchar(16), submitted_at timestamptz, submitted_by varchar(100),
    reviewed_at timestamptz, reviewed_by varchar(100), return_reason varchar(2000),
    primary key (campaign_id, school_id, rev)
);
create table roadmap_attachment_aud (
    id bigint not null, rev bigint not null references audit_revision (id), revtype smallint,
    item_report_id bigint, file_name varchar(255), content_type varchar(100), size_bytes bigint, sha256 char(64),
    uploaded_at timestamptz, uploaded_by varchar(100),
    primary key (id, rev)
);

-- An import job's ledger entries name the values it updated, read back from the history rows it wrote.
create index ix_value_history_import_job on indicator_value_history (import_job_id) where import_job_id is not null;
