package org.demarche.local;

import java.nio.file.Path;
import java.util.Map;

import org.demarche.broker.KafkaClusterSettings;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalSettingsTest {

    @Test
    void defaultsToTheDocumentedPortsAndTheDataDirInTheRepository() {
        LocalSettings settings = LocalSettings.from(name -> null, Map.of());
        assertThat(settings.kafkaPort()).isEqualTo(9092);
        assertThat(settings.smtpPort()).isEqualTo(3025);
        assertThat(settings.mailViewerPort()).isEqualTo(8025);
        assertThat(settings.host()).isEqualTo("127.0.0.1");
        // the tests run in infra/local, inside the repository
        assertThat(settings.dataDir()).isEqualTo(Path.of("../..").toAbsolutePath().normalize().resolve("infra/local/data"));
    }

    @Test
    void systemPropertiesWinOverTheEnvironment() {
        LocalSettings settings = LocalSettings.from(
                name -> name.equals("demarche.local.data-dir") ? "/tmp/from-property" : null,
                Map.of("DEMARCHE_LOCAL_DATADIR", "/tmp/from-env", "DEMARCHE_LOCAL_KAFKAPORT", "0", "DEMARCHE_LOCAL_SMTPPORT", "2525"));
        assertThat(settings.dataDir()).isEqualTo(Path.of("/tmp/from-property"));
        assertThat(settings.kafkaPort()).isZero();
        assertThat(settings.smtpPort()).isEqualTo(2525);
    }

    @Test
    void rejectsNonsensePorts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalSettings.from(name -> null, Map.of("DEMARCHE_LOCAL_SMTPPORT", "smtp")))
                .withMessageContaining("DEMARCHE_LOCAL_SMTPPORT");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LocalSettings.from(name -> null, Map.of("DEMARCHE_LOCAL_KAFKAPORT", "70000")));
    }

    @Test
    void theBrokerKeepsItsLogInTheDataDirAndListensOnTheConfiguredPort() {
        LocalSettings settings = LocalSettings.defaults(Path.of("/data/demarche"));

        KafkaClusterSettings broker = LocalInfrastructure.brokerSettings(settings);

        assertThat(broker.directory()).isEqualTo(Path.of("/data/demarche/kafka"));
        assertThat(broker.size()).isEqualTo(1);
        assertThat(broker.clientPorts()).containsExactly(9092);
        assertThat(broker.brokerProperties()).containsEntry("num.partitions", "3");
        assertThat(LocalInfrastructure.brokerSettings(settings.withKafkaPort(0)).clientPorts()).containsExactly(0);
    }

    @Test
    void threeBrokersListenOnConsecutivePortsFromTheConfiguredOne() {
        LocalSettings settings = LocalSettings.from(name -> null, Map.of("DEMARCHE_LOCAL_KAFKABROKERS", "3", "DEMARCHE_LOCAL_KAFKAPORT", "9192"));

        KafkaClusterSettings brokers = LocalInfrastructure.brokerSettings(settings);

        assertThat(brokers.size()).isEqualTo(3);
        assertThat(brokers.clientPorts()).containsExactly(9192, 9193, 9194);
        assertThat(settings.withKafkaPort(0).kafkaPorts()).containsExactly(0, 0, 0);
    }
}
