package org.demarche.campaigns.deadline;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.quartz.TriggerKey;
import org.quartz.impl.jdbcjobstore.PostgreSQLDelegate;

/**
 * Quartz's PostgreSQL dialect, with the statements that look for due and misfired triggers asking
 * for what they read. Quartz binds fire times as {@code numeric} (setBigDecimal), so PostgreSQL
 * compares {@code next_fire_time::numeric} and cannot use the index on it; and it sends no row
 * limit, so every acquisition read and sorted every trigger due within the idle wait (with 100 000
 * deadlines waiting, most of the table) to keep the first few. Here the times are bound as the
 * {@code bigint} the column is and the limit is part of the statement: an index range scan that
 * stops after the batch (deadlines benchmark, docs/benchmarks.md).
 */
public class DeadlinesPostgreSQLDelegate extends PostgreSQLDelegate {

    @Override
    public List<TriggerKey> selectTriggerToAcquire(Connection conn, long noLaterThan, long noEarlierThan, int maxCount)
            throws SQLException {
        int limit = Math.max(1, maxCount);
        try (PreparedStatement ps = conn.prepareStatement(rtp(SELECT_NEXT_TRIGGER_TO_ACQUIRE) + " LIMIT " + limit)) {
            ps.setString(1, STATE_WAITING);
            ps.setLong(2, noLaterThan);
            ps.setLong(3, noEarlierThan);
            return keys(ps, limit);
        }
    }

    /** The misfire handler's look for its next few (Quartz reads every misfired trigger to keep {@code count}). */
    @Override
    public boolean hasMisfiredTriggersInState(Connection conn, String state, long ts, int count,
                                              List<TriggerKey> resultList) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(rtp(SELECT_HAS_MISFIRED_TRIGGERS_IN_STATE)
                + " LIMIT " + (count + 1))) {
            ps.setLong(1, ts);
            ps.setString(2, state);
            List<TriggerKey> found = keys(ps, count + 1);
            boolean more = found.size() > count;
            resultList.addAll(more ? found.subList(0, count) : found);
            return more;
        }
    }

    @Override
    public int countMisfiredTriggersInState(Connection conn, String state, long ts) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(rtp(COUNT_MISFIRED_TRIGGERS_IN_STATE))) {
            ps.setLong(1, ts);
            ps.setString(2, state);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static List<TriggerKey> keys(PreparedStatement ps, int limit) throws SQLException {
        List<TriggerKey> keys = new ArrayList<>(limit);
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                keys.add(TriggerKey.triggerKey(rs.getString(COL_TRIGGER_NAME), rs.getString(COL_TRIGGER_GROUP)));
            }
        }
        return keys;
    }
}
