package org.convene.workflow;

/** What a workflow's process carries: an item with an id (which keys its messages) and the instance it last ran in. */
public interface WorkflowItem {

    Long getId();

    /** The process instance the item last ran in, or null. */
    Long getProcessInstanceKey();
}
