package org.convene.missing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.convene.missing.EpisodeStatus.CLOSED;
import static org.convene.missing.EpisodeStatus.MISSING;
import static org.convene.missing.EpisodeStatus.RETURNED;
import static org.convene.missing.InterviewStatus.ACCEPTED;
import static org.convene.missing.InterviewStatus.COMPLETED;
import static org.convene.missing.InterviewStatus.DECLINED;
import static org.convene.missing.InterviewStatus.NOT_OFFERED;
import static org.convene.missing.InterviewStatus.OFFERED;
import static org.convene.missing.InterviewStatus.TO_OFFER;

import java.util.EnumMap;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** Every status against every command, for an episode and for its interview: exactly these changes, the rest a conflict. */
class MissingCommandTest {

    private static final Map<EpisodeStatus, Map<EpisodeCommand, EpisodeStatus>> EPISODE = new EnumMap<>(Map.of(
            MISSING, Map.of(EpisodeCommand.REGRADE, MISSING, EpisodeCommand.ADD_UPDATE, MISSING, EpisodeCommand.ASSIGN_COORDINATOR, MISSING,
                    EpisodeCommand.RECORD_RETURN, RETURNED, EpisodeCommand.CLOSE, CLOSED),
            RETURNED, Map.of(EpisodeCommand.ADD_UPDATE, RETURNED, EpisodeCommand.ASSIGN_COORDINATOR, RETURNED),
            CLOSED, Map.of()));

    private static final Map<InterviewStatus, Map<InterviewCommand, InterviewStatus>> INTERVIEW = new EnumMap<>(Map.of(
            TO_OFFER, Map.of(InterviewCommand.ASSIGN, TO_OFFER, InterviewCommand.OFFER, OFFERED, InterviewCommand.RECORD, TO_OFFER,
                    InterviewCommand.COMPLETE, COMPLETED, InterviewCommand.NOT_OFFER, NOT_OFFERED),
            OFFERED, Map.of(InterviewCommand.ASSIGN, OFFERED, InterviewCommand.ACCEPT, ACCEPTED, InterviewCommand.DECLINE, DECLINED,
                    InterviewCommand.RECORD, OFFERED, InterviewCommand.COMPLETE, COMPLETED),
            ACCEPTED, Map.of(InterviewCommand.ASSIGN, ACCEPTED, InterviewCommand.DECLINE, DECLINED, InterviewCommand.RECORD, ACCEPTED,
                    InterviewCommand.COMPLETE, COMPLETED),
            DECLINED, Map.of(),
            COMPLETED, Map.of(),
            NOT_OFFERED, Map.of()));

    @Test
    void everyEpisodeStatusAgainstEveryCommand() {
        for (EpisodeStatus status : EpisodeStatus.values()) {
            for (EpisodeCommand command : EpisodeCommand.values()) {
                EpisodeStatus expected = EPISODE.get(status).get(command);
                assertThat(command.allowedIn(status)).as(command + " in " + status).isEqualTo(expected != null);
                if (expected == null) {
                    assertThatThrownBy(() -> command.from(status)).as(command + " in " + status).isInstanceOf(ConflictException.class);
                } else {
                    assertThat(command.from(status)).as(command + " in " + status).isEqualTo(expected);
                }
            }
        }
    }

    @Test
    void everyInterviewStatusAgainstEveryCommand() {
        for (InterviewStatus status : InterviewStatus.values()) {
            for (InterviewCommand command : InterviewCommand.values()) {
                InterviewStatus expected = INTERVIEW.get(status).get(command);
                assertThat(command.allowedIn(status)).as(command + " in " + status).isEqualTo(expected != null);
                if (expected == null) {
                    assertThatThrownBy(() -> command.from(status)).as(command + " in " + status).isInstanceOf(ConflictException.class);
                } else {
                    assertThat(command.from(status)).as(command + " in " + status).isEqualTo(expected);
                }
            }
            assertThat(status.isOpen()).as(status + " is open").isEqualTo(!INTERVIEW.get(status).isEmpty());
        }
    }
}
