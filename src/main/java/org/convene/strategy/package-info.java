/**
 * The strategy discussion as a case workflow: a concern about children, the discussions it convenes through the
 * meeting module (the first, reviews, a complex strategy meeting), the per-child record it adds to their minutes, and
 * the statutory clocks its decisions start (the section 47 outcome, the initial child protection conference).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Strategy discussion")
package org.convene.strategy;
