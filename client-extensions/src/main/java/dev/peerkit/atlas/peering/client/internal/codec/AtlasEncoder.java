package dev.peerkit.atlas.peering.client.internal.codec;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.RequestTemplate;
import feign.codec.EncodeException;
import feign.codec.Encoder;
import feign.jackson.JacksonEncoder;
import java.lang.reflect.Type;

/**
 * Feign {@link Encoder} that writes the generated Atlas models with the SDK's mapper: {@code
 * providerName} from the class, unset fields left out, an explicit {@code null} kept (a plain
 * mapper writes {@code {"undefined":true,"present":false}} for {@code JsonNullable} fields, which
 * Atlas refuses). Other bodies go to the Feign builder's own encoder.
 */
public final class AtlasEncoder implements Encoder {

  private static final String MODEL_PACKAGE = "dev.peerkit.atlas.peering.generated.model.";

  private final JacksonEncoder jackson;
  private final Encoder delegate;

  /**
   * @param mapper the SDK's mapper
   * @param delegate the Feign builder's own encoder
   */
  public AtlasEncoder(ObjectMapper mapper, Encoder delegate) {
    this.jackson = new JacksonEncoder(mapper);
    this.delegate = delegate;
  }

  @Override
  public void encode(Object object, Type bodyType, RequestTemplate template) throws EncodeException {
    if (object != null && object.getClass().getName().startsWith(MODEL_PACKAGE)) {
      jackson.encode(object, bodyType, template);
    } else {
      delegate.encode(object, bodyType, template);
    }
  }
}
