/**
 * Orchestration: the engine (embedded or remote), deployment of bpmn/, the one gateway other modules use to start
 * processes and publish messages, and the recovery of open work at start.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workflow")
package org.convene.workflow;
