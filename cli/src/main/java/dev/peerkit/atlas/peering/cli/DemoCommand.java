package dev.peerkit.atlas.peering.cli;

import dev.peerkit.atlas.peering.client.AtlasPeeringClient;
import dev.peerkit.atlas.peering.client.UpdatePeeringConnectionRequest;
import dev.peerkit.atlas.peering.client.errors.AtlasNotFoundException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.generated.model.AwsPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.AzurePeeringConnection;
import dev.peerkit.atlas.peering.generated.model.GcpPeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.simulator.AtlasSimulator;
import dev.peerkit.atlas.peering.simulator.DemoCredentials;
import dev.peerkit.atlas.peering.simulator.SeedData;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code atlas-peering demo}: starts the simulator in this process and uses the SDK, with the
 * spec's example requests, to update the seeded AWS, AZURE and GCP peering connections: once with
 * Digest, once with a service account, once with {@code envelope=true}; then shows handled errors.
 */
@Command(name = "demo",
    description = "Start the local Atlas simulator and update its AWS, AZURE and GCP peering connections"
        + " with the SDK (Digest, service account, envelope), then show handled errors.")
final class DemoCommand implements Callable<Integer> {

  @ParentCommand
  private AtlasPeeringCli root;

  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Override
  public Integer call() {
    if (root.global().baseUrl != null) {
      throw new UsageException("--base-url does not apply to 'demo': it starts its own local simulator");
    }
    PrintWriter out = root.console().out();
    SpecExamples examples = new SpecExamples();
    try (AtlasSimulator atlas = AtlasSimulator.builder().build().start()) {
      out.println("Local Atlas simulator started at " + atlas.baseUrl());
      DemoCredentials demo = atlas.demoCredentials();
      try (AtlasPeeringClient digest = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
              .apiKey(demo.apiPublicKey(), demo.apiPrivateKey()).build();
          AtlasPeeringClient serviceAccount = AtlasPeeringClient.builder().baseUrl(atlas.baseUrl())
              .serviceAccount(demo.clientId(), demo.clientSecret()).build()) {
        show(out, "Digest API key ", digest.updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(SeedData.GROUP_ID, SeedData.AWS_PEER_ID, examples.request("AWS"))));
        show(out, "service account", serviceAccount.updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(SeedData.GROUP_ID, SeedData.AZURE_PEER_ID, examples.request("AZURE"))));
        show(out, "service account, envelope=true", serviceAccount.updatePeeringConnection(
            UpdatePeeringConnectionRequest.of(SeedData.GROUP_ID, SeedData.GCP_PEER_ID, examples.request("GCP"))
                .withEnvelope(true)));
        try {
          digest.updatePeeringConnection("not-a-project-id", SeedData.AWS_PEER_ID, examples.request("AWS"));
          out.println("UNEXPECTED: an invalid groupId was accepted");
          return ExitCode.API_ERROR;
        } catch (AtlasValidationException e) {
          out.println("  handled error      invalid groupId: " + e.violations().get(0) + " (nothing was sent)");
        }
        String missingPeer = "5e57a0e35c6d2b1a2c3d4eff";
        try {
          serviceAccount.updatePeeringConnection(SeedData.GROUP_ID, missingPeer, examples.request("AWS"));
          out.println("UNEXPECTED: an unknown peer was updated");
          return ExitCode.API_ERROR;
        } catch (AtlasNotFoundException e) {
          out.println("  handled error      peer " + missingPeer + ": HTTP " + e.httpStatus() + " "
              + e.errorCode() + " (" + e.getClass().getSimpleName() + ")");
        }
      }
      out.println("Demo finished: 3 peering connections updated, 2 errors handled.");
      return ExitCode.OK;
    }
  }

  private static void show(PrintWriter out, String how, PeeringConnection updated) {
    String line;
    if (updated instanceof AwsPeeringConnection aws) {
      line = "AWS   peer " + aws.getId() + " -> statusName " + aws.getStatusName() + ", vpcId "
          + aws.getVpcId() + ", routeTableCidrBlock " + aws.getRouteTableCidrBlock();
    } else if (updated instanceof AzurePeeringConnection azure) {
      line = "AZURE peer " + azure.getId() + " -> status " + azure.getStatus() + ", vnetName "
          + azure.getVnetName() + ", resourceGroupName " + azure.getResourceGroupName();
    } else if (updated instanceof GcpPeeringConnection gcp) {
      line = "GCP   peer " + gcp.getId() + " -> status " + gcp.getStatus() + ", networkName "
          + gcp.getNetworkName() + ", gcpProjectId " + gcp.getGcpProjectId();
    } else {
      line = String.valueOf(updated);
    }
    out.println("  updated (" + how + ") " + line);
  }
}
