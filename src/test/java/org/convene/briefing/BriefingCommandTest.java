package org.convene.briefing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.briefing.BriefingStatus.DONE;
import static org.convene.briefing.BriefingStatus.OPEN;
import static org.convene.briefing.BriefingStatus.SCHEDULED;

import java.util.EnumMap;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** Every status of a day's briefing against every command: exactly these changes, the rest a conflict. */
class BriefingCommandTest {

    private static final Map<BriefingStatus, Map<BriefingCommand, BriefingStatus>> BRIEFING = new EnumMap<>(Map.of(
            SCHEDULED, Map.of(BriefingCommand.OPEN_AGENDA, OPEN),
            OPEN, Map.of(BriefingCommand.END_DAY, DONE, BriefingCommand.RECORD_ATTENDANCE, OPEN),
            DONE, Map.of(BriefingCommand.RECORD_ATTENDANCE, DONE)));

    @Test
    void everyBriefingStatusAgainstEveryCommand() {
        for (BriefingStatus status : BriefingStatus.values()) {
            for (BriefingCommand command : BriefingCommand.values()) {
                BriefingStatus expected = BRIEFING.get(status).get(command);
                assertThat(command.allowedIn(status)).as(command + " in " + status).isEqualTo(expected != null);
                if (expected == null) {
                    assertThatThrownBy(() -> command.from(status)).as(command + " in " + status).isInstanceOf(ConflictException.class);
                } else {
                    assertThat(command.from(status)).as(command + " in " + status).isEqualTo(expected);
                }
            }
        }
    }
}
