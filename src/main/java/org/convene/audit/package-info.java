/** The append-only, hash-chained audit trail and its verifier. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.convene.audit;
