/** The few types every module shares: the exceptions that become HTTP problem details. */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.convene.shared;
