/** Working days in England and Wales, and the configured timescales every workflow computes its dates from. */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package org.convene.calendar;
