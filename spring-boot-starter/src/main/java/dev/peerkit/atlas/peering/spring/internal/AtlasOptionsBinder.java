package dev.peerkit.atlas.peering.spring.internal;

import dev.peerkit.atlas.peering.client.AtlasOptionsBuilder;
import dev.peerkit.atlas.peering.client.retry.RetryPolicy;
import dev.peerkit.atlas.peering.spring.AtlasPeeringConfigurationException;
import dev.peerkit.atlas.peering.spring.AtlasPeeringObserver;
import dev.peerkit.atlas.peering.spring.AtlasPeeringProperties;
import java.io.IOException;
import java.io.InputStream;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

/**
 * Applies the {@code atlas.peering.*} properties to an SDK builder, turning every problem into an
 * {@link AtlasPeeringConfigurationException} that names properties, never secret values.
 */
public final class AtlasOptionsBinder {

  private static final String P = AtlasPeeringProperties.PREFIX + ".";

  private AtlasOptionsBinder() {}

  /**
   * @param properties the bound properties
   * @param builder a capability or facade builder
   * @param observer metrics observer, or {@code null}
   * @param <B> the builder type
   * @return the builder, configured
   * @throws AtlasPeeringConfigurationException if the properties cannot make a working client
   */
  public static <B extends AtlasOptionsBuilder<B>> B apply(AtlasPeeringProperties properties, B builder,
      AtlasPeeringObserver observer) {
    credentials(properties, builder);
    try {
      builder.baseUrl(properties.getBaseUrl())
          .allowInsecureHttp(properties.isAllowInsecureHttp())
          .connectTimeout(properties.getConnectTimeout())
          .responseTimeout(properties.getResponseTimeout())
          .tokenExpirySkew(properties.getTokenExpirySkew())
          .maxConnections(properties.getMaxConnections())
          .callTimeout(properties.getCallTimeout())
          .maxResponseBytes(properties.getMaxResponseBytes())
          .adaptiveRateLimiting(properties.getRateLimit().isAdaptive())
          .rateLimitMaxWait(properties.getRateLimit().getMaxWait())
          .retryPolicy(retryPolicy(properties.getRetry()));
      if (properties.getApiVersion() != null) {
        builder.apiVersion(properties.getApiVersion());
      }
      AtlasPeeringProperties.Proxy proxy = properties.getProxy();
      if (proxy.getHost() != null && !proxy.getHost().isBlank()) {
        builder.proxy(proxy.getHost(), proxy.getPort());
        if (proxy.getUsername() != null) {
          builder.proxyCredentials(proxy.getUsername(), proxy.getPassword() == null ? "" : proxy.getPassword());
        }
      }
      if (proxy.isUseSystemProperties()) {
        builder.useSystemProperties();
      }
      if (properties.getTrustStore().getLocation() != null) {
        builder.trustStore(trustStore(properties.getTrustStore()));
      }
      if (observer != null) {
        builder.onTokenFetch(observer);
      }
    } catch (IllegalArgumentException | IllegalStateException e) {
      if (e instanceof AtlasPeeringConfigurationException) {
        throw e;
      }
      throw invalid(properties, e);
    }
    return builder;
  }

  /**
   * Checks the options together, as {@code build()} does, turning its refusal into a failure
   * analysis.
   *
   * @param properties the bound properties
   * @param build builds the capability or client
   * @param <T> what is built
   * @return what was built
   */
  public static <T> T build(AtlasPeeringProperties properties, java.util.function.Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw invalid(properties, e);
    }
  }

  private static AtlasPeeringConfigurationException invalid(AtlasPeeringProperties properties, RuntimeException e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    if (message.startsWith("Refusing to send credentials over plain http")) {
      return new AtlasPeeringConfigurationException("The Atlas peering SDK would send credentials over"
          + " plain http to a host that is not loopback: " + P + "base-url=" + properties.getBaseUrl(),
          "Use an https:// URL in " + P + "base-url (plain http is accepted for 127.0.0.1 and localhost,"
              + " such as a local simulator), or set " + P + "allow-insecure-http=true on a trusted network.", e);
    }
    return new AtlasPeeringConfigurationException("The Atlas peering SDK cannot be configured from the "
        + P + "* properties: " + message, "Correct the " + P + "* properties named above.", e);
  }

  private static void credentials(AtlasPeeringProperties properties, AtlasOptionsBuilder<?> builder) {
    String id = text(properties.getServiceAccount().getClientId());
    String secret = text(properties.getServiceAccount().getClientSecret());
    String publicKey = text(properties.getApiKey().getPublicKey());
    String privateKey = text(properties.getApiKey().getPrivateKey());
    String half = half(id, "service-account.client-id", secret, "service-account.client-secret");
    String otherHalf = half(publicKey, "api-key.public-key", privateKey, "api-key.private-key");
    String action = "Set " + P + "service-account.client-id and " + P + "service-account.client-secret"
        + " (a service account, OAuth 2.0), or " + P + "api-key.public-key and " + P + "api-key.private-key"
        + " (an API key, HTTP Digest). Keep secrets out of source control: take them from the environment"
        + " (ATLAS_PEERING_SERVICE_ACCOUNT_CLIENT_SECRET) or a secret store.";
    if (half != null || otherHalf != null) {
      throw new AtlasPeeringConfigurationException("The Atlas peering SDK has half a credential pair: "
          + (half != null ? half : otherHalf) + ".", action, null);
    }
    if (id != null) {
      builder.serviceAccount(id, secret);
    } else if (publicKey != null) {
      builder.apiKey(publicKey, privateKey);
    } else {
      throw new AtlasPeeringConfigurationException("The Atlas peering SDK has no credentials: none of "
          + P + "service-account.* or " + P + "api-key.* is set.", action, null);
    }
  }

  private static String half(String a, String aName, String b, String bName) {
    if ((a == null) == (b == null)) {
      return null;
    }
    return a != null ? P + aName + " is set but " + P + bName + " is not"
        : P + bName + " is set but " + P + aName + " is not";
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  private static RetryPolicy retryPolicy(AtlasPeeringProperties.Retry retry) {
    return RetryPolicy.builder().maxAttempts(retry.getMaxAttempts()).initialBackoff(retry.getInitialBackoff())
        .maxDelay(retry.getMaxDelay()).retryReadTimeouts(retry.isRetryReadTimeouts()).build();
  }

  private static KeyStore trustStore(AtlasPeeringProperties.TrustStore settings) {
    Resource resource = new DefaultResourceLoader().getResource(settings.getLocation());
    try (InputStream in = resource.getInputStream()) {
      KeyStore store = KeyStore.getInstance(settings.getType());
      store.load(in, settings.getPassword() == null ? null : settings.getPassword().toCharArray());
      return store;
    } catch (IOException | GeneralSecurityException e) {
      throw new AtlasPeeringConfigurationException("The Atlas peering SDK cannot read the trust store "
          + P + "trust-store.location=" + settings.getLocation() + " (" + e.getClass().getSimpleName() + ")",
          "Check " + P + "trust-store.location, .type and .password.", null);
    }
  }
}
