package dev.peerkit.atlas.peering.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peerkit.atlas.peering.spring.internal.AtlasPeeringFailureAnalyzer;
import dev.peerkit.atlas.peering.spring.internal.DependencyVersionsProbe;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Libraries older than the SDK needs are reported at startup, naming the property to raise. */
class DependencyVersionsCheckTest {

  @Test
  void anOldFeignIsNamedWithThePropertyToSet() {
    assertThatThrownBy(() -> DependencyVersionsProbe.check("13.1", "2.21.4", "9.1.6.Final"))
        .isInstanceOfSatisfying(AtlasPeeringConfigurationException.class, e -> {
          FailureAnalysis analysis = new AtlasPeeringFailureAnalyzer().analyze(e);
          assertThat(analysis.getDescription()).contains("io.github.openfeign:feign-core 13.1 (the SDK needs 13.6 or newer)")
              .doesNotContain("jackson");
          assertThat(analysis.getAction()).contains("feign.version");
        });
  }

  @Test
  void oldJacksonAndValidatorAreBothNamed() {
    assertThatThrownBy(() -> DependencyVersionsProbe.check("13.9.1", "2.17.3", "7.0.5.Final"))
        .hasMessageContaining("jackson-databind 2.17.3").hasMessageContaining("hibernate-validator 7.0.5.Final");
  }

  @Test
  void theVersionsOnThisClasspathPass() {
    DependencyVersionsProbe.checkClasspath();
    assertThat(DependencyVersionsProbe.classpathVersion("io.github.openfeign", "feign-core")).isNotBlank();
  }
}
