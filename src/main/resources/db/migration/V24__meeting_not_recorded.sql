-- When the chair was asked to record whether a meeting took place, once its time had passed without it being recorded;
-- and the index the managers' count of such meetings reads.
alter table meeting add column not_recorded_chased_at timestamp with time zone;
create index meeting_not_recorded on meeting (status, ends_at);
