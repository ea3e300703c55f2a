/**
 * The subjects of concern every workflow refers to: children, peer groups and locations, the links between them, and
 * each subject's page, where everything about it across workflows meets. Workflows tell it which of their cases are
 * about which subjects, and contribute the entries of a subject's timeline.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Subject")
package org.convene.subject;
