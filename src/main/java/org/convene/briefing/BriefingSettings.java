package org.convene.briefing;

import java.time.LocalTime;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code convene.briefing.*}: the time of the briefing each working day (council time), its chair (the team manager,
 * who is told of incidents not triaged in time), and its standing members: usernames in the directory, from the
 * Partnership Team, the police and partners. They, with the chair, see the incident log and triage it.
 */
@ConfigurationProperties("convene.briefing")
record BriefingSettings(@DefaultValue("09:30") LocalTime time, String chair, @DefaultValue List<String> members) {
}
