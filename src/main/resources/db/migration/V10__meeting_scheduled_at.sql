-- When the meeting's time was last set (convened or moved): a meeting set at short notice is not sent a reminder, nor
-- an acceptance alert, within moments of its invitation.
alter table meeting add column scheduled_at timestamp with time zone;
update meeting set scheduled_at = convened_at where convened_at is not null;
