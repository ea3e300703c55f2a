-- An invitee without a Convene account opens their meeting's papers through the link in their invitation and a
-- one-time code sent to the invitation's address. One code at a time per invitation; only its hash is kept.
create table guest_code (
    invitation_id bigint primary key references invitation (id),
    code_hash     char(64)                 not null,
    sent_at       timestamp with time zone not null,
    expires_at    timestamp with time zone not null,
    attempts      int                      not null default 0
);
