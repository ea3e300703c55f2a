-- From this event on, each audit event's hash is keyed (HMAC-SHA256 with convene.audit.key, which is not in the
-- database); events before it keep their plain SHA-256. Every signed checkpoint repeats this number, so changing it
-- here cannot turn keyed events back into plain ones unnoticed.
alter table audit_chain_head add column keyed_from bigint not null default 1;
update audit_chain_head set keyed_from = last_seq + 1;
