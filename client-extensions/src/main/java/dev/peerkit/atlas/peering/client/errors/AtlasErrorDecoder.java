package dev.peerkit.atlas.peering.client.errors;

import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;

/**
 * Feign {@link ErrorDecoder} that turns every non-2xx answer into a typed {@link
 * AtlasApiException}. A 429 or a 503 is handed to the retryer as a {@link RetryableException}
 * whose cause is the typed exception; the client unwraps it when the retries are used up.
 */
public final class AtlasErrorDecoder implements ErrorDecoder {

  private final ApiErrorParser parser;
  private final String apiVersion;
  private final Clock clock;

  /**
   * @param parser reads the {@code ApiError} body
   * @param apiVersion the API version requests are sent with, named in 406/410 messages
   * @param clock clock for HTTP-date {@code Retry-After} values
   */
  public AtlasErrorDecoder(ApiErrorParser parser, String apiVersion, Clock clock) {
    this.parser = parser;
    this.apiVersion = apiVersion;
    this.clock = clock;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    return toException(response.status(), response, readBody(response));
  }

  /**
   * Builds the exception for an error status and body; used for plain and enveloped errors alike.
   *
   * @param status the HTTP status (or an envelope's inner {@code status})
   * @param response the response, for its headers and request
   * @param body the error body bytes
   * @return a typed exception, or a {@link RetryableException} wrapping one for 429 and 503
   */
  public RuntimeException toException(int status, Response response, byte[] body) {
    AtlasApiException error =
        AtlasApiExceptions.of(parser.parse(status, response.headers(), body), apiVersion, clock);
    if (status == 429 || status == 503) {
      return new RetryableException(status, error.getMessage(), response.request().httpMethod(),
          error, (Long) null, response.request());
    }
    return error;
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
