package dev.peerkit.atlas.peering.contract;

import au.com.dius.pact.core.model.HttpRequest;
import au.com.dius.pact.core.model.HttpResponse;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The token interaction checked against what the spec's {@code ServiceAccounts} scheme declares:
 * an OAuth 2.0 client-credentials exchange (RFC 6749 sections 2.3.1, 4.4 and 5.1).
 */
final class TokenExchange {

  private TokenExchange() {}

  static List<String> requestProblems(HttpRequest request) {
    List<String> problems = new ArrayList<>();
    if (!request.getMethod().equalsIgnoreCase("POST")) {
      problems.add("the token request must be a POST, was " + request.getMethod());
    }
    if (!header(request.getHeaders().get("Authorization")).startsWith("Basic ")) {
      problems.add("the client must authenticate with HTTP Basic");
    }
    if (!header(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded")) {
      problems.add("the token request must be a form");
    }
    if (!request.getBody().valueAsString().equals("grant_type=client_credentials")) {
      problems.add("the form must be grant_type=client_credentials, was " + request.getBody().valueAsString());
    }
    return problems;
  }

  static List<String> responseProblems(HttpResponse response) {
    List<String> problems = new ArrayList<>();
    if (response.getStatus() != 200) {
      problems.add("the token answer must be 200, was " + response.getStatus());
    }
    JsonNode token = SpecContract.readJson(response.getBody().valueAsString());
    if (!token.path("access_token").isTextual()) {
      problems.add("the token answer must carry an access_token");
    }
    if (!token.path("token_type").asText().toLowerCase(Locale.ROOT).equals("bearer")) {
      problems.add("the token_type must be Bearer, was " + token.path("token_type"));
    }
    if (!token.path("expires_in").canConvertToInt()) {
      problems.add("expires_in must be a number of seconds, was " + token.path("expires_in"));
    }
    return problems;
  }

  private static String header(List<String> values) {
    return values == null || values.isEmpty() ? "" : values.get(0);
  }
}
