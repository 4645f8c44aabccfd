package dev.peerkit.atlas.peering.spring;

import dev.peerkit.atlas.peering.simulator.AtlasSimulator;

/** The simulator shared by the test JVM (127.0.0.1, a free port); it ends with the JVM. */
final class TestAtlas {

  static final AtlasSimulator SIMULATOR = AtlasSimulator.builder().port(0).build().start();

  private TestAtlas() {}
}
