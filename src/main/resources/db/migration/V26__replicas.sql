-- ShedLock's table: which replica runs a piece of scheduled work, until when.
create table shedlock (
    name       varchar(64)  not null primary key,
    lock_until timestamp    not null,
    locked_at  timestamp    not null,
    locked_by  varchar(255) not null
);

-- A mail being sent belongs to the replica sending it until its lease runs out; only then may another send it.
alter table outbox_mail add column claimed_by varchar(200);
alter table outbox_mail add column claimed_until timestamp with time zone;
