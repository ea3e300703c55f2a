/** What managers see across modules: overdue and escalated actions, and timeliness figures for actions and meetings. */
@org.springframework.modulith.ApplicationModule(displayName = "Oversight")
package org.convene.oversight;
