package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A misconfigured application stops at startup with Spring Boot's failure analysis (what is wrong,
 * what to do), never showing a secret.
 */
@ExtendWith(OutputCaptureExtension.class)
class FailureAnalysisTest {

  private static void start(String... properties) {
    new SpringApplicationBuilder(StarterTestApplication.class).web(WebApplicationType.NONE)
        .properties(properties).run().close();
  }

  @Test
  void noCredentials(CapturedOutput output) {
    assertThatThrownBy(() -> start("atlas.peering.base-url=http://127.0.0.1:9"))
        .hasRootCauseInstanceOf(AtlasPeeringConfigurationException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("The Atlas peering SDK has no credentials: none of atlas.peering.service-account.* or"
            + " atlas.peering.api-key.* is set.")
        .contains("Set atlas.peering.service-account.client-id and atlas.peering.service-account.client-secret");
  }

  @Test
  void halfAPairNamesTheMissingProperty(CapturedOutput output) {
    assertThatThrownBy(() -> start("atlas.peering.base-url=http://127.0.0.1:9",
        "atlas.peering.api-key.private-key=private-key-must-not-show"))
        .hasRootCauseInstanceOf(AtlasPeeringConfigurationException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("atlas.peering.api-key.private-key is set but atlas.peering.api-key.public-key is not")
        .doesNotContain("private-key-must-not-show");
  }

  @Test
  void plainHttpToARemoteHost(CapturedOutput output) {
    assertThatThrownBy(() -> start("atlas.peering.base-url=http://atlas.example.test",
        "atlas.peering.service-account.client-id=mdb_sa_id_x",
        "atlas.peering.service-account.client-secret=secret-must-not-show"))
        .hasRootCauseInstanceOf(IllegalArgumentException.class);

    assertThat(output).contains("APPLICATION FAILED TO START")
        .contains("would send credentials over plain http to a host that is not loopback:"
            + " atlas.peering.base-url=http://atlas.example.test")
        .contains("allow-insecure-http=true")
        .doesNotContain("secret-must-not-show");
  }
}
