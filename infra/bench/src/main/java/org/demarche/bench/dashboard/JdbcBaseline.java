package org.demarche.bench.dashboard;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * The baseline: the dashboard's own queries for each request of the plan, straight through JDBC
 * on the same database, at the same rate (an open model, as Gatling's: each query starts on time
 * whether or not the ones before have finished, and its time counts from when it should have
 * started). No HTTP, no Spring, no JSON: what answering costs the database and its driver.
 */
final class JdbcBaseline {

    /** The dashboard's list query (CampaignReadModel): rows, narrowed and paged, then their next deadline. */
    static final String LIST = """
            SELECT r.*,
                   (SELECT MIN(n.due_at) FROM campaign_deadline n
                    WHERE n.campaign_id = r.id AND NOT n.reached) AS next_due_at,
                   (SELECT n.kind FROM campaign_deadline n WHERE n.campaign_id = r.id AND NOT n.reached
                    ORDER BY n.due_at, n.kind FETCH FIRST 1 ROW ONLY) AS next_kind
            FROM (SELECT c.* FROM campaign_overview c
                  WHERE 1 = 1 %s
                  ORDER BY c.meeting_at, c.id OFFSET ? ROWS FETCH FIRST ? ROWS ONLY) r
            ORDER BY r.meeting_at, r.id
            """;
    static final String ONE = LIST.replace("WHERE 1 = 1 %s", "WHERE c.id = ?")
            .replace("OFFSET ? ROWS FETCH FIRST ? ROWS ONLY", "");
    static final String DEADLINES = "SELECT kind, due_at, reached FROM campaign_deadline WHERE campaign_id = ? ORDER BY due_at";
    static final String PARTNERS = """
            SELECT partner_id, organisation, country, email, answer, answered_at, delivery, delivery_problem
            FROM campaign_partner WHERE campaign_id = ? AND is_partner
            ORDER BY COALESCE(organisation, partner_id), partner_id
            """;
    static final String HISTORY = """
            SELECT event_id, event_type, occurred_at, summary FROM campaign_event
            WHERE campaign_id = ? ORDER BY occurred_at DESC, event_id FETCH FIRST ? ROWS ONLY
            """;
    /** demarche.dashboard.history-limit's default. */
    static final int HISTORY_LIMIT = 200;

    private final String url;
    private final String user;
    private final int connections;

    JdbcBaseline(String url, String user, int connections) {
        this.url = url;
        this.user = user;
        this.connections = connections;
    }

    /** Latencies in milliseconds of each kind of request, and the requests that failed. */
    record Latencies(double[] list, double[] detail, int errors) {
    }

    /**
     * Asks the plan's list pages and details alternately, {@code rate} a second in all, for
     * {@code seconds}.
     */
    Latencies run(RequestPlan plan, double rate, int seconds) throws Exception {
        int total = (int) Math.round(rate * seconds);
        BlockingQueue<Connection> pool = new ArrayBlockingQueue<>(connections);
        for (int i = 0; i < connections; i++) {
            pool.add(connect());
        }
        ExecutorService workers = Executors.newFixedThreadPool(connections);
        List<Future<Double>> lists = new ArrayList<>();
        List<Future<Double>> details = new ArrayList<>();
        long start = System.nanoTime() + 100_000_000L;
        long interval = (long) (1_000_000_000L / rate);
        try {
            for (int i = 0; i < total; i++) {
                long due = start + i * interval;
                LockSupport.parkNanos(due - System.nanoTime());
                int n = i / 2;
                if (i % 2 == 0) {
                    RequestPlan.ListPage page = plan.lists().get(n % plan.lists().size());
                    lists.add(workers.submit(() -> timed(due, pool, connection -> list(connection, page))));
                } else {
                    UUID id = plan.details().get(n % plan.details().size());
                    details.add(workers.submit(() -> timed(due, pool, connection -> detail(connection, id))));
                }
            }
            int[] errors = {0};
            double[] listTimes = collect(lists, errors);
            double[] detailTimes = collect(details, errors);
            return new Latencies(listTimes, detailTimes, errors[0]);
        } finally {
            workers.shutdownNow();
            workers.awaitTermination(10, TimeUnit.SECONDS);
            for (Connection connection : pool) {
                connection.close();
            }
        }
    }

    /** The plans PostgreSQL chose for a list page and a detail, with what they took. */
    List<String> explain(RequestPlan.ListPage page, UUID id) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = connect()) {
            lines.add("-- a page of the list " + page.query());
            explain(connection, listSql(page), lines, listParameters(page));
            lines.add("-- a campaign's partners");
            explain(connection, PARTNERS, lines, id);
            lines.add("-- a campaign's history");
            explain(connection, HISTORY, lines, id, HISTORY_LIMIT);
        }
        return lines;
    }

    private static void explain(Connection connection, String sql, List<String> lines, Object... parameters)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lines.add(rows.getString(1));
                }
            }
        }
    }

    private interface Query {
        void run(Connection connection) throws SQLException;
    }

    private static double timed(long due, BlockingQueue<Connection> pool, Query query) throws Exception {
        Connection connection = pool.take();
        try {
            query.run(connection);
        } finally {
            pool.put(connection);
        }
        return (System.nanoTime() - due) / 1_000_000.0;
    }

    private static void list(Connection connection, RequestPlan.ListPage page) throws SQLException {
        read(connection, listSql(page), listParameters(page));
    }

    /** In one read-only transaction, as the service reads a campaign. */
    private static void detail(Connection connection, UUID id) throws SQLException {
        connection.setAutoCommit(false);
        connection.setReadOnly(true);
        try {
            read(connection, ONE, id);
            read(connection, DEADLINES, id);
            read(connection, PARTNERS, id);
            read(connection, HISTORY, id, HISTORY_LIMIT);
            connection.commit();
        } finally {
            connection.setReadOnly(false);
            connection.setAutoCommit(true);
        }
    }

    static String listSql(RequestPlan.ListPage page) {
        return LIST.formatted((page.status() == null ? "" : " AND c.status = ?")
                + (page.country() == null ? "" : " AND c.country = ?"));
    }

    static Object[] listParameters(RequestPlan.ListPage page) {
        List<Object> parameters = new ArrayList<>();
        if (page.status() != null) {
            parameters.add(page.status());
        }
        if (page.country() != null) {
            parameters.add(page.country());
        }
        parameters.add((long) page.page() * page.size());
        parameters.add(page.size());
        return parameters.toArray();
    }

    /** Runs the query and reads every column of every row, as a mapper would. */
    private static void read(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (ResultSet rows = statement.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int c = 1; c <= columns; c++) {
                        rows.getObject(c);
                    }
                }
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
    }

    private static double[] collect(List<Future<Double>> futures, int[] errors) throws InterruptedException {
        double[] times = new double[futures.size()];
        int n = 0;
        for (Future<Double> future : futures) {
            try {
                times[n++] = future.get();
            } catch (java.util.concurrent.ExecutionException failed) {
                errors[0]++;
                if (errors[0] == 1) {
                    System.out.println("baseline: a query failed: " + failed.getCause());
                }
            }
        }
        return java.util.Arrays.copyOf(times, n);
    }

    private Connection connect() throws SQLException {
        var properties = new Properties();
        properties.setProperty("user", user);
        return DriverManager.getConnection(url, properties);
    }
}
