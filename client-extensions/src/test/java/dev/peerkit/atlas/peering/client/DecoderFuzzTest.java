package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peerkit.atlas.peering.client.errors.ApiErrorDetails;
import dev.peerkit.atlas.peering.client.errors.AtlasApiError;
import dev.peerkit.atlas.peering.client.errors.AtlasException;
import dev.peerkit.atlas.peering.client.fault.FuzzInputs;
import dev.peerkit.atlas.peering.client.internal.AtlasSettings;
import dev.peerkit.atlas.peering.client.internal.codec.ApiErrorParser;
import dev.peerkit.atlas.peering.client.internal.codec.AtlasErrorDecoder;
import dev.peerkit.atlas.peering.client.internal.codec.EnvelopeDecoder;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.ApiResponse;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import feign.Request;
import feign.RequestTemplate;
import feign.Response;
import feign.RetryableException;
import feign.codec.Decoder;
import feign.codec.ErrorDecoder;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Fuzzes the response decoder and the error parser with the committed corpus
 * ({@code src/test/resources/fuzz/}) and mutations of it: whatever the bytes, the only exceptions
 * are the SDK's typed ones. Bounded by its number of tries (seconds in CI).
 */
class DecoderFuzzTest {

  private static final String URL = "http://127.0.0.1:1/api/atlas/v2/groups/32b6e34b3d91647abb20e7b8/peers/5e57a0e35c6d2b1a2c3d4e5f";
  private static final AtlasSettings SETTINGS = AtlasCapability.builder().baseUrl("http://127.0.0.1:1")
      .serviceAccount("id", "secret").settings();
  private static final ObjectMapper MAPPER = AtlasObjectMapper.create();
  private static final AtlasErrorDecoder.Errors ERRORS = new AtlasErrorDecoder.Errors(MAPPER, "2023-01-01",
      SETTINGS.clock());
  private static final EnvelopeDecoder DECODER = new EnvelopeDecoder(MAPPER, ERRORS, SETTINGS, new Decoder.Default());
  private static final AtlasErrorDecoder ERROR_DECODER = new AtlasErrorDecoder(ERRORS, SETTINGS, new ErrorDecoder.Default());
  private static final Type WITH_HTTP_INFO = new com.fasterxml.jackson.core.type.TypeReference<
      ApiResponse<PeeringConnection>>() { }.getType();

  @Provide
  Arbitrary<byte[]> responses() {
    return FuzzInputs.mutated(FuzzInputs.corpus("src/test/resources/fuzz/responses"), 512);
  }

  @Provide
  Arbitrary<byte[]> errors() {
    return FuzzInputs.mutated(FuzzInputs.corpus("src/test/resources/fuzz/errors"), 512);
  }

  @Property(tries = 3000)
  void theResponseDecoderThrowsOnlyTypedExceptions(@ForAll("responses") byte[] body, @ForAll boolean envelope,
      @ForAll boolean withHttpInfo) {
    Response response = response(200, body, envelope);
    try {
      Object value = DECODER.decode(response, withHttpInfo ? WITH_HTTP_INFO : PeeringConnection.class);
      assertThat(value).isNotNull();
    } catch (Exception e) {
      assertTyped(e);
    }
  }

  @Property(tries = 3000)
  void theErrorParserNeverThrows(@ForAll("errors") byte[] body, @ForAll @IntRange(min = 100, max = 599) int status,
      @ForAll boolean json) {
    Map<String, Collection<String>> headers = json ? Map.of("Content-Type", List.of("application/json")) : Map.of();
    ApiErrorDetails details = new ApiErrorParser(MAPPER).parse(status, headers, body);
    assertThat(details.status()).isEqualTo(status);
    Exception error = ERROR_DECODER.decode("NetworkPeeringApi#updatePeeringConnection", response(status, body, false));
    assertTyped(error);
  }

  private static void assertTyped(Exception e) {
    Throwable typed = e instanceof RetryableException retry ? retry.getCause() : e;
    assertThat(typed).as("only the SDK's typed exceptions: %s", e)
        .matches(t -> t instanceof AtlasException || t instanceof AtlasApiError);
  }

  private static Response response(int status, byte[] body, boolean envelope) {
    RequestTemplate template = new RequestTemplate();
    if (envelope) {
      template.query("envelope", "true");
    }
    Request request = Request.create(Request.HttpMethod.PATCH, URL + (envelope ? "?envelope=true" : ""), Map.of(),
        "{}".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, template);
    return Response.builder().status(status).reason("x").request(request)
        .headers(Map.of("Content-Type", List.of("application/json"))).body(body).build();
  }
}
