package dev.peerkit.atlas.peering.client.transport;

import feign.RequestInterceptor;
import feign.RequestTemplate;

/**
 * Sets the headers every Atlas request carries, replacing what the generated interface declares:
 * {@code Accept} and {@code Content-Type} become exactly {@code
 * application/vnd.atlas.<apiVersion>+json} (the generated {@code Accept} also lists {@code
 * application/json}, taken from the error responses' media type), and {@code User-Agent}.
 */
public final class AtlasHeadersInterceptor implements RequestInterceptor {

  private final String mediaType;
  private final String userAgent;

  /**
   * @param apiVersion the version date, such as {@code 2025-03-12}
   * @param userAgent the User-Agent value
   */
  public AtlasHeadersInterceptor(String apiVersion, String userAgent) {
    this.mediaType = "application/vnd.atlas." + apiVersion + "+json";
    this.userAgent = userAgent;
  }

  @Override
  public void apply(RequestTemplate template) {
    template.removeHeader("Accept");
    template.header("Accept", mediaType);
    if (template.body() != null) {
      template.removeHeader("Content-Type");
      template.header("Content-Type", mediaType);
    }
    template.removeHeader("User-Agent");
    template.header("User-Agent", userAgent);
  }

  /** @return the versioned media type sent in {@code Accept} and {@code Content-Type} */
  public String mediaType() {
    return mediaType;
  }
}
