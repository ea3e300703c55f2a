/**
 * Missing child coordination as a case workflow: an episode of a child going missing, graded for risk and escalated in
 * clock hours while the child is missing (bpmn/missing-episode.bpmn), the coordination meetings it convenes through the
 * meeting module, the return home interview after every return, and the flag raised when a child goes missing again
 * and again (a public event other workflows may act on).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Missing child coordination")
package org.convene.missing;
