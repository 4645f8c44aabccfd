package dev.peerkit.atlas.peering.client.internal.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import feign.FeignException;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * Feign {@link ErrorDecoder} that turns every non-2xx answer from Atlas into Feign's per-status
 * exception implementing {@code AtlasApiError}. A 429 or a 503 is handed to the retryer as a
 * {@link RetryableException} whose cause is the typed exception; the retryer throws that typed
 * exception when it gives up. Answers from other hosts go to the Feign builder's own decoder.
 */
public final class AtlasErrorDecoder implements ErrorDecoder {

  /** Builds typed exceptions from a status and body; shared with the envelope decoder. */
  public static final class Errors {
    private final ApiErrorParser parser;
    private final String apiVersion;
    private final Clock clock;

    /**
     * @param mapper the SDK's mapper
     * @param apiVersion the API version requests are sent with, named in 406/410 messages
     * @param clock clock for HTTP-date {@code Retry-After} values
     */
    public Errors(ObjectMapper mapper, String apiVersion, Clock clock) {
      this.parser = new ApiErrorParser(mapper);
      this.apiVersion = apiVersion;
      this.clock = clock;
    }

    /**
     * @param status the HTTP status (or an envelope's inner {@code status})
     * @param response the response, for its headers and request
     * @param body the error body bytes
     * @return a typed exception, or a {@link RetryableException} wrapping one for 429 and 503
     */
    public RuntimeException toException(int status, Response response, byte[] body) {
      FeignException error = AtlasApiExceptions.of(parser.parse(status, response.headers(), body),
          response.request(), body, apiVersion, clock);
      if (status == 429 || status == 503) {
        return new RetryableException(status, error.getMessage(), response.request().httpMethod(),
            error, (Long) null, response.request());
      }
      return error;
    }
  }

  private final Errors errors;
  private final AtlasSettings settings;
  private final ErrorDecoder delegate;

  /**
   * @param errors builds the typed exceptions
   * @param settings tells Atlas answers from others
   * @param delegate the Feign builder's own error decoder, for other hosts
   */
  public AtlasErrorDecoder(Errors errors, AtlasSettings settings, ErrorDecoder delegate) {
    this.errors = errors;
    this.settings = settings;
    this.delegate = delegate;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    if (!settings.targets(response.request().url())) {
      return delegate.decode(methodKey, response);
    }
    return errors.toException(response.status(), response, readBody(response));
  }

  private static byte[] readBody(Response response) {
    if (response.body() == null) {
      return new byte[0];
    }
    try (InputStream in = response.body().asInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      return new byte[0];
    }
  }
}
