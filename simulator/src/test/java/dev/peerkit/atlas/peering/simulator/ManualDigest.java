package dev.peerkit.atlas.peering.simulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Computes a Digest response (RFC 7616 §3.4, MD5, qop=auth) by hand, so a test can choose the nonce
 * and nonce count that Apache HttpClient would choose for it.
 */
final class ManualDigest {

  private static final Pattern PARAM = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]*))");

  private ManualDigest() {}

  /** The parameters of a {@code WWW-Authenticate: Digest ...} header, quoted or not. */
  static Map<String, String> parseChallenge(String header) {
    Map<String, String> params = new LinkedHashMap<>();
    Matcher matcher = PARAM.matcher(header.substring(header.indexOf(' ') + 1));
    while (matcher.find()) {
      params.put(matcher.group(1), matcher.group(2) != null ? matcher.group(2) : matcher.group(3));
    }
    return params;
  }

  static String authorization(
      Map<String, String> challenge,
      String user,
      String password,
      String method,
      String uri,
      String nc) {
    String cnonce = "0a4f113b";
    String realm = challenge.get("realm");
    String nonce = challenge.get("nonce");
    String ha1 = md5(user + ":" + realm + ":" + password);
    String ha2 = md5(method + ":" + uri);
    String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
    return "Digest username=\""
        + user
        + "\", realm=\""
        + realm
        + "\", nonce=\""
        + nonce
        + "\", uri=\""
        + uri
        + "\", qop=auth, nc="
        + nc
        + ", cnonce=\""
        + cnonce
        + "\", response=\""
        + response
        + "\", opaque=\""
        + challenge.get("opaque")
        + "\", algorithm=MD5";
  }

  private static String md5(String text) {
    try {
      MessageDigest md5 = MessageDigest.getInstance("MD5");
      return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
