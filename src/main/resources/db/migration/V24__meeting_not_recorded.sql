-- When the chair was asked to record whether a meeting took place, once its time had passed without it being recorded.
alter table meeting add column not_recorded_chased_at timestamp with time zone;
