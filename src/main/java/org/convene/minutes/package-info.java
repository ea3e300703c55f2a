/** The structured record of a meeting and its minutes: versions, approval, each reader's copy, PDF and circulation. */
@org.springframework.modulith.ApplicationModule(displayName = "Minutes")
package org.convene.minutes;
