package dev.peerkit.atlas.peering.spring;

import dev.peerkit.atlas.peering.client.AtlasCapability;
import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.AtlasPeeringClientBuilder;
import dev.peerkit.atlas.peering.spring.internal.AtlasOptionsBinder;
import dev.peerkit.atlas.peering.spring.internal.AtlasSecretSanitizer;
import dev.peerkit.atlas.peering.spring.internal.DependencyVersions;
import dev.peerkit.atlas.peering.spring.internal.FeignNativeContractCapability;
import feign.Client;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Auto-configuration of the Atlas peering SDK from the {@code atlas.peering.*} properties ({@link
 * AtlasPeeringProperties}).
 *
 * <ul>
 *   <li>an {@link AtlasCapability} bean: Spring Cloud OpenFeign adds every {@code feign.Capability}
 *       bean to every {@code @FeignClient}, so a client targeting Atlas (such as one declared on the
 *       generated {@code NetworkPeeringApi} with {@code url = "${atlas.peering.base-url}"}) gets Atlas
 *       auth, headers, envelope, typed errors, retries and validation; other clients pass through;
 *   <li>an {@link AtlasPeeringClient} bean, the ready-made facade;
 *   <li>with Micrometer ({@link AtlasPeeringMetricsAutoConfiguration}), an {@link
 *       AtlasPeeringObserver} recording calls, 429s, retries and token fetches;
 *   <li>with Spring Cloud OpenFeign and no {@code feign.Client} bean, Feign's default client as the
 *       context's client, so the capability supplies its own HttpClient 5 client (Digest, and the
 *       proxy and trust-store properties) instead of Spring's;
 *   <li>with Actuator, a {@code SanitizingFunction} masking the SDK's secrets.
 * </ul>
 *
 * <p>Both SDK beans are closed with the context: the service-account token is revoked ({@code POST
 * /api/oauth/revoke}) and connections released. Configuration problems (no credentials, half a
 * pair, plain http to a non-loopback host, libraries older than the SDK needs) stop the startup with
 * a failure analysis.
 */
@AutoConfiguration(beforeName = "org.springframework.cloud.openfeign.FeignAutoConfiguration")
@ConditionalOnClass(AtlasCapability.class)
@ConditionalOnProperty(prefix = AtlasPeeringProperties.PREFIX, name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(AtlasPeeringProperties.class)
public class AtlasPeeringAutoConfiguration {

  /** Creates the auto-configuration; Spring Boot does. */
  public AtlasPeeringAutoConfiguration() {}

  /**
   * @param properties the {@code atlas.peering.*} properties
   * @param observer the metrics observer, if any
   * @return the capability every {@code @FeignClient} gets; closed with the context
   * @throws AtlasPeeringConfigurationException if the properties cannot make a working client
   */
  @Bean
  @ConditionalOnMissingBean
  public AtlasCapability atlasCapability(AtlasPeeringProperties properties,
      ObjectProvider<AtlasPeeringObserver> observer) {
    DependencyVersions.check();
    AtlasCapability.Builder builder =
        AtlasOptionsBinder.apply(properties, AtlasCapability.builder(), observer.getIfAvailable());
    return AtlasOptionsBinder.build(properties, builder::build);
  }

  /**
   * @param properties the {@code atlas.peering.*} properties
   * @param observer the metrics observer, if any
   * @return the ready-made client; closed with the context
   * @throws AtlasPeeringConfigurationException if the properties cannot make a working client
   */
  @Bean
  @ConditionalOnMissingBean
  public AtlasPeeringClient atlasPeeringClient(AtlasPeeringProperties properties,
      ObjectProvider<AtlasPeeringObserver> observer) {
    DependencyVersions.check();
    AtlasPeeringObserver metrics = observer.getIfAvailable();
    AtlasPeeringClientBuilder builder = AtlasOptionsBinder.apply(properties, AtlasPeeringClient.builder(), metrics);
    if (metrics != null) {
      builder.addCapability(metrics);
    }
    return AtlasOptionsBinder.build(properties, builder::build);
  }

  /** Spring Cloud OpenFeign: leave the transport to the capability unless the application has one. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.cloud.openfeign.FeignClient")
  static class OpenFeignConfiguration {

    /**
     * Feign's default client, which the {@link AtlasCapability} replaces with its own HttpClient 5
     * client (needed for Digest; it carries the proxy, trust-store and pool properties). Declare a
     * {@code feign.Client} bean of your own to keep your transport (service accounts only).
     *
     * @return Feign's default client
     */
    @Bean
    @ConditionalOnMissingBean(Client.class)
    Client atlasFeignClient() {
      return new Client.Default(null, null);
    }

    /**
     * Feign's default contract for interfaces annotated with {@code @RequestLine} (the generated
     * {@code NetworkPeeringApi}), Spring MVC annotations for the others.
     *
     * @return the capability choosing the contract per interface
     */
    @Bean
    FeignNativeContractCapability atlasFeignNativeContract() {
      return new FeignNativeContractCapability();
    }
  }

  /** Actuator: mask the SDK's secrets in {@code /actuator/env} and {@code /actuator/configprops}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
  static class ActuatorConfiguration {

    /** @return the function masking {@code atlas.peering.*} secrets */
    @Bean
    AtlasSecretSanitizer atlasPeeringSecretSanitizer() {
      return new AtlasSecretSanitizer();
    }
  }
}
