package dev.peerkit.atlas.peering.client.fault;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Server side of HTTP Digest (RFC 7616 section 3.4) for the fault suites: challenges with a given
 * {@code algorithm} and {@code qop}, and checks the client's {@code response} the way a server
 * must (HA1, {@code -sess}, {@code auth-int} over the body, or no qop as in RFC 2069).
 */
public final class DigestVerifier {

  private static final Pattern PARAM = Pattern.compile("(\\w+)\\s*=\\s*(\"([^\"]*)\"|([^,\\s]+))");

  private final String algorithm;
  private final String qop;
  private final String user;
  private final String password;

  /**
   * @param algorithm {@code MD5}, {@code SHA-256}, {@code MD5-sess}, ...
   * @param qop {@code auth}, {@code auth-int}, or {@code null} for none
   * @param user the user (public key)
   * @param password the password (private key)
   */
  public DigestVerifier(String algorithm, String qop, String user, String password) {
    this.algorithm = algorithm;
    this.qop = qop;
    this.user = user;
    this.password = password;
  }

  /** @return the {@code WWW-Authenticate} value */
  public String challenge(boolean stale) {
    return "Digest realm=\"atlas\", nonce=\"n" + System.nanoTime() + "\", opaque=\"op\", algorithm="
        + algorithm + (qop == null ? "" : ", qop=\"" + qop + "\"") + (stale ? ", stale=true" : "");
  }

  /** @return whether the request's {@code Authorization} is a correct Digest answer */
  public boolean verify(FaultServer.Req req) {
    String auth = req.header("Authorization");
    if (auth == null || !auth.regionMatches(true, 0, "Digest ", 0, 7)) {
      return false;
    }
    Map<String, String> p = new HashMap<>();
    Matcher m = PARAM.matcher(auth.substring(7));
    while (m.find()) {
      p.put(m.group(1).toLowerCase(), m.group(3) != null ? m.group(3) : m.group(4));
    }
    if (!user.equals(p.get("username")) || !req.target().equals(p.get("uri"))) {
      return false;
    }
    String ha1 = h(user + ":" + p.get("realm") + ":" + password);
    if (algorithm.toLowerCase().endsWith("-sess")) {
      ha1 = h(ha1 + ":" + p.get("nonce") + ":" + p.get("cnonce"));
    }
    String ha2 = "auth-int".equals(qop)
        ? h(req.method() + ":" + p.get("uri") + ":" + h(req.body()))
        : h(req.method() + ":" + p.get("uri"));
    String expected = qop == null
        ? h(ha1 + ":" + p.get("nonce") + ":" + ha2)
        : h(ha1 + ":" + p.get("nonce") + ":" + p.get("nc") + ":" + p.get("cnonce") + ":" + p.get("qop") + ":" + ha2);
    return expected.equals(p.get("response"));
  }

  private String h(String s) {
    return h(s.getBytes(StandardCharsets.UTF_8));
  }

  private String h(byte[] bytes) {
    String base = algorithm.replaceFirst("(?i)-sess$", "").toUpperCase();
    String jca = switch (base) {
      case "SHA-256" -> "SHA-256";
      case "SHA-512-256" -> "SHA-512/256";
      default -> "MD5";
    };
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance(jca).digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
