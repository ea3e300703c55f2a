Subject: <#if count == 1>An incident has<#else>${count} incidents have</#if> not been triaged in time
<#if count == 1>An incident logged for the daily briefing was<#else>${count} incidents logged for the daily briefing were</#if> not triaged by the end of the working day after it was logged.

${baseUrl}/briefings

You are receiving this as the team manager who chairs the daily incident briefing.
