<#-- The standard items of a weekly locality meeting (reference §4.2, §4.3); the subjects, incidents and episodes are on the date's own agenda. -->
The confidentiality statement, introductions and apologies
New referrals: the referrer presents each child, peer group or location, and why
Subjects under review: updates from the agencies involved, the analysis and the decision for each
Incidents from the daily briefings and missing episodes since the last meeting
Actions carried forward: done, open and overdue
Peer group and location assessments to review
Themes, trends and places of concern across the locality
