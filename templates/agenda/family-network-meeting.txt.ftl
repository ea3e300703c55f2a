<#-- A family network meeting's stages (reference §5.2): information sharing, private family time, agreeing the plan. -->
Welcome and introductions, and how the meeting will run
Information sharing: the worries, what must change, and what is not negotiable
The child's views
Private family time: the professionals leave
Agreeing the plan: each task, who does it, by when, and who checks
The support the family needs from services, and the back-up plan
Whether the council agrees the plan, and the date of the review
