package org.convene.workflow;

/** Where the Zeebe engine runs: in this process (the embedded default), in a Camunda 8 cluster, or not at all (command-line tools). */
public enum EngineMode {
    EMBEDDED, REMOTE, NONE
}
