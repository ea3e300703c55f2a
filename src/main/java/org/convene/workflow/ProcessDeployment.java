package org.convene.workflow;

import io.camunda.client.annotation.Deployment;
import org.springframework.context.annotation.Configuration;

/** Every BPMN file in bpmn/ is deployed when Convene starts; Zeebe ignores a file that has not changed. */
@Configuration(proxyBeanMethods = false)
@Deployment(resources = "classpath*:/bpmn/*.bpmn")
class ProcessDeployment {
}
