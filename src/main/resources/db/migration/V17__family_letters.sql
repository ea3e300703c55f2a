-- Letters to parents after a strategy discussion: an entry of the record may be about one child, and the chair puts the
-- children of different families in different groups, so that each family's letter holds only what is theirs.
alter table record_entry add column subject_id bigint references subject (id);
alter table strategy_child_record add column family int not null default 1;
