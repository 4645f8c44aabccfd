package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns the body a user gave ({@code --file} or standard input) into the typed request.
 *
 * <ul>
 *   <li>{@code providerName} must be {@code AWS}, {@code AZURE} or {@code GCP};
 *   <li>read-only fields, as a pasted GET response has, are dropped with one warning;
 *   <li>any other unknown field, such as {@code vpcID}, is an error that names it.
 * </ul>
 */
final class RequestBodyReader {

  /** Response-only fields of the three provider shapes (spec: readOnly). */
  static final List<String> READ_ONLY =
      List.of("id", "connectionId", "statusName", "errorStateName", "status", "errorState", "errorMessage");

  private static final Map<String, List<String>> FIELDS = Map.of(
      "AWS", List.of("containerId", "providerName", "accepterRegionName", "awsAccountId",
          "routeTableCidrBlock", "vpcId"),
      "AZURE", List.of("containerId", "providerName", "azureDirectoryId", "azureSubscriptionId",
          "resourceGroupName", "vnetName"),
      "GCP", List.of("containerId", "providerName", "gcpProjectId", "networkName"));

  private final ObjectMapper strict = AtlasObjectMapper.create()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** The typed body and the one warning line, if read-only fields were dropped. */
  record Result(PeeringConnectionUpdate body, String warning) {}

  /**
   * @param json the body text
   * @param source where it came from, for messages ({@code --file path} or {@code standard input})
   * @throws UsageException naming the problem
   */
  Result read(String json, String source) {
    JsonNode tree;
    try {
      tree = strict.readTree(json);
    } catch (JsonProcessingException e) {
      throw new UsageException("The body from " + source + " is not valid JSON: " + e.getOriginalMessage()
          + " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
    }
    if (tree == null || !tree.isObject()) {
      throw new UsageException("The body from " + source + " must be a JSON object with providerName"
          + " AWS, AZURE or GCP");
    }
    ObjectNode body = (ObjectNode) tree;
    JsonNode provider = body.get("providerName");
    if (provider == null || !FIELDS.containsKey(provider.asText())) {
      throw new UsageException("The body from " + source + (provider == null ? " has no providerName"
          : " has providerName " + provider + ", which is not one of") + "; expected AWS, AZURE or GCP");
    }
    List<String> dropped = new ArrayList<>();
    for (String field : READ_ONLY) {
      if (body.remove(field) != null) {
        dropped.add(field);
      }
    }
    try {
      PeeringConnectionUpdate update = strict.treeToValue(body, PeeringConnectionUpdate.class);
      String warning = dropped.isEmpty() ? null : "Warning: dropped read-only field"
          + (dropped.size() > 1 ? "s " : " ") + String.join(", ", dropped) + " from the body (Atlas sets them)";
      return new Result(update, warning);
    } catch (UnrecognizedPropertyException e) {
      throw new UsageException("Unknown field \"" + e.getPropertyName() + "\" in the " + provider.asText()
          + " body from " + source + "; expected fields: " + String.join(", ", FIELDS.get(provider.asText())));
    } catch (JsonProcessingException e) {
      throw new UsageException("The body from " + source + " does not fit the " + provider.asText()
          + " shape: " + e.getOriginalMessage());
    }
  }
}
