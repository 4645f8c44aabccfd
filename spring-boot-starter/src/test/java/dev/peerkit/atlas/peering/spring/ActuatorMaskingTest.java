package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.context.properties.ConfigurationPropertiesReportEndpoint;
import org.springframework.boot.actuate.env.EnvironmentEndpoint;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The SDK's secrets are masked by {@code /actuator/env} and {@code /actuator/configprops} even when
 * the application shows values ({@code show-values=always}); other values stay visible.
 */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.NONE,
    properties = {
        "atlas.peering.base-url=http://127.0.0.1:9",
        "atlas.peering.service-account.client-id=mdb_sa_id_visible",
        "atlas.peering.service-account.client-secret=mdb_sa_sk_must-not-show",
        "atlas.peering.proxy.host=proxy.example.test",
        "atlas.peering.proxy.username=proxy-user",
        "atlas.peering.proxy.password=proxy-password-must-not-show",
        "management.endpoints.web.exposure.include=env,configprops",
        "management.endpoint.env.show-values=always",
        "management.endpoint.configprops.show-values=always"})
class ActuatorMaskingTest {

  @Autowired EnvironmentEndpoint env;
  @Autowired ConfigurationPropertiesReportEndpoint configprops;

  @Test
  void envMasksTheSecretsAndShowsTheRest() {
    assertThat(env.environmentEntry("atlas.peering.service-account.client-secret").getProperty().getValue())
        .isEqualTo("******");
    assertThat(env.environmentEntry("atlas.peering.proxy.password").getProperty().getValue())
        .isEqualTo("******");
    assertThat(env.environmentEntry("atlas.peering.service-account.client-id").getProperty().getValue())
        .isEqualTo("mdb_sa_id_visible");
  }

  @Test
  @SuppressWarnings("unchecked")
  void configpropsMasksTheSecretsAndShowsTheRest() {
    Map<String, Object> properties = configprops.configurationPropertiesWithPrefix("atlas.peering").getContexts()
        .values().stream().flatMap(c -> c.getBeans().values().stream())
        .map(b -> b.getProperties()).filter(p -> p.containsKey("serviceAccount")).findFirst().orElseThrow();

    Map<String, Object> serviceAccount = (Map<String, Object>) properties.get("serviceAccount");
    Map<String, Object> proxy = (Map<String, Object>) properties.get("proxy");
    assertThat(serviceAccount).containsEntry("clientSecret", "******").containsEntry("clientId", "mdb_sa_id_visible");
    assertThat(proxy).containsEntry("password", "******").containsEntry("username", "proxy-user");
  }
}
