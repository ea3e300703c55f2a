<#-- The baseline meeting of referrer, coordinator and manager before a family network meeting (reference §5.2). -->
Introductions
The worries, and what must change for the child
The objective of the family network meeting
The questions the family will be asked to answer
The council's bottom lines: what is not negotiable
The resources the council can offer the family's plan
Who is in the family network, and how to reach them
