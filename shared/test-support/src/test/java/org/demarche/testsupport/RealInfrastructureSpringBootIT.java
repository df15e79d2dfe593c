package org.demarche.testsupport;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;

import jakarta.mail.internet.MimeMessage;

@SpringBootTest
@RealInfrastructure
class RealInfrastructureSpringBootIT {

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    @Autowired
    TestDatabase database;

    @Autowired
    KafkaEndpoint kafka;

    @Autowired
    SmtpSink smtp;

    @Autowired
    DataSource dataSource;

    @Autowired
    ConfigurableEnvironment environment;

    @Test
    void pointsBootsDataSourceAtTheFreshDatabaseOfThisClass() {
        String connectedTo = new JdbcTemplate(dataSource).queryForObject("select current_database()", String.class);

        assertThat(connectedTo)
                .isEqualTo(database.name())
                .startsWith("it_real_infrastructure_spring_boot_it_");
    }

    @Test
    void setsTheStandardSpringPropertiesAheadOfEveryOtherSource() {
        assertThat(environment.getPropertySources().iterator().next().getName())
                .isEqualTo(RealInfrastructureContextCustomizer.PROPERTY_SOURCE_NAME);
        assertThat(environment.getProperty("spring.kafka.bootstrap-servers")).isEqualTo(kafka.bootstrapServers());
        assertThat(environment.getProperty("spring.datasource.url")).isEqualTo(database.jdbcUrl());
        assertThat(environment.getProperty("spring.datasource.username")).isEqualTo(database.username());
        assertThat(environment.getProperty("spring.datasource.password")).isEqualTo(database.password());
        assertThat(environment.getProperty("spring.mail.host")).isEqualTo(smtp.host());
        assertThat(environment.getProperty("spring.mail.port", Integer.class)).isEqualTo(smtp.port());
    }

    @Test
    void letsBootsMailSenderDeliverToTheSmtpSink(@Autowired JavaMailSender mailSender) {
        String subject = "Sign-on request " + UUID.randomUUID();
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom("outreach@demarche.example");
        message.setTo("partner@ngo.example");
        message.setSubject(subject);
        message.setText("Please co-sign.");

        mailSender.send(message);

        assertThat(smtp.awaitMessages(1, TIMEOUT)).extracting(SpringBootItMessages::subject).contains(subject);
    }

    @Test
    void letsBootsKafkaTemplateReachTheBroker(@Autowired KafkaTemplate<String, String> kafkaTemplate,
                                              @Autowired KafkaTestClient client) throws Exception {
        String topic = "test-support.spring." + UUID.randomUUID();

        kafkaTemplate.send(topic, "campaign-1", "opened").get();

        ConsumerRecord<String, byte[]> record = client.awaitRawRecords(topic, 1, TIMEOUT).get(0);
        assertThat(record.key()).isEqualTo("campaign-1");
        assertThat(new String(record.value(), UTF_8)).isEqualTo("opened");
    }

    @Test
    void resolvesTheContextsOwnBeansAsTestMethodParameters(TestDatabase database, KafkaEndpoint kafka, SmtpSink smtp) {
        assertThat(database).isSameAs(this.database);
        assertThat(kafka).isSameAs(this.kafka);
        assertThat(smtp).isSameAs(this.smtp);
    }

    /** Reads a subject without the checked exception, for AssertJ's extracting. */
    private static final class SpringBootItMessages {

        static String subject(MimeMessage message) {
            try {
                return message.getSubject();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
