-- The audit trail is read by person and by date as well as by entity.
create index audit_event_actor on audit_event (actor, seq);
create index audit_event_occurred on audit_event (occurred_at);
