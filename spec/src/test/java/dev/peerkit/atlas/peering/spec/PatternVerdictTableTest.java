package dev.peerkit.atlas.peering.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.ValidationMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each patterned field gets the same verdict from the JSON Schema validator (what the simulator
 * and contract checks use) and from {@code Pattern.matcher(value).matches()} (what Bean Validation's
 * {@code @Pattern} in the generated client does), and both agree with this table.
 *
 * <p>Traps on purpose: values that would only pass an unanchored search ({@code find()}), and
 * values with a trailing newline, which {@code $} in java.util.regex lets through under find().
 */
class PatternVerdictTableTest {

  private static final JsonNode DOC = SchemaValidation.document();

  private static final List<String> ID_POINTERS = List.of(
      "/components/parameters/groupId/schema",
      "/components/parameters/peerId/schema",
      "/components/schemas/ObjectId",
      "/components/schemas/ContainerId",
      "/components/schemas/PeerId");
  private static final String AWS_ACCOUNT = "/components/schemas/AwsAccountId";
  private static final String VPC = "/components/schemas/VpcId";
  private static final String CIDR = "/components/schemas/RouteTableCidrBlock";
  private static final List<String> UUID_POINTERS = List.of(
      "/components/schemas/AzureDirectoryId", "/components/schemas/AzureSubscriptionId");
  private static final List<String> AZURE_NAME_POINTERS = List.of(
      "/components/schemas/ResourceGroupName", "/components/schemas/VnetName");
  private static final String GCP_PROJECT = "/components/schemas/GcpProjectId";
  private static final String NETWORK = "/components/schemas/NetworkName";

  /** One row of the table: the schema, a value, and whether the value is valid. */
  record Row(String pointer, String value, boolean valid) {
    @Override
    public String toString() {
      String field = pointer.replace("/components/schemas/", "").replace("/components/parameters/", "");
      return field + (valid ? " accepts " : " rejects ") + TextNode.valueOf(value);
    }
  }

