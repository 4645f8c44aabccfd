package dev.peerkit.atlas.peering.cli;

import java.io.ByteArrayInputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/**
 * The training run behind the launch caches the build makes (JDK 17 AppCDS archive {@code
 * atlas-peering.jsa}; with JDK 25 also the AOT cache {@code atlas-peering.aot}): one-shot updates as
 * a user runs them, with a service account (token, PATCH, revoke) and with an API key (Digest),
 * against a local simulator on 127.0.0.1 that this run starts from {@code
 * atlas-peering-simulator.jar} in its own class loader, so the cache holds the update path's classes
 * and nothing else is put on the class path the cache is checked against ({@code
 * atlas-peering.jar} alone).
 *
 * <p>Usage (the build runs it): {@code java -XX:ArchiveClassesAtExit=atlas-peering.jsa -cp
 * atlas-peering.jar dev.peerkit.atlas.peering.cli.CacheTraining <simulator jar> <body.json>}. Exits
 * with the worst exit code of the updates; nothing leaves the machine.
 */
final class CacheTraining {

  private CacheTraining() {}

  public static void main(String[] args) throws Exception {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CacheTraining <atlas-peering-simulator.jar> <body.json>");
    }
    URL simulatorJar = Path.of(args[0]).toUri().toURL();
    int worst = 0;
    try (URLClassLoader loader = new URLClassLoader(new URL[] {simulatorJar}, CacheTraining.class.getClassLoader())) {
      Class<?> simulatorClass = loader.loadClass("dev.peerkit.atlas.peering.simulator.AtlasSimulator");
      Object builder = simulatorClass.getMethod("builder").invoke(null);
      Object simulator = call(call(builder, "build"), "start");
      try {
        String baseUrl = (String) call(simulator, "baseUrl");
        Object demo = call(simulator, "demoCredentials");
        Class<?> seed = loader.loadClass("dev.peerkit.atlas.peering.simulator.SeedData");
        String groupId = (String) seed.getField("GROUP_ID").get(null);
        String peerId = (String) seed.getField("AWS_PEER_ID").get(null);
        String[] update = {"updatePeeringConnection", "--base-url", baseUrl, "--groupId", groupId,
            "--peerId", peerId, "--file", args[1]};
        worst = Math.max(worst, update(update, Map.of(
            ClientFactory.CLIENT_ID, (String) call(demo, "clientId"),
            ClientFactory.CLIENT_SECRET, (String) call(demo, "clientSecret"))));
        worst = Math.max(worst, update(update, Map.of(
            ClientFactory.PUBLIC_KEY, (String) call(demo, "apiPublicKey"),
            ClientFactory.PRIVATE_KEY, (String) call(demo, "apiPrivateKey"))));
      } finally {
        call(simulator, "stop");
      }
    }
    System.exit(worst);
  }

  private static int update(String[] args, Map<String, String> env) {
    StringWriter out = new StringWriter();
    PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
    int code = AtlasPeeringCli.run(args, new Console(env, new ByteArrayInputStream(new byte[0]),
        new PrintWriter(out, true), err, false));
    System.out.println("training update exited " + code + (out.toString().contains("PENDING_ACCEPTANCE")
        ? " (peer updated)" : ""));
    return code;
  }

  private static Object call(Object target, String method) throws ReflectiveOperationException {
    Method m = target.getClass().getMethod(method);
    return m.invoke(target);
  }
}
