package org.demarche.local;

import java.nio.file.Path;
import java.util.Map;

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
    void aFixedKafkaPortIsAnExtraListenerBesideTheTestKitOnes() {
        Map<String, String> properties = LocalInfrastructure.brokerProperties("127.0.0.1", 9092);
        assertThat(properties.get("listeners")).isEqualTo("EXTERNAL://localhost:0,CONTROLLER://localhost:0,LOCAL://127.0.0.1:9092");
        assertThat(properties.get("listener.security.protocol.map")).contains("LOCAL:PLAINTEXT");
        assertThat(LocalInfrastructure.brokerProperties("127.0.0.1", 0)).doesNotContainKey("listeners");
        assertThat(properties).containsEntry("transaction.state.log.replication.factor", "1");
    }
}
