package org.convene.family;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.family.FamilyCommand.AGREE_PLAN;
import static org.convene.family.FamilyCommand.ALLOCATE;
import static org.convene.family.FamilyCommand.CHANGE_NETWORK;
import static org.convene.family.FamilyCommand.CHANGE_PLAN;
import static org.convene.family.FamilyCommand.DECLINE;
import static org.convene.family.FamilyCommand.FINISH_PREPARATION;
import static org.convene.family.FamilyCommand.RECORD_BASELINE;
import static org.convene.family.FamilyCommand.RECORD_REVIEW;
import static org.convene.family.FamilyCommand.END_PRIVATE_TIME;
import static org.convene.family.FamilyCommand.START_PRIVATE_TIME;
import static org.convene.family.FamilyCommand.START_SHARING;
import static org.convene.family.FamilyCommand.SEND_PLAN;
import static org.convene.family.FamilyStatus.BASELINE;
import static org.convene.family.FamilyStatus.CLOSED;
import static org.convene.family.FamilyStatus.DECLINED;
import static org.convene.family.FamilyStatus.MEETING;
import static org.convene.family.FamilyStatus.PLAN;
import static org.convene.family.FamilyStatus.PREPARATION;
import static org.convene.family.FamilyStatus.PRIVATE_TIME;
import static org.convene.family.FamilyStatus.REFERRED;
import static org.convene.family.FamilyStatus.REVIEW;

import java.util.EnumMap;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.junit.jupiter.api.Test;

/**
 * Every status of a family's referral against every command: exactly these changes, the rest a conflict. During private
 * family time only its end (and a new coordinator) is allowed.
 */
class FamilyCommandTest {

    private static final Map<FamilyStatus, Map<FamilyCommand, FamilyStatus>> TABLE = new EnumMap<>(Map.of(
            REFERRED, Map.of(ALLOCATE, BASELINE, CHANGE_NETWORK, REFERRED, DECLINE, DECLINED),
            BASELINE, Map.of(ALLOCATE, BASELINE, RECORD_BASELINE, PREPARATION, CHANGE_NETWORK, BASELINE, DECLINE, DECLINED),
            PREPARATION, Map.of(ALLOCATE, PREPARATION, CHANGE_NETWORK, PREPARATION, FINISH_PREPARATION, MEETING, DECLINE, DECLINED),
            MEETING, Map.of(ALLOCATE, MEETING, CHANGE_NETWORK, MEETING, START_SHARING, MEETING, START_PRIVATE_TIME, PRIVATE_TIME, CHANGE_PLAN, MEETING,
                    AGREE_PLAN, PLAN, DECLINE, DECLINED),
            PRIVATE_TIME, Map.of(ALLOCATE, PRIVATE_TIME, END_PRIVATE_TIME, MEETING),
            PLAN, Map.of(ALLOCATE, PLAN, CHANGE_NETWORK, PLAN, SEND_PLAN, REVIEW, DECLINE, DECLINED),
            REVIEW, Map.of(ALLOCATE, REVIEW, CHANGE_NETWORK, REVIEW, RECORD_REVIEW, CLOSED, DECLINE, DECLINED),
            CLOSED, Map.of(),
            DECLINED, Map.of()));

    @Test
    void everyStatusAgainstEveryCommand() {
        for (FamilyStatus status : FamilyStatus.values()) {
            for (FamilyCommand command : FamilyCommand.values()) {
                FamilyStatus expected = TABLE.get(status).get(command);
                assertThat(command.allowedIn(status)).as(command + " in " + status).isEqualTo(expected != null);
                if (expected == null) {
                    assertThatThrownBy(() -> command.from(status)).as(command + " in " + status).isInstanceOf(ConflictException.class);
                } else {
                    assertThat(command.from(status)).as(command + " in " + status).isEqualTo(expected);
                }
            }
            assertThat(status.isOpen()).as(status + " is open").isEqualTo(!TABLE.get(status).isEmpty());
        }
    }
}
