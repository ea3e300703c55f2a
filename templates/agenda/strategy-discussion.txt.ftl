<#-- The standard items of a strategy discussion, one a line (reference §2.4). The chair edits them until the meeting. -->
Introductions, the confidentiality statement, and apologies (with reasons)
The reason for the meeting, and who may be at risk, including children outside the family
Immediate action taken so far
Information from each agency
Risk analysis: what are we worried about, what is working well, what needs to happen
<#if subjectCount gt 1>Each child in turn: their lived experience and their own views<#else>The child's lived experience and their own views</#if>
Decision: whether to start or continue section 47 enquiries, and how (single or joint with police)
Conduct and timing of any criminal investigation
Plan: who does what, by when, and for what purpose
Immediate safeguarding and interim support
What will be shared with the family, and when (unless it would put the child at risk or harm an investigation)
Date of any review strategy discussion
