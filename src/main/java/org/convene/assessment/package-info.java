/**
 * Peer group and location assessments (contextual safeguarding): who leads one and when it is due, what is known of
 * the group or place, its context weighting and an intervention plan of actions by agency; reviewed at the locality
 * meeting, and closed with an outcome. Started from a locality meeting's decision about a peer group or a location.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Peer group and location assessments")
package org.convene.assessment;
