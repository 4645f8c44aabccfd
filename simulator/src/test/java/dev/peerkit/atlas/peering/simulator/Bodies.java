package dev.peerkit.atlas.peering.simulator;

import dev.peerkit.atlas.peering.spec.SpecFixtures;

/** Request bodies: the spec's examples (through the spec module's test-jar), and variations of them. */
final class Bodies {

  static final String AWS = SpecFixtures.requestJson("AWS");

  static final String AZURE = SpecFixtures.requestJson("AZURE");

  static final String GCP = SpecFixtures.requestJson("GCP");

  private Bodies() {}

  static String awsWithVpc(String vpcId) {
    return SpecFixtures.request("AWS").put("vpcId", vpcId).toString();
  }
}
