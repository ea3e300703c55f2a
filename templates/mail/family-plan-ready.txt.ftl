Subject: Your family plan is ready
Dear ${name},

The plan your family made is ready. ${coordinator} will give you a copy.

If you have questions, write to ${coordinatorEmail}<#if phone?has_content> or call ${phone}</#if>.
<#if interpreter>
An interpreter will explain the plan to you.
</#if>

${coordinator}
Family meeting coordinator
