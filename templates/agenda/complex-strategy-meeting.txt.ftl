<#-- The standard items of a complex strategy meeting, one a line (reference §2.3). The chair edits them until the meeting. -->
Introductions, the confidentiality statement, and apologies (with reasons)
Why the concern is complex, and what the first strategy discussion decided
<#if subjectCount gt 1>Each child in turn: what is known, their lived experience and their own views<#else>The child: what is known, their lived experience and their own views</#if>
Information from each agency, including about the adults, places and peer groups involved
Risk analysis: what are we worried about, what is working well, what needs to happen
Disruption of those who pose a risk, and the criminal investigation
Decision: section 47 enquiries for each child, and how they are coordinated
Plan: who does what, by when, and for what purpose
What will be shared with each family, and when
Date of the next meeting
