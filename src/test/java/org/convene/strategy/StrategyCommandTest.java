package org.convene.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.Map;
import org.convene.shared.ConflictException;
import org.junit.jupiter.api.Test;

/** Every status against every command: the table allows exactly these changes, and refuses the rest with a conflict. */
class StrategyCommandTest {

    private static final Map<StrategyStatus, Map<StrategyCommand, StrategyStatus>> LEGAL = new EnumMap<>(Map.of(
            StrategyStatus.OPEN, Map.of(StrategyCommand.ASSIGN_CHAIR, StrategyStatus.OPEN, StrategyCommand.REQUEST_DISCUSSION, StrategyStatus.OPEN,
                    StrategyCommand.MARK_COMPLEX, StrategyStatus.OPEN, StrategyCommand.REQUEST_REVIEW, StrategyStatus.OPEN,
                    StrategyCommand.START_ENQUIRY, StrategyStatus.ENQUIRY, StrategyCommand.CLOSE, StrategyStatus.CLOSED,
                    StrategyCommand.CANCEL, StrategyStatus.CANCELLED),
            StrategyStatus.ENQUIRY, Map.of(StrategyCommand.ASSIGN_CHAIR, StrategyStatus.ENQUIRY, StrategyCommand.REQUEST_DISCUSSION, StrategyStatus.ENQUIRY,
                    StrategyCommand.MARK_COMPLEX, StrategyStatus.ENQUIRY, StrategyCommand.REQUEST_REVIEW, StrategyStatus.ENQUIRY,
                    StrategyCommand.RECORD_OUTCOME, StrategyStatus.CLOSED),
            StrategyStatus.CLOSED, Map.of(),
            StrategyStatus.CANCELLED, Map.of()));

    @Test
    void everyStatusAgainstEveryCommand() {
        int walked = 0;
        for (StrategyStatus status : StrategyStatus.values()) {
            for (StrategyCommand command : StrategyCommand.values()) {
                StrategyStatus expected = LEGAL.get(status).get(command);
                if (expected == null) {
                    assertThat(command.allowedIn(status)).as(command + " in " + status).isFalse();
                    assertThatThrownBy(() -> command.from(status)).as(command + " in " + status).isInstanceOf(ConflictException.class);
                } else {
                    assertThat(command.allowedIn(status)).as(command + " in " + status).isTrue();
                    assertThat(command.from(status)).as(command + " in " + status).isEqualTo(expected);
                }
                walked++;
            }
        }
        assertThat(walked).isEqualTo(StrategyStatus.values().length * StrategyCommand.values().length);
    }

    @Test
    void onlyOpenAndEnquiryAreOpen() {
        assertThat(StrategyStatus.OPEN.isOpen()).isTrue();
        assertThat(StrategyStatus.ENQUIRY.isOpen()).isTrue();
        assertThat(StrategyStatus.CLOSED.isOpen()).isFalse();
        assertThat(StrategyStatus.CANCELLED.isOpen()).isFalse();
    }
}
