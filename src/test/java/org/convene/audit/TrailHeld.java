package org.convene.audit;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * The chain's head share-locked on a connection of its own: every writer locks the head for update to extend the chain,
 * so while this is held nobody else can add to the trail (a worker finishing an earlier test's step waits for it), and
 * a test can change committed rows, the head's too (a plain update of its values does not conflict with a key-share
 * lock), and check them from other connections. Closing it lets the writers on. PostgreSQL's locking, as the suite runs.
 */
final class TrailHeld implements AutoCloseable {

    private final Connection connection;

    private TrailHeld(Connection connection) {
        this.connection = connection;
    }

    /** Waits for whoever is extending the chain now to commit, then holds it. */
    static TrailHeld by(DataSource dataSource) throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var statement = connection.createStatement()) {
            statement.executeQuery("select last_seq from audit_chain_head where id = 1 for key share").close();
        }
        return new TrailHeld(connection);
    }

    @Override
    public void close() throws SQLException {
        try {
            connection.rollback();
        } finally {
            connection.close();
        }
    }
}
