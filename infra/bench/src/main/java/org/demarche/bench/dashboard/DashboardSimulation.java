package org.demarche.bench.dashboard;

import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.listFeeder;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

/**
 * The load on the dashboard, for Gatling: an open model (each request starts on time, however long
 * the ones before take) of list pages and campaign details, half each, every request signed in with
 * HTTP Basic as a script would. Gatling makes the simulation itself; what it runs is set in
 * {@link #load} beforehand.
 */
public class DashboardSimulation extends Simulation {

    static final String LIST = "GET /api/campaigns";
    static final String DETAIL = "GET /api/campaigns/{id}";

    /**
     * @param rate    requests a second, list and detail together
     * @param lists   the feeder's records for the list: a {@code query} map each
     * @param details the feeder's records for the detail: an {@code id} each
     */
    record Load(String baseUrl, String user, String password, double rate, Duration duration,
                List<Map<String, Object>> lists, List<Map<String, Object>> details) {
    }

    static volatile Load load;

    public DashboardSimulation() {
        Load run = load;
        HttpProtocolBuilder protocol = http.baseUrl(run.baseUrl())
                // Gatling's first request warms its HTTP engine up; by default against gatling.io
                .warmUp(run.baseUrl() + "/actuator/health")
                .basicAuth(run.user(), run.password())
                .acceptHeader("application/json")
                // a few clients keeping their connections, as scripts and a proxy in front would
                .shareConnections();
        ScenarioBuilder list = scenario("list").feed(listFeeder(run.lists()).circular())
                .exec(http(LIST).get("/api/campaigns").queryParamMap(session -> session.getMap("query"))
                        .check(status().is(200)));
        ScenarioBuilder detail = scenario("detail").feed(listFeeder(run.details()).circular())
                .exec(http(DETAIL).get("/api/campaigns/#{id}").check(status().is(200)));
        setUp(list.injectOpen(constantUsersPerSec(run.rate() / 2).during(run.duration())),
                detail.injectOpen(constantUsersPerSec(run.rate() / 2).during(run.duration())))
                .protocols(protocol)
                .maxDuration(run.duration().plusSeconds(60));
    }
}
