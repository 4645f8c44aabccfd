package dev.peerkit.atlas.peering.cli;

import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasException;
import dev.peerkit.atlas.peering.client.errors.AtlasTransportException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.errors.OAuthTokenException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Turns a failure into its exit code and one line on standard error. The line is cut to
 * {@value #MAX_LENGTH} characters, control characters (newlines, terminal escapes) are replaced,
 * and the secrets the CLI holds, and any bearer token, are redacted, even from stack traces.
 */
final class ErrorReport {

  static final int MAX_LENGTH = 1000;

  private final List<String> secrets;
  private final PrintWriter err;
  private final boolean apiKeyInUse;

  ErrorReport(Map<String, String> env, PrintWriter err) {
    this.secrets = java.util.stream.Stream.of(env.get(ClientFactory.CLIENT_SECRET), env.get(ClientFactory.PRIVATE_KEY))
        .filter(Objects::nonNull).map(String::strip).filter(s -> s.length() >= 4).toList();
    this.err = err;
    this.apiKeyInUse = env.get(ClientFactory.CLIENT_SECRET) == null || env.get(ClientFactory.CLIENT_ID) == null;
  }

  /** Prints the failure and returns its exit code. */
  int of(Exception e, boolean debug) {
    int code = code(e);
    err.println(oneLine("Error: " + message(e)));
    if (debug) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      err.print(redact(trace.toString()));
    }
    err.flush();
    return code;
  }

  private static int code(Exception e) {
    if (e instanceof UsageException || e instanceof AtlasValidationException) {
      return ExitCode.USAGE;
    }
    if (e instanceof AtlasTransportException
        || (e instanceof OAuthTokenException token && token.status() == -1)) {
      return ExitCode.UNREACHABLE;
    }
    return ExitCode.API_ERROR;
  }

  private String message(Exception e) {
    if (e instanceof AtlasApiError api) {
      String detail = api.detail() != null ? ": " + api.detail()
          : api.bodyExcerpt() != null && !api.bodyExcerpt().isEmpty() ? ": " + api.bodyExcerpt() : "";
      String hint = api.httpStatus() == 401 && apiKeyInUse
          ? " (check " + ClientFactory.PUBLIC_KEY + " and " + ClientFactory.PRIVATE_KEY + ")" : "";
      if (api.httpStatus() / 100 == 3 || (api.httpStatus() == 401 && e.getMessage().contains("The server asked for"))) {
        // The SDK's message names the Location, or the challenge it did not answer.
        return "Atlas answered " + e.getMessage() + hint;
      }
      return "Atlas answered HTTP " + api.httpStatus() + (api.errorCode() == null ? "" : " " + api.errorCode())
          + detail + hint;
    }
    if (e instanceof UsageException || e instanceof AtlasException) {
      return e.getMessage();
    }
    return "Unexpected failure: " + e;
  }

  private String oneLine(String text) {
    // Line breaks and tabs become spaces (one line); other controls, C1 and bidi become \\uXXXX.
    String line = TerminalText.escape(redact(text).replaceAll("[\\r\\n\\t]", " "));
    String cut = "... (cut)";
    return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH - cut.length()) + cut;
  }

  private String redact(String text) {
    String result = text.replaceAll("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]{8,}", "$1 <redacted>")
        // user:password@ in any URL, such as a --base-url quoted by an error
        .replaceAll("(?i)\\b([a-z][a-z0-9+.-]*://)[^/@\\s]*@", "$1<redacted>@");
    for (String secret : secrets) {
      result = result.replace(secret, "<redacted>");
    }
    return result;
  }
}
