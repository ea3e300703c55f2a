-- Private family time is a status of its own, in which nothing of the meeting is recorded: a referral whose private
-- family time started and has not ended is in it.
update family_referral set status = 'PRIVATE_TIME'
where status = 'MEETING' and private_time_started_at is not null and private_time_ended_at is null;
