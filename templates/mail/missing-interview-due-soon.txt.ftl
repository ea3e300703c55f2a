Subject: A return home interview is due soon
A return home interview after a child came back from being missing is due by ${dueBy}. It has not been recorded as completed yet.

${baseUrl}/missing/${episodeId?c}

<#if asManager>You are receiving this as the manager of the person or service it is assigned to.<#else>You are receiving this because the interview is assigned to you or your service.</#if>
