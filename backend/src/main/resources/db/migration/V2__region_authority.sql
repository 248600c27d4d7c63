-- The regional education authority (e.g. «Министерство образования Пензенской области»): the organisation
-- a ministry user belongs to and the usual author of approving documents.
alter table region add column authority_name varchar(300);
