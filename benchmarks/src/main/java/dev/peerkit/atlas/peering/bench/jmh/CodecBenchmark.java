package dev.peerkit.atlas.peering.bench.jmh;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import dev.peerkit.atlas.peering.bench.Fixtures;
import dev.peerkit.atlas.peering.client.envelope.EnvelopeDecoder;
import dev.peerkit.atlas.peering.client.errors.ApiErrorParser;
import dev.peerkit.atlas.peering.client.errors.AtlasErrorDecoder;
import dev.peerkit.atlas.peering.client.json.AtlasObjectMapper;
import dev.peerkit.atlas.peering.generated.model.PeeringConnection;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Encode and decode of each provider variant, the SDK against a plain {@link ObjectMapper}
 * handling the same JSON as a {@code Map}.
 *
 * <ul>
 *   <li>{@code sdkEncode}: the SDK's mapper writing the typed update, as its Feign {@code
 *       JacksonEncoder} does ({@code writerFor(PeeringConnectionUpdate)}).
 *   <li>{@code sdkDecode}: the SDK's own response decoder ({@link EnvelopeDecoder}) reading a 200
 *       answer into the typed {@code PeeringConnection}, as every call does.
 *   <li>{@code mapEncode} / {@code mapDecode}: {@code new ObjectMapper()} with a {@code Map}.
 * </ul>
 */
@State(Scope.Thread)
public class CodecBenchmark {

  @Param({"AWS", "AZURE", "GCP"})
  public String provider;

  private final ObjectMapper plain = new ObjectMapper();
  private ObjectWriter sdkWriter;
  private EnvelopeDecoder sdkDecoder;
  private PeeringConnectionUpdate update;
  private Map<String, Object> updateMap;
  private byte[] response;
  private Request request;
  private final Map<String, Collection<String>> headers =
      Map.of("content-type", List.of(Fixtures.MEDIA_TYPE));

  @Setup
  public void setUp() throws Exception {
    ObjectMapper sdk = AtlasObjectMapper.create();
    sdkWriter = sdk.writerFor(PeeringConnectionUpdate.class);
    sdkDecoder = new EnvelopeDecoder(sdk, new AtlasErrorDecoder(new ApiErrorParser(sdk),
        dev.peerkit.atlas.peering.client.AtlasPeeringClientBuilder.DEFAULT_API_VERSION, Clock.systemUTC()));
    update = Fixtures.typed(provider);
    updateMap = Fixtures.map(provider);
    response = Fixtures.response(provider).getBytes(StandardCharsets.UTF_8);
    request = Request.create(Request.HttpMethod.PATCH, "http://127.0.0.1:1" + Fixtures.PATH, Map.of(),
        null, StandardCharsets.UTF_8, null);
    if (!plain.readTree(sdkWriter.writeValueAsBytes(update)).equals(plain.readTree(plain.writeValueAsBytes(updateMap)))) {
      throw new IllegalStateException("the SDK and the map do not write the same JSON for " + provider);
    }
    Object typed = sdkDecode();
    if (!typed.getClass().getSimpleName().toUpperCase().startsWith(provider)) {
      throw new IllegalStateException("decoded " + provider + " as " + typed.getClass());
    }
  }

  @Benchmark
  public byte[] sdkEncode() throws Exception {
    return sdkWriter.writeValueAsBytes(update);
  }

  @Benchmark
  public byte[] mapEncode() throws Exception {
    return plain.writeValueAsBytes(updateMap);
  }

  @Benchmark
  public Object sdkDecode() throws Exception {
    Response r = Response.builder().status(200).reason("OK").request(request).headers(headers).body(response).build();
    return sdkDecoder.decode(r, PeeringConnection.class);
  }

  @Benchmark
  public Object mapDecode() throws Exception {
    return plain.readValue(response, Map.class);
  }
}
