-- «Требует внимания» reads a school's open forms by school: the form's primary key leads with the campaign.
create index ix_form_school on campaign_form (school_id, status);
