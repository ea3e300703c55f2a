-- The manager's dashboard counts overdue open actions and those completed in the last 90 days, among a million.
-- These indexes hold every column the counts and their filters read (id for the escalations a manager was sent),
-- so the counts are index-only scans instead of a read of each scattered row (measured in docs/benchmarks.md).
-- They replace the two narrower ones they begin with.
drop index action_open_by_due;
drop index action_closed;
create index action_by_due on action (status, due_date, id, owner_person_id, owner_agency_id, escalation_level, meeting_type);
create index action_by_closed on action (status, closed_at, id, owner_person_id, owner_agency_id, completed_on_time, meeting_type);
