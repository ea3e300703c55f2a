-- The manager's timeliness figures count actions completed in the last 90 days, and meetings raised in it.
create index action_closed on action (status, closed_at);
create index meeting_raised on meeting (raised_at);
