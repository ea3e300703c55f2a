/** The web shell: layout, home and sign-in pages, static assets and the API's problem details. */
@org.springframework.modulith.ApplicationModule(displayName = "Web")
package org.convene.web;