  static Stream<Row> table() {
    List<Row> rows = new ArrayList<>();
    for (String id : ID_POINTERS) {
      valid(rows, id, "32b6e34b3d91647abb20e7b8", "5e57a0e35c6d2b1a2c3d4e5f", "000000000000000000000000");
      invalid(rows, id, "", "32b6e34b3d91647abb20e7b", "32b6e34b3d91647abb20e7b80", "32B6E34B3D91647ABB20E7B8",
          "32b6e34b3d91647abb20e7bg", "xx32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8xx",
          " 32b6e34b3d91647abb20e7b8", "32b6e34b3d91647abb20e7b8\n");
    }
    valid(rows, AWS_ACCOUNT, "123456789012", "000000000000");
    invalid(rows, AWS_ACCOUNT, "12345678901", "1234567890123", "12345678901a", "1234-5678-9012",
        "x123456789012", "123456789012\n");

    // Legacy 8-hexadecimal-digit ids, which AWS still serves for older VPCs, pass too.
    valid(rows, VPC, "vpc-0a1b2c3d4e5f60718", "vpc-00000000000000000", "vpc-1a2b3c4d");
    invalid(rows, VPC, "vpc-123", "vpc-0a1b2c3d4e5f6071", "vpc-0a1b2c3d4e5f607189", "VPC-0a1b2c3d4e5f60718",
        "vpc-0A1B2C3D4E5F60718", "vpc-0a1b2c3d4e5f60718 ", " vpc-0a1b2c3d4e5f60718",
        "xvpc-0a1b2c3d4e5f60718", "vpc-0a1b2c3d4e5f60718\n", "vpc-1a2b3c4", "vpc-1a2b3c4d5", "vpc-1A2B3C4D");

    valid(rows, CIDR, "10.0.0.0/24", "192.168.0.0/16", "0.0.0.0/0", "255.255.255.255/32", "10.15.0.0/24",
        "2001:db8::/32", "::/0", "::1/128", "fe80::1/64", "2001:DB8::/32",
        "2001:0db8:85a3:0000:0000:8a2e:0370:7334/64", "2001:db8:0:0:0:0:0:0/128");
    invalid(rows, CIDR, "10.0.0.0/33", "2001:db8::/129", "10.0.0.0", "2001:db8::", "256.0.0.0/8", "10.0.0/24",
        "10.0.0.0.0/24", "010.0.0.0/8", "10.0.0.0/024", "10.0.0.0/8/8", "2001:db8:::/32", "1::2::3/64",
        "12345::/16", "1:2:3:4:5:6:7:8:9/64", " 10.0.0.0/24", "10.0.0.0/24 ", "10.0.0.0/24\n", "::/0\n", "");

    for (String uuid : UUID_POINTERS) {
      valid(rows, uuid, "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3", "9A8B7C6D-5E4F-4321-8765-43210FEDCBA9");
      invalid(rows, uuid, "", "4d5e6f7081924a3b9c4d5e6f708192a3", "4d5e6f70-8192-4a3b-9c4d-5e6f708192a",
          "4d5e6f70-8192-4a3b-9c4d-5e6f708192ag", "{4d5e6f70-8192-4a3b-9c4d-5e6f708192a3}",
          "x4d5e6f70-8192-4a3b-9c4d-5e6f708192a3", "4d5e6f70-8192-4a3b-9c4d-5e6f708192a3\n");
    }
    for (String name : AZURE_NAME_POINTERS) {
      valid(rows, name, "atlas-peering-rg", "app-vnet-eastus2", "RG_1.(prod)", "a");
      invalid(rows, name, "", "my rg", " rg", "rg ", "rg/name", "rg#1", "rg\n");
    }

    valid(rows, GCP_PROJECT, "abcdef", "my-gcp-project-42", "a-1234", "a" + "b".repeat(28) + "z",
        "p" + "0123456789".repeat(2) + "abcdefgh9");
    invalid(rows, GCP_PROJECT, "abcde", "a" + "b".repeat(30), "My-gcp-project", "1project", "my-project-",
        "my_project", "my gcp project", " my-gcp-project-42", "my-gcp-project-42\n");

    valid(rows, NETWORK, "a", "a1", "app-network", "a" + "-b".repeat(30) + "-z", "n" + "0123456789".repeat(6) + "ab");
    invalid(rows, NETWORK, "", "a" + "b".repeat(63), "app-", "1app", "-app", "App", "app_net", "app network",
        "app-network\n");
    return rows.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("table")
  void jsonSchemaAndJavaRegexGiveTheTablesVerdict(Row row) {
    String pattern = DOC.at(row.pointer() + "/pattern").asText();
    assertThat(pattern).as("pattern at %s", row.pointer()).isNotEmpty();

    Set<ValidationMessage> messages = SchemaValidation.validate(row.pointer(), TextNode.valueOf(row.value()));
    assertThat(messages.isEmpty()).as("JSON Schema verdict, messages %s", messages).isEqualTo(row.valid());
    assertThat(Pattern.compile(pattern).matcher(row.value()).matches())
        .as("Pattern.matches verdict for %s", pattern).isEqualTo(row.valid());
  }

  @Test
  void onlyBareDollarsBecomeEndOfInput() {
    // The ECMA-262 rewrite in SchemaValidation leaves escaped dollars and dollars in classes alone.
    assertThat(SchemaValidation.endOfInputDollars("^a\\$[$]b$")).isEqualTo("^a\\$[$]b\\z");
    assertThat(SchemaValidation.ecma262Pattern("^a$").matches("a\n")).isFalse();
    assertThat(SchemaValidation.ecma262Pattern("^a$").matches("a")).isTrue();
  }

  @Test
  void theTableHasLengthBoundaryRows() {
    // The length rules the descriptions promise, checked on the row values themselves.
    assertThat(values(GCP_PROJECT, true)).extracting(String::length).contains(6, 30);
    assertThat(values(GCP_PROJECT, false)).extracting(String::length).contains(5, 31);
    assertThat(values(NETWORK, true)).extracting(String::length).contains(1, 63);
    assertThat(values(NETWORK, false)).extracting(String::length).contains(64);
  }

  @Test
  void everyPatternInTheDocumentHasValidAndInvalidRows() {
    Map<String, String> patterns = new TreeMap<>();
    collectPatterns(DOC, "", patterns);
    assertThat(patterns).hasSizeGreaterThanOrEqualTo(14);

    Set<String> exercised = table().map(Row::pointer).collect(Collectors.toSet());
    assertThat(exercised).containsAll(patterns.keySet());
    assertThat(exercised.stream().map(p -> DOC.at(p + "/pattern").asText()))
        .containsAll(Set.copyOf(patterns.values()));
    for (String pointer : patterns.keySet()) {
      assertThat(values(pointer, true)).as("valid rows for %s", pointer).isNotEmpty();
      assertThat(values(pointer, false)).as("invalid rows for %s", pointer).isNotEmpty();
    }
  }

  private static List<String> values(String pointer, boolean valid) {
    return table().filter(r -> r.pointer().equals(pointer) && r.valid() == valid).map(Row::value).toList();
  }

  /** Pointers of every object with a {@code pattern}, outside examples. */
  private static void collectPatterns(JsonNode node, String pointer, Map<String, String> patterns) {
    if (node.path("pattern").isTextual()) {
      patterns.put(pointer, node.get("pattern").asText());
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collectPatterns(node.get(i), pointer + "/" + i, patterns);
      }
    }
    node.fields().forEachRemaining(field -> {
      if (!field.getKey().equals("example") && !field.getKey().equals("examples")) {
        collectPatterns(field.getValue(), pointer + "/" + SchemaValidation.escape(field.getKey()), patterns);
      }
    });
  }

  private static void valid(List<Row> rows, String pointer, String... values) {
    for (String value : values) {
      rows.add(new Row(pointer, value, true));
    }
  }

  private static void invalid(List<Row> rows, String pointer, String... values) {
    for (String value : values) {
      rows.add(new Row(pointer, value, false));
    }
  }
}
