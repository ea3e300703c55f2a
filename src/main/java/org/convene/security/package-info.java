/** Sign-in (form and OIDC), roles from the directory, and the security headers every response carries. */
@org.springframework.modulith.ApplicationModule(displayName = "Security")
package org.convene.security;
