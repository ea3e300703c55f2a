<#-- The standard items of a missing coordination meeting while the child is still missing (reference §3.2, §3.3). -->
Introductions, the confidentiality statement, and apologies (with reasons)
What is known: when the child was last seen, sightings and information since, the police investigation
The risk grading, and whether it should change
Exploitation: who the child may be with, places and people of concern
What each agency will do to find the child, and who tells whom
Whether a strategy discussion is needed (significant harm, exploitation)
Support and safety planning for the child's return, and who will offer the return home interview
Date of the next meeting if the child is still missing
