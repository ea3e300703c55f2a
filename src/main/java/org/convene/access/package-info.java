/**
 * Who may read and do what: the one place the rules for meetings and actions are written. Modules hand it the facts
 * of one of their items and check its answer on every read and every change.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Access")
package org.convene.access;
