Subject: Minutes of a multi-agency meeting are ready
The minutes of a multi-agency safeguarding meeting you were invited to are approved.

<#if guestToken??>
Read your copy (it holds what your agency may see); we will e-mail you a code to type in:
${baseUrl}/guest/invitations/${invitationId?c}?token=${guestToken}
<#else>
Read your copy (it holds what your agency may see):
${baseUrl}/meetings/${meetingId?c}/minutes/${version?c}
</#if>

Please do not forward them: they are OFFICIAL-SENSITIVE.
