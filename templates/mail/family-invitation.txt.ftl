Subject: You are invited to a family meeting
Dear ${name},

You are invited to a family meeting. Your family and friends will make a plan together.

When: ${startsAt} to ${endsAt}
Where: ${place}

Please tell ${coordinator} if you can come. You can reply to ${coordinatorEmail}<#if phone?has_content> or call ${phone}</#if>.
<#if interpreter>
An interpreter will be at the meeting for you. Tell ${coordinator} if you need one to explain this message.
</#if>

${coordinator}
Family meeting coordinator
