/** Actions: owner and due date, reminders, overdue, the escalation ladder, completion. */
@org.springframework.modulith.ApplicationModule(displayName = "Action")
package org.convene.action;
