package org.convene.web;

import org.convene.support.Scenario;
import org.junit.platform.suite.api.SelectClasses;
import org.junit.platform.suite.api.Suite;

/**
 * The classes that read the {@link Scenario}, run as one unit so that the build gives them to the same test JVM, which
 * builds the scenario once (the build runs two JVMs side by side; see the pom). Each class still runs alone with
 * {@code -Dtest=AccessMatrixTest}, say.
 */
@Suite
@SelectClasses({AccessMatrixTest.class, EveryPageTest.class})
class ScenarioTests {
}
