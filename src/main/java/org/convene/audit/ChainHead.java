package org.convene.audit;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

/** The newest link of the chain as {@code audit_chain_head} holds it, and where keyed hashes begin. */
record ChainHead(long lastSeq, String lastHash, long keyedFrom) {

    private static final String SELECT = "select last_seq, last_hash, keyed_from from audit_chain_head where id = 1";
    private static final RowMapper<ChainHead> ROW = (row, n) ->
            new ChainHead(row.getLong("last_seq"), row.getString("last_hash").trim(), row.getLong("keyed_from"));

    static ChainHead read(JdbcTemplate jdbc) {
        return jdbc.queryForObject(SELECT, ROW);
    }

    /** Read and locked until the transaction ends, so that one writer at a time extends the chain. */
    static ChainHead lock(JdbcTemplate jdbc) {
        return jdbc.queryForObject(SELECT + " for update", ROW);
    }
}
