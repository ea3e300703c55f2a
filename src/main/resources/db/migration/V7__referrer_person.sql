-- A referrer who is in the directory may read the meeting and their own copy of its minutes, as the link in the
-- "minutes ready" mail promises. Existing meetings are linked by the referrer's e-mail address.
alter table meeting add column referrer_person_id bigint references person (id);

update meeting set referrer_person_id = (
    select min(p.id) from person p where lower(p.email) = lower(meeting.referrer_email) and p.active)
where referrer_email is not null;
