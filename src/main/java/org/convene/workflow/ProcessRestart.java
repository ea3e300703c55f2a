package org.convene.workflow;

import java.util.List;
import java.util.Map;

/**
 * One open item to carry on in the engine: its process, its business key, the instance it last ran in (or null),
 * the elements to start before, and the variables (with timer dates already computed).
 */
public record ProcessRestart(String bpmnProcessId, String businessKey, Long lastInstanceKey,
                             List<String> startBeforeElements, Map<String, Object> variables) {
}
