package dev.peerkit.atlas.peering.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import org.eclipse.jetty.util.ssl.SslContextFactory;

/**
 * Self-signed key material for TLS tests, made once per test run with the JDK's own {@code
 * keytool} (nothing is committed): a server certificate for {@code 127.0.0.1} and a client
 * certificate for mutual TLS, each in a PKCS#12 store, and trust stores holding only the other
 * side's certificate.
 */
final class TlsFixtures {

  static final String PASSWORD = "changeit";
  /** A name only {@link TestProxy} resolves (to 127.0.0.1); the server certificate covers it. */
  static final String PROXIED_HOST = "atlas.test";
  private static Path dir;

  private TlsFixtures() {}

  /** @return the directory with server.p12, client.p12, server-trust.p12 and client-trust.p12 */
  static synchronized Path dir() {
    if (dir == null) {
      try {
        Path d = Files.createTempDirectory("atlas-tls");
        keytool(d, "-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1",
            "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1,dns:localhost,dns:" + PROXIED_HOST, "-validity", "2",
            "-keystore", "server.p12");
        keytool(d, "-genkeypair", "-alias", "client", "-keyalg", "EC", "-groupname", "secp256r1",
            "-dname", "CN=atlas-sdk-test-client", "-validity", "2", "-keystore", "client.p12");
        keytool(d, "-exportcert", "-alias", "server", "-keystore", "server.p12", "-file", "server.cer");
        keytool(d, "-exportcert", "-alias", "client", "-keystore", "client.p12", "-file", "client.cer");
        keytool(d, "-importcert", "-noprompt", "-alias", "server", "-file", "server.cer", "-keystore", "server-trust.p12");
        keytool(d, "-importcert", "-noprompt", "-alias", "client", "-file", "client.cer", "-keystore", "client-trust.p12");
        dir = d;
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException("keytool failed", e);
      }
    }
    return dir;
  }

  private static void keytool(Path d, String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
    command.addAll(List.of(args));
    command.addAll(List.of("-storetype", "PKCS12", "-storepass", PASSWORD));
    Process p = new ProcessBuilder(command).directory(d.toFile()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes());
    if (p.waitFor() != 0) {
      throw new IOException("keytool " + String.join(" ", args) + ": " + out);
    }
  }

  static KeyStore load(String name) {
    try (InputStream in = Files.newInputStream(dir().resolve(name))) {
      KeyStore store = KeyStore.getInstance("PKCS12");
      store.load(in, PASSWORD.toCharArray());
      return store;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The client's trust store: only the test server's certificate. */
  static KeyStore serverTrust() {
    return load("server-trust.p12");
  }

  /** The client's certificate and key for mutual TLS. */
  static KeyStore clientKeys() {
    return load("client.p12");
  }

  /** TLS for the test server with its self-signed certificate. */
  static SslContextFactory.Server server() {
    SslContextFactory.Server tls = new SslContextFactory.Server();
    tls.setKeyStorePath(dir().resolve("server.p12").toString());
    tls.setKeyStorePassword(PASSWORD);
    tls.setKeyStoreType("PKCS12");
    return tls;
  }

  /** As {@link #server()}, and the client must present the test client certificate. */
  static SslContextFactory.Server serverRequiringClientCertificate() {
    SslContextFactory.Server tls = server();
    tls.setTrustStorePath(dir().resolve("client-trust.p12").toString());
    tls.setTrustStorePassword(PASSWORD);
    tls.setTrustStoreType("PKCS12");
    tls.setNeedClientAuth(true);
    return tls;
  }
}
