/** Agencies, people (role, agency, line manager), teams and localities. */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.convene.directory;
