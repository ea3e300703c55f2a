-- A mail that cannot be delivered becomes a task for the person who follows it up (the meeting's chair, the action
-- owner's manager...), until they resend it or mark it dealt with another way.
alter table outbox_mail add column follow_up_person_id bigint references person (id);
alter table outbox_mail add column about_path varchar(200);
-- Why the last attempt failed: UNREACHABLE (the server was down or did not answer: retried when it returns)
-- or REFUSED (the server will never take it).
alter table outbox_mail add column failure varchar(20);
alter table outbox_mail add column dealt_with_at timestamp with time zone;
alter table outbox_mail add column dealt_with_by varchar(100);

create index outbox_mail_follow_up on outbox_mail (follow_up_person_id, status);
