package dev.peerkit.atlas.peering.spring.internal;

import java.util.Map;

/** Test access to {@link DependencyVersions}. */
public final class DependencyVersionsProbe {

  private DependencyVersionsProbe() {}

  /** Checks the given feign-core, jackson-databind and hibernate-validator versions. */
  public static void check(String feign, String jackson, String validator) {
    Map<String, String> present = Map.of("feign-core", feign, "jackson-databind", jackson,
        "hibernate-validator", validator);
    DependencyVersions.check(r -> present.get(r.artifactId()));
  }

  /** Checks the real classpath. */
  public static void checkClasspath() {
    DependencyVersions.check(DependencyVersions::fromClasspath);
  }

  /** @return the version found on the classpath */
  public static String classpathVersion(String groupId, String artifactId) {
    return DependencyVersions.fromClasspath(new DependencyVersions.Requirement(groupId, artifactId, "0", ""));
  }
}
