package org.convene.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.convene.support.ConveneTest;
import org.convene.support.TestPorts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An SMTP server that accepts connections and never answers holds up only the mail: the scheduler that runs the
 * overdue sweeps and the digest still runs its work while a mail waits on that server.
 */
@ConveneTest
class SilentMailServerTest {

    @Autowired Outbox outbox;
    @Autowired OutboxMailRepository mails;
    @Autowired TransactionTemplate transaction;
    @Autowired TaskScheduler scheduler;

    @Test
    void aServerThatNeverAnswersDoesNotHoldUpTheSweeps() throws Exception {
        List<Socket> held = new CopyOnWriteArrayList<>();
        try (ServerSocket silent = new ServerSocket(TestPorts.SMTP, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try {
                    while (true) {
                        held.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            transaction.executeWithoutResult(status -> outbox.queue(Mail.of("silent@convene.example", "A neutral subject", "body", null)));
            await().atMost(Duration.ofSeconds(20)).until(() -> !held.isEmpty() && mails.countByStatus(OutboxStatus.SENDING) > 0);

            AtomicLong sendingWhenTheSweepRan = new AtomicLong(-1);
            scheduler.schedule(() -> sendingWhenTheSweepRan.set(mails.countByStatus(OutboxStatus.SENDING)), Instant.now());
            await().atMost(Duration.ofSeconds(30)).until(() -> sendingWhenTheSweepRan.get() >= 0);
            assertThat(sendingWhenTheSweepRan.get()).as("the scheduler ran while a mail was still waiting on the silent server").isPositive();
        } finally {
            for (Socket socket : held) {
                socket.close();
            }
        }
    }
}
