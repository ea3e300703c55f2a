/**
 * Family network meetings (family group decision making) as a case workflow: a social worker's referral, a coordinator
 * within 2 working days, the baseline, the network's preparation (each member reached by e-mail, post, phone or in
 * person), the meeting's stages with private family time kept as its start and end only, the family's plan (family
 * members' tasks reviewed with them, services' tasks on the shared action ladder), its review, all within 8 weeks
 * (bpmn/family-network-meeting.bpmn); and the plain-language letters and plan families receive. Its meetings run
 * through the meeting module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Family network meetings")
package org.convene.family;
