-- A delegate named in an answer gets an invitation of their own, linked to the one they stand in for; an invitation to
-- an agency's duty inbox records who came for the agency; the chair may record an answer given another way.
alter table invitation add column delegate_of_id bigint references invitation (id);
alter table invitation add column attended_by varchar(200);
alter table invitation add column answer_recorded_by varchar(100);
