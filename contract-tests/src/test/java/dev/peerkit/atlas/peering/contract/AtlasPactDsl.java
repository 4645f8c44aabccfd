package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.consumer.dsl.DslPart;
import au.com.dius.pact.consumer.dsl.PactDslJsonBody;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithPath;
import au.com.dius.pact.consumer.dsl.PactDslRequestWithoutPath;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import dev.peerkit.atlas.peering.spec.ApiVersions;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * How every interaction pins the request and the response headers. Each regex matcher carries an
 * explicit example: Pact JVM generates examples from anchored regexes with the anchors in them.
 * Pact matches these regexes against the whole value, so they need no anchors.
 */
public final class AtlasPactDsl {

  /**
   * The versioned media type the SDK sends as {@code Accept} and {@code Content-Type}: the
   * operation's latest resource version, as the spec declares it.
   */
  public static final String MEDIA_TYPE = ApiVersions.mediaType(ApiVersions.latest());
  /** A 24-hexadecimal-digit id, the spec's {@code ^([a-f0-9]{24})$}. */
  public static final String HEX24 = "[a-f0-9]{24}";
  /** The operation's path with both ids. */
  public static final String PEER_PATH = "/api/atlas/v2/groups/" + HEX24 + "/peers/" + HEX24;
  /** An RFC 6750 bearer token (b64token). */
  public static final String TOKEN_CHARS = "[A-Za-z0-9._~+/-]+=*";
  /** The OAuth token endpoint, under the API's base URL. */
  public static final String TOKEN_PATH = "/api/oauth/token";

  /** Exactly {@link #MEDIA_TYPE}: without a matcher Pact would accept extra media-type parameters. */
  private static final String MEDIA_TYPE_EXACTLY = MEDIA_TYPE.replace(".", "\\.").replace("+", "\\+");
  /**
   * Any Atlas version date: Atlas answers with the media type of the resource's own version, which
   * may be older or newer than the one asked for, so the pact pins the shape, not the date.
   */
  public static final String ANY_ATLAS_MEDIA_TYPE = "application/vnd\\.atlas\\.[0-9]{4}-[0-9]{2}-[0-9]{2}\\+json";
  /** An optional UTF-8 charset parameter, as servers add it. */
  public static final String CHARSET = "(;\\s*charset=(?i:utf-8))?";
  private static final String FORM = "application/x-www-form-urlencoded; charset=UTF-8";

  private AtlasPactDsl() {}

  /**
   * Pins a {@code PATCH} of one peering connection: path (regex, with these ids as the example),
   * {@code Accept} and {@code Content-Type} exactly {@link #MEDIA_TYPE}, and a bearer {@code
   * Authorization}. The caller adds the query and the body.
   *
   * @param request the interaction so far
   * @param groupId example project id
   * @param peerId example peer id
   * @return the request, to be continued
   */
  public static PactDslRequestWithPath patch(PactDslRequestWithoutPath request, String groupId, String peerId) {
    return request.method("PATCH")
        .matchPath(PEER_PATH, "/api/atlas/v2/groups/" + groupId + "/peers/" + peerId)
        .matchHeader("Accept", MEDIA_TYPE_EXACTLY, MEDIA_TYPE)
        .matchHeader("Content-Type", MEDIA_TYPE_EXACTLY, MEDIA_TYPE)
        .matchHeader("Authorization", "Bearer " + TOKEN_CHARS, "Bearer " + Examples.ACCESS_TOKEN);
  }

  /**
   * A 200 answer with an Atlas versioned media type of any date ({@link #ANY_ATLAS_MEDIA_TYPE}).
   *
   * @param request the request
   * @param body the peering connection, or its envelope
   * @return the response
   */
  public static PactDslResponse ok(PactDslRequestWithPath request, DslPart body) {
    return request.willRespondWith()
        .status(200)
        .matchHeader("Content-Type", ANY_ATLAS_MEDIA_TYPE + CHARSET, MEDIA_TYPE)
        .body(body);
  }

  /**
   * An error answer: an ApiError as {@code application/json}, the spec's media type for errors.
   *
   * @param request the request
   * @param status the HTTP status
   * @param body the ApiError
   * @return the response
   */
  public static PactDslResponse error(PactDslRequestWithPath request, int status, DslPart body) {
    return request.willRespondWith()
        .status(status)
        .matchHeader("Content-Type", "application/json" + CHARSET, "application/json")
        .body(body);
  }

  /**
   * The client-credentials token request (RFC 6749 section 4.4) that precedes the first API call
   * of a service-account client: HTTP Basic client authentication, a form body, JSON back.
   *
   * @param request the interaction so far
   * @return the response
   */
  public static PactDslResponse tokenRequest(PactDslRequestWithoutPath request) {
    return request.method("POST")
        .path(TOKEN_PATH)
        .body("grant_type=client_credentials", FORM)
        .matchHeader("Content-Type", "application/x-www-form-urlencoded" + CHARSET, FORM)
        .matchHeader("Accept", "application/json", "application/json")
        .matchHeader("Authorization", "Basic [A-Za-z0-9+/]+=*", basic(Examples.CLIENT_ID, Examples.CLIENT_SECRET))
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", "application/json" + CHARSET, "application/json")
        .body(new PactDslJsonBody()
            .stringMatcher("access_token", TOKEN_CHARS, Examples.ACCESS_TOKEN)
            .integerType("expires_in", 3600)
            .stringValue("token_type", "Bearer"));
  }

  /**
   * @param user the user (client id)
   * @param password the password (client secret)
   * @return {@code Basic base64(user:password)}
   */
  public static String basic(String user, String password) {
    return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }
}
