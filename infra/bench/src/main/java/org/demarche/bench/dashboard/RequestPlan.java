package org.demarche.bench.dashboard;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * What the load asks, decided before it starts so that Gatling and the JDBC baseline ask exactly
 * the same: pages of the list narrowed to a status (three in ten), a country (three in ten), both
 * (three in ten) or nothing, each page drawn among those that hold campaigns; and campaigns' ids.
 *
 * @param lists   the list's pages, in the order they are asked
 * @param details the campaigns whose detail is asked, in that order
 */
record RequestPlan(List<ListPage> lists, List<UUID> details) {

    /** One page of {@code GET /api/campaigns}; a null status or country is not part of the query. */
    record ListPage(String status, String country, int page, int size) {

        /** As Gatling sends them ({@code queryParamMap}). */
        Map<String, Object> query() {
            Map<String, Object> query = new LinkedHashMap<>();
            if (status != null) {
                query.put("status", status);
            }
            if (country != null) {
                query.put("country", country);
            }
            query.put("page", page);
            query.put("size", size);
            return query;
        }
    }

    static RequestPlan draw(Connection database, int count, int pageSize, long seed) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        Map<String, Integer> sizes = new HashMap<>();
        try (Statement sql = database.createStatement();
             ResultSet rows = sql.executeQuery("SELECT id, status, country FROM campaign_overview ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getObject(1, UUID.class));
                String status = rows.getString(2);
                String country = rows.getString(3).strip();
                for (String key : List.of(key(null, null), key(status, null), key(null, country), key(status, country))) {
                    sizes.merge(key, 1, Integer::sum);
                }
            }
        }
        Random random = new Random(seed);
        List<ListPage> lists = new ArrayList<>(count);
        List<UUID> details = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int kind = random.nextInt(10);
            String status = kind < 3 || kind >= 6 && kind < 9 ? pick(DashboardSeed.STATUSES, random) : null;
            String country = kind >= 3 && kind < 9 ? pick(DashboardSeed.COUNTRIES, random) : null;
            int matching = sizes.getOrDefault(key(status, country), 0);
            int pages = Math.max(1, (matching + pageSize - 1) / pageSize);
            lists.add(new ListPage(status, country, random.nextInt(pages), pageSize));
            details.add(ids.get(random.nextInt(ids.size())));
        }
        return new RequestPlan(List.copyOf(lists), List.copyOf(details));
    }

    /** The filter as a key of the campaigns' counts. */
    private static String key(String status, String country) {
        return (status == null ? "" : status) + "|" + (country == null ? "" : country);
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }
}
