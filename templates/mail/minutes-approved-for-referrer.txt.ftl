Subject: A meeting you referred has approved minutes
The multi-agency safeguarding meeting about a concern you referred has been held, and its minutes are approved.

You do not have an account in Convene, so they are not sent to you. <#if chairName??>To hear what you may be told, contact the chair, ${chairName}, at ${chairEmail}.<#else>To hear what you may be told, contact the children's services team that you referred to.</#if>
