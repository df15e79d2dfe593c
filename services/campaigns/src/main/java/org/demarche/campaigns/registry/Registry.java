package org.demarche.campaigns.registry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** The registry's tables. Every write is an upsert: PUT with an id a coordinator chose. */
@Repository
public class Registry {

    private final JdbcClient jdbc;

    Registry(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void put(Target target) {
        jdbc.sql("DELETE FROM target WHERE id = :id").param("id", target.id()).update();
        jdbc.sql("""
                        INSERT INTO target (id, name, title, country, language, salutation, address_lines, email)
                        VALUES (:id, :name, :title, :country, :language, :salutation, :lines, :email)
                        """)
                .param("id", target.id()).param("name", target.name()).param("title", target.title())
                .param("country", target.country()).param("language", target.language())
                .param("salutation", target.salutation()).param("lines", String.join("\n", target.addressLines()))
                .param("email", target.email())
                .update();
    }

    @Transactional
    public void put(Partner partner) {
        int updated = jdbc.sql("""
                        UPDATE partner SET organisation = :organisation, country = :country, city = :city,
                               contact_name = :contactName, contact_title = :contactTitle, email = :email,
                               language = :language, time_zone = :timeZone, lead = :lead, concerns = :concerns
                        WHERE id = :id
                        """)
                .params(partnerParams(partner)).update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO partner (id, organisation, country, city, contact_name, contact_title, email,
                                                 language, time_zone, lead, concerns)
                            VALUES (:id, :organisation, :country, :city, :contactName, :contactTitle, :email,
                                    :language, :timeZone, :lead, :concerns)
                            """)
                    .params(partnerParams(partner)).update();
        }
    }

    @Transactional
    public void put(RegisteredCase registeredCase) {
        jdbc.sql("DELETE FROM registered_case WHERE id = :id").param("id", registeredCase.id()).update();
        jdbc.sql("""
                        INSERT INTO registered_case (id, country, person, description, status)
                        VALUES (:id, :country, :person, :description, :status)
                        """)
                .param("id", registeredCase.id()).param("country", registeredCase.country())
                .param("person", registeredCase.person()).param("description", registeredCase.description())
                .param("status", registeredCase.status())
                .update();
    }

    @Transactional
    public void put(Exchange exchange) {
        jdbc.sql("DELETE FROM exchange WHERE id = :id").param("id", exchange.id()).update();
        jdbc.sql("""
                        INSERT INTO exchange (id, target_id, occurred_in, kind, summary, url)
                        VALUES (:id, :target, :date, :kind, :summary, :url)
                        """)
                .param("id", exchange.id()).param("target", exchange.target()).param("date", exchange.date())
                .param("kind", exchange.kind()).param("summary", exchange.summary()).param("url", exchange.url())
                .update();
    }

    public List<Target> targets() {
        return jdbc.sql("SELECT * FROM target ORDER BY id").query((rs, row) -> target(rs)).list();
    }

    public Optional<Target> target(String id) {
        return jdbc.sql("SELECT * FROM target WHERE id = :id").param("id", id).query((rs, row) -> target(rs)).optional();
    }

    /**
     * The registered target a meeting participant is, if any: same country, same name once case,
     * accents and spacing are set aside.
     */
    public Optional<Target> targetNamed(String name, String country) {
        String wanted = comparable(name);
        return jdbc.sql("SELECT * FROM target WHERE country = :country ORDER BY id").param("country", country)
                .query((rs, row) -> target(rs)).list().stream()
                .filter(target -> comparable(target.name()).equals(wanted))
                .findFirst();
    }

    /** Partners in registry order. */
    public List<Partner> partners() {
        return jdbc.sql("SELECT * FROM partner ORDER BY position").query((rs, row) -> partner(rs)).list();
    }

    public Optional<Partner> partner(String id) {
        return jdbc.sql("SELECT * FROM partner WHERE id = :id").param("id", id).query((rs, row) -> partner(rs)).optional();
    }

    /** Partners concerned with a country, in registry order. */
    public List<Partner> partnersConcernedWith(String country) {
        return partners().stream().filter(partner -> partner.concerns().contains(country)).toList();
    }

    public List<RegisteredCase> cases() {
        return jdbc.sql("SELECT * FROM registered_case ORDER BY id").query((rs, row) -> registeredCase(rs)).list();
    }

    public Optional<RegisteredCase> registeredCase(String id) {
        return jdbc.sql("SELECT * FROM registered_case WHERE id = :id").param("id", id)
                .query((rs, row) -> registeredCase(rs)).optional();
    }

    public List<RegisteredCase> openCases(String country) {
        return jdbc.sql("SELECT * FROM registered_case WHERE country = :country AND status = 'open' ORDER BY id")
                .param("country", country).query((rs, row) -> registeredCase(rs)).list();
    }

    public List<Exchange> exchanges() {
        return jdbc.sql("SELECT * FROM exchange ORDER BY occurred_in, id").query((rs, row) -> exchange(rs)).list();
    }

    public Optional<Exchange> exchange(String id) {
        return jdbc.sql("SELECT * FROM exchange WHERE id = :id").param("id", id).query((rs, row) -> exchange(rs)).optional();
    }

    public List<Exchange> exchangesWith(String targetId) {
        return jdbc.sql("SELECT * FROM exchange WHERE target_id = :target ORDER BY occurred_in, id")
                .param("target", targetId).query((rs, row) -> exchange(rs)).list();
    }

    private static java.util.Map<String, Object> partnerParams(Partner partner) {
        var params = new java.util.HashMap<String, Object>();
        params.put("id", partner.id());
        params.put("organisation", partner.organisation());
        params.put("country", partner.country());
        params.put("city", partner.city());
        params.put("contactName", partner.contactName());
        params.put("contactTitle", partner.contactTitle());
        params.put("email", partner.email());
        params.put("language", partner.language());
        params.put("timeZone", partner.timeZone());
        params.put("lead", partner.lead());
        params.put("concerns", String.join(",", partner.concerns()));
        return params;
    }

    private static Target target(ResultSet rs) throws SQLException {
        return new Target(rs.getString("id"), rs.getString("name"), rs.getString("title"), rs.getString("country").strip(),
                rs.getString("language"), rs.getString("salutation"), List.of(rs.getString("address_lines").split("\n")),
                rs.getString("email"));
    }

    private static Partner partner(ResultSet rs) throws SQLException {
        String concerns = rs.getString("concerns");
        return new Partner(rs.getString("id"), rs.getString("organisation"), rs.getString("country").strip(),
                rs.getString("city"), rs.getString("contact_name"), rs.getString("contact_title"), rs.getString("email"),
                rs.getString("language"), rs.getString("time_zone"), rs.getBoolean("lead"),
                concerns.isEmpty() ? List.of() : Arrays.asList(concerns.split(",")));
    }

    private static RegisteredCase registeredCase(ResultSet rs) throws SQLException {
        return new RegisteredCase(rs.getString("id"), rs.getString("country").strip(), rs.getString("person"),
                rs.getString("description"), rs.getString("status"));
    }

    private static Exchange exchange(ResultSet rs) throws SQLException {
        return new Exchange(rs.getString("id"), rs.getString("target_id"), rs.getString("occurred_in"), rs.getString("kind"),
                rs.getString("summary"), rs.getString("url"));
    }

    static String comparable(String name) {
        String stripped = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return stripped.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
