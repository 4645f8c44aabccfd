package dev.peerkit.atlas.peering.spring.internal;

import dev.peerkit.atlas.peering.spring.AtlasPeeringConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;

/**
 * Checks at startup that the libraries the SDK runs on are not older than it needs. Spring Boot's
 * and Spring Cloud's dependency management choose their own versions of Feign, Jackson and
 * Hibernate Validator (Boot 3.5 with Cloud 2025.0: Feign 13.6, Jackson 2.19, Hibernate Validator
 * 8.0), so a too-old one fails here, naming the Maven property to set, instead of at the first call.
 *
 * <p>The minimums are the oldest versions the compatibility tests run (the {@code
 * spring-boot3-tests} module, on Boot's own versions). Versions are read from the jars' {@code
 * META-INF/maven/.../pom.properties}; a jar without one (shaded, repackaged) is not checked.
 */
public final class DependencyVersions {

  /** One library: where its version is found, the oldest the SDK works with, and how to raise it. */
  record Requirement(String groupId, String artifactId, String minimum, String property) {
    String resource() {
      return "META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties";
    }
  }

  static final List<Requirement> REQUIREMENTS = List.of(
      new Requirement("io.github.openfeign", "feign-core", "13.6", "feign.version (Spring Cloud's spring-cloud-openfeign-dependencies)"),
      new Requirement("com.fasterxml.jackson.core", "jackson-databind", "2.19.0", "jackson-bom.version"),
      new Requirement("org.hibernate.validator", "hibernate-validator", "8.0.0.Final", "hibernate-validator.version"));

  private static volatile boolean checked;

  private DependencyVersions() {}

  /**
   * Checks the classpath once per JVM.
   *
   * @throws AtlasPeeringConfigurationException naming each library that is too old
   */
  public static void check() {
    if (!checked) {
      check(DependencyVersions::fromClasspath);
      checked = true;
    }
  }

  /**
   * @param versions finds the present version of a library, or {@code null} when unknown
   * @throws AtlasPeeringConfigurationException naming each library that is too old
   */
  static void check(Function<Requirement, String> versions) {
    List<String> tooOld = new ArrayList<>();
    List<String> actions = new ArrayList<>();
    for (Requirement r : REQUIREMENTS) {
      String present = versions.apply(r);
      if (present != null && compare(present, r.minimum()) < 0) {
        tooOld.add(r.groupId() + ":" + r.artifactId() + " " + present + " (the SDK needs " + r.minimum()
            + " or newer)");
        actions.add("set the Maven property " + r.property() + " to " + r.minimum() + " or newer");
      }
    }
    if (!tooOld.isEmpty()) {
      throw new AtlasPeeringConfigurationException("The Atlas peering SDK needs newer libraries than this"
          + " application has (its dependency management chose older ones): " + String.join("; ", tooOld) + ".",
          "In your build, " + String.join("; ", actions) + ".", null);
    }
  }

  static String fromClasspath(Requirement r) {
    try (InputStream in = DependencyVersions.class.getClassLoader().getResourceAsStream(r.resource())) {
      if (in == null) {
        return null;
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      return null;
    }
  }

  /** Compares the leading numeric parts of two versions ({@code 13.6} &lt; {@code 13.9.1}). */
  static int compare(String a, String b) {
    int[] x = numbers(a);
    int[] y = numbers(b);
    for (int i = 0; i < Math.max(x.length, y.length); i++) {
      int d = Integer.compare(i < x.length ? x[i] : 0, i < y.length ? y[i] : 0);
      if (d != 0) {
        return d;
      }
    }
    return 0;
  }

  private static int[] numbers(String version) {
    String[] parts = version.split("[.-]");
    List<Integer> out = new ArrayList<>();
    for (String part : parts) {
      if (!part.matches("\\d+")) {
        break;
      }
      out.add(Integer.parseInt(part));
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }
}
