-- The user directory: who a login is, as people read it. Keycloak owns the accounts; a row is recorded from the
-- verified token when the user opens the SPA (GET /api/v1/me) and refreshed when the token says otherwise. Views send
-- the display name beside the login they store (submittedBy → submittedByName). A login never seen here is shown as
-- it is. User accounts are the only personal data the system keeps.

create table user_account (
    username           varchar(100) primary key,
    display_name       varchar(200) not null,
    organisation_type  varchar(16),
    organisation_code  varchar(20),
    organisation_name  varchar(300),
    version            bigint       not null default 0,
    updated_at         timestamptz  not null
);

create table user_account_aud (
    username           varchar(100) not null,
    rev                bigint       not null references audit_revision (id),
    revtype            smallint,
    display_name       varchar(200),
    organisation_type  varchar(16),
    organisation_code  varchar(20),
    organisation_name  varchar(300),
    primary key (username, rev)
);

-- Changes made outside a request (background work) are stamped «system» (AuditRevisionListener).
insert into user_account (username, display_name, updated_at) values ('system', 'Система', now());
