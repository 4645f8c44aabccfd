package dev.peerkit.atlas.peering.simulator.auth;

import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import org.eclipse.jetty.security.Constraint;
import org.eclipse.jetty.security.HashLoginService;
import org.eclipse.jetty.security.SecurityHandler;
import org.eclipse.jetty.security.UserStore;
import org.eclipse.jetty.security.authentication.DigestAuthenticator;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.util.security.Password;

/** Builds the Jetty {@link SecurityHandler} that guards the API with HTTP Digest (RFC 7616). */
public final class DigestSecurity {

  private DigestSecurity() {}

  /**
   * Wraps {@code api} so that every request needs a valid Digest response for the API key.
   *
   * @param credentials holds the API key: public key = username, private key = password
   * @param authenticator the Digest authenticator (its max nonce age decides {@code stale})
   * @param api the handler to protect
   * @return the security handler; challenges carry realm {@value DemoCredentials#DIGEST_REALM}
   */
  public static SecurityHandler create(
      DemoCredentials credentials, DigestAuthenticator authenticator, Handler api) {
    UserStore users = new UserStore();
    // Digest needs the plain password to compute HA1, hence Password rather than a hash.
    users.addUser(
        credentials.apiPublicKey(),
        new Password(credentials.apiPrivateKey()),
        new String[] {"GROUP_OWNER"});
    HashLoginService apiKeys = new HashLoginService(DemoCredentials.DIGEST_REALM);
    apiKeys.setUserStore(users);

    SecurityHandler.PathMapped security = new SecurityHandler.PathMapped(api);
    security.setLoginService(apiKeys);
    security.setAuthenticator(authenticator);
    security.put("/*", Constraint.ANY_USER);
    return security;
  }
}
