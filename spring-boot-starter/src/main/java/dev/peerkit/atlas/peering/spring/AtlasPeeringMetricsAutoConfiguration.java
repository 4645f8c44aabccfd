package dev.peerkit.atlas.peering.spring;

import dev.peerkit.atlas.peering.spring.internal.MicrometerAtlasObserver;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for the SDK (see {@link MicrometerAtlasObserver} for names and tags), when
 * Micrometer is on the classpath. It runs after {@link AtlasPeeringAutoConfiguration} so that Spring
 * Cloud OpenFeign, which adds capability beans in the order they were declared, adds the observer
 * after the {@code AtlasCapability}: its client then sees each attempt as sent, with its status.
 */
@AutoConfiguration(after = AtlasPeeringAutoConfiguration.class)
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnProperty(prefix = AtlasPeeringProperties.PREFIX, name = "enabled", matchIfMissing = true)
public class AtlasPeeringMetricsAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public AtlasPeeringMetricsAutoConfiguration() {}

  /**
   * @param registry the application's registry, looked up at the first measurement
   * @param properties for the base URL
   * @return the observer
   */
  @Bean
  @ConditionalOnMissingBean(AtlasPeeringObserver.class)
  public AtlasPeeringObserver atlasPeeringObserver(ObjectProvider<MeterRegistry> registry,
      AtlasPeeringProperties properties) {
    String baseUrl = properties.getBaseUrl() == null ? "" : properties.getBaseUrl().strip().replaceAll("/+$", "");
    return new MicrometerAtlasObserver(registry::getIfAvailable, baseUrl);
  }
}
