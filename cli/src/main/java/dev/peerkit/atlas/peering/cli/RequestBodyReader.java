package dev.peerkit.atlas.peering.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import dev.peerkit.atlas.peering.spec.AtlasPeeringSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns the body a user gave ({@code --file} or standard input) into the typed request.
 *
 * <ul>
 *   <li>one JSON object, no trailing content, no duplicate keys, strings where the spec says string;
 *   <li>{@code providerName} must be {@code AWS}, {@code AZURE} or {@code GCP};
 *   <li>read-only fields, as a pasted GET response has, are dropped with one warning;
 *   <li>any other unknown field, such as {@code vpcID}, is an error that names it.
 * </ul>
 */
final class RequestBodyReader {

  /** Response-only fields of the three provider shapes (spec: readOnly). */
  static final List<String> READ_ONLY = AtlasPeeringSpec.readOnlyFields();

  private static final Map<String, List<String>> FIELDS = Map.of(
      "AWS", List.of("containerId", "providerName", "accepterRegionName", "awsAccountId",
          "routeTableCidrBlock", "vpcId"),
      "AZURE", List.of("containerId", "providerName", "azureDirectoryId", "azureSubscriptionId",
          "resourceGroupName", "vnetName"),
      "GCP", List.of("containerId", "providerName", "gcpProjectId", "networkName"));

  private final ObjectMapper strict = strictMapper();

  /** The typed body and the warnings to print (read-only fields dropped, id mismatch). */
  record Result(PeeringConnectionUpdate body, List<String> warnings) {}

  /**
   * @param json the body text
   * @param source where it came from, for messages ({@code --file path} or {@code standard input})
   * @param peerId the {@code --peerId}, compared with a pasted {@code id}
   * @throws UsageException naming the problem
   */
  Result read(String json, String source, String peerId) {
    JsonNode tree;
    try {
      tree = strict.readTree(json);
    } catch (JsonProcessingException e) {
      throw usage("The body from " + source + " is not valid JSON: " + e.getOriginalMessage()
          + (e.getLocation() == null ? ""
              : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")"));
    }
    if (tree == null || !tree.isObject()) {
      throw usage("The body from " + source + " must be a JSON object with providerName"
          + " AWS, AZURE or GCP");
    }
    ObjectNode body = (ObjectNode) tree;
    String provider = providerName(body, source);
    List<String> warnings = new ArrayList<>();
    JsonNode pastedId = body.get("id");
    if (pastedId != null && !pastedId.asText().equals(peerId)) {
      warnings.add("Warning: the body's id " + pastedId + " is not --peerId " + peerId
          + "; updating --peerId " + peerId);
    }
    List<String> dropped = READ_ONLY.stream().filter(field -> body.remove(field) != null).toList();
    if (!dropped.isEmpty()) {
      warnings.add("Warning: dropped read-only field" + (dropped.size() > 1 ? "s " : " ")
          + String.join(", ", dropped) + " from the body; Atlas sets "
          + (dropped.size() > 1 ? "them" : "it"));
    }
    try {
      return new Result(strict.treeToValue(body, PeeringConnectionUpdate.class), warnings);
    } catch (UnrecognizedPropertyException e) {
      throw usage("Unknown field \"" + e.getPropertyName() + "\" in the " + provider
          + " body from " + source + "; expected fields: " + String.join(", ", FIELDS.get(provider)));
    } catch (JsonMappingException e) {
      String field = e.getPath().stream().map(JsonMappingException.Reference::getFieldName)
          .filter(name -> name != null).collect(Collectors.joining("."));
      throw usage("Field \"" + field + "\" in the " + provider + " body from " + source
          + " must be a JSON string" + (field.equals("accepterRegionName") ? " or null" : ""));
    } catch (JsonProcessingException e) {
      throw usage("The body from " + source + " does not fit the " + provider
          + " shape: " + e.getOriginalMessage());
    }
  }

  private static String providerName(ObjectNode body, String source) {
    JsonNode provider = body.get("providerName");
    if (provider == null) {
      throw usage("The body from " + source + " has no providerName; expected AWS, AZURE or GCP");
    }
    if (!FIELDS.containsKey(provider.asText())) {
      throw usage("The body from " + source + " has providerName " + provider
          + "; expected AWS, AZURE or GCP (upper case)");
    }
    return provider.asText();
  }

  private static ObjectMapper strictMapper() {
    ObjectMapper mapper = AtlasObjectMapper.create()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION.mappedFeature());
    // A number or boolean where the spec says string is a typing mistake, not something to convert.
    for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float,
        CoercionInputShape.Boolean)) {
      mapper.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
    }
    return mapper;
  }

  /** The body's own text (field names, values) may hold line breaks or escapes: one safe line. */
  private static UsageException usage(String message) {
    return new UsageException(TerminalText.escape(message));
  }
}
