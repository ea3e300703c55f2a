Subject: An action has been assigned to you
An action in Convene has been assigned to you. It is due on ${dueDate}.

Open it to see what it is and to record its outcome:
${baseUrl}/actions/${actionId?c}
<#if completionToken??>

To record its outcome without signing in:
${baseUrl}/actions/${actionId?c}/complete?token=${completionToken}
</#if>

You are receiving this because of your role in a multi-agency safeguarding meeting.
