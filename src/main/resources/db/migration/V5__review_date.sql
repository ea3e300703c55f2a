-- A strategy discussion may decide on a review strategy discussion by a set date: a new meeting, linked to it.
alter table meeting add column review_by date;
alter table meeting add column review_meeting_id bigint references meeting (id);
