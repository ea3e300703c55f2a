package org.convene.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.camunda.client.annotation.JobWorker;
import io.camunda.zeebe.model.bpmn.Bpmn;
import io.camunda.zeebe.model.bpmn.BpmnModelInstance;
import io.camunda.zeebe.model.bpmn.instance.Message;
import io.camunda.zeebe.model.bpmn.instance.Process;
import io.camunda.zeebe.model.bpmn.instance.TimerEventDefinition;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeSubscription;
import io.camunda.zeebe.model.bpmn.instance.zeebe.ZeebeTaskDefinition;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * The contract between every file in bpmn/ and the Java that runs it, checked without starting anything: each job
 * type has a worker; each timer and correlation key reads a variable a {@code *Schedule} sets (its constants name
 * them); each message is a {@code MESSAGE_*} constant of the {@link WorkflowProcess} that publishes it, and each such
 * constant is a message of that process; and every step recovery restarts at ({@code STEP_*}) is in the diagram.
 */
class BpmnContractTest {

    private static Map<String, BpmnModelInstance> processes;
    private static List<Class<?>> classes;

    @BeforeAll
    static void read() {
        processes = new HashMap<>();
        for (File file : Objects.requireNonNull(new File("bpmn").listFiles((dir, name) -> name.endsWith(".bpmn")))) {
            BpmnModelInstance model = Bpmn.readModelFromFile(file);
            model.getModelElementsByType(Process.class).forEach(process -> processes.put(process.getId(), model));
        }
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter((reader, factory) -> reader.getClassMetadata().getClassName().startsWith("org.convene."));
        classes = scanner.findCandidateComponents("org.convene").stream().<Class<?>>map(bean -> load(bean.getBeanClassName())).toList();
    }

    @Test
    void everyProcessIsBoundToOneWorkflowProcess() {
        assertThat(processes).isNotEmpty();
        assertThat(workflowProcesses().stream().map(type -> constant(type, "PROCESS_ID")).toList())
                .containsExactlyInAnyOrderElementsOf(processes.keySet());
    }

    @Test
    void everyJobTypeHasAWorker() {
        Set<String> workers = classes.stream().flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(method -> method.isAnnotationPresent(JobWorker.class)).map(method -> method.getAnnotation(JobWorker.class).type())
                .collect(Collectors.toSet());
        Set<String> jobTypes = models().flatMap(model -> model.getModelElementsByType(ZeebeTaskDefinition.class).stream())
                .map(ZeebeTaskDefinition::getType).collect(Collectors.toSet());
        assertThat(jobTypes).isNotEmpty();
        assertThat(workers).as("every job type in bpmn/ has a @JobWorker").containsAll(jobTypes);
    }

    @Test
    void everyTimerAndCorrelationKeyReadsAVariableAScheduleSets() {
        Set<String> scheduled = classes.stream().filter(type -> type.getSimpleName().endsWith("Schedule"))
                .flatMap(type -> constants(type, "").values().stream()).collect(Collectors.toSet());
        List<String> timers = models().flatMap(model -> model.getModelElementsByType(TimerEventDefinition.class).stream())
                .flatMap(timer -> Stream.of(timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle()))
                .filter(Objects::nonNull).map(expression -> variable(expression.getTextContent())).toList();
        List<String> keys = models().flatMap(model -> model.getModelElementsByType(ZeebeSubscription.class).stream())
                .map(subscription -> variable(subscription.getCorrelationKey())).toList();
        assertThat(timers).isNotEmpty();
        assertThat(scheduled).as("every timer reads a date a *Schedule computes").containsAll(timers);
        assertThat(scheduled).as("every message correlates on a key a *Schedule sets").containsAll(keys);
    }

    @Test
    void everyMessageIsAConstantOfTheProcessThatPublishesItAndBackAgain() {
        for (Class<?> type : workflowProcesses()) {
            BpmnModelInstance model = processes.get(constant(type, "PROCESS_ID"));
            Set<String> inDiagram = model.getModelElementsByType(Message.class).stream().map(Message::getName).collect(Collectors.toSet());
            assertThat(constants(type, "MESSAGE_").values()).as(type.getSimpleName() + "'s messages")
                    .containsExactlyInAnyOrderElementsOf(inDiagram);
        }
    }

    @Test
    void everyStepRecoveryRestartsAtIsInTheDiagram() {
        for (Class<?> type : workflowProcesses()) {
            BpmnModelInstance model = processes.get(constant(type, "PROCESS_ID"));
            Map<String, String> steps = constants(type, "STEP_");
            assertThat(steps).as(type.getSimpleName() + " names the steps it restarts at").isNotEmpty();
            steps.forEach((name, id) -> assertThat((Object) model.getModelElementById(id)).as(type.getSimpleName() + "." + name + " = " + id).isNotNull());
        }
    }

    private static List<Class<?>> workflowProcesses() {
        return classes.stream().filter(WorkflowProcess.class::isAssignableFrom).filter(type -> type != WorkflowProcess.class).toList();
    }

    private static Stream<BpmnModelInstance> models() {
        return processes.values().stream().distinct();
    }

    /** A FEEL expression that reads one variable, as every timer and key in bpmn/ does: "=conveneBy". */
    private static String variable(String expression) {
        assertThat(expression.trim()).as("an expression that reads one variable").matches("=[A-Za-z]+");
        return expression.trim().substring(1);
    }

    private static String constant(Class<?> type, String name) {
        return constants(type, name).get(name);
    }

    /** The static final String constants of a class whose names start with {@code prefix}, by name. */
    private static Map<String, String> constants(Class<?> type, String prefix) {
        Map<String, String> constants = new HashMap<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && field.getType() == String.class && field.getName().startsWith(prefix)) {
                try {
                    field.setAccessible(true);
                    constants.put(field.getName(), (String) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return constants;
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
