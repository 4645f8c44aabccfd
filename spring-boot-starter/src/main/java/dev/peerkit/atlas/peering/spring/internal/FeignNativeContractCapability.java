package dev.peerkit.atlas.peering.spring.internal;

import feign.Capability;
import feign.Contract;
import feign.MethodMetadata;
import feign.RequestLine;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;

/**
 * Lets a {@code @FeignClient} declared on the generated {@code NetworkPeeringApi} (Feign's own
 * {@code @RequestLine} annotations) work without a per-client {@code Contract.Default}: interfaces
 * whose methods carry {@code @RequestLine} are read with Feign's default contract, every other
 * interface with the context's contract (Spring MVC annotations), so the application's other
 * clients are untouched.
 */
public final class FeignNativeContractCapability implements Capability {

  private static final Contract FEIGN_DEFAULT = new Contract.Default();

  @Override
  public Contract enrich(Contract contract) {
    if (contract == null || contract instanceof Contract.Default) {
      return contract;
    }
    return new Contract() {
      @Override
      public List<MethodMetadata> parseAndValidateMetadata(Class<?> targetType) {
        return usesRequestLine(targetType) ? FEIGN_DEFAULT.parseAndValidateMetadata(targetType)
            : contract.parseAndValidateMetadata(targetType);
      }
    };
  }

  private static boolean usesRequestLine(Class<?> type) {
    return Arrays.stream(type.getMethods()).map(Method::getDeclaringClass).distinct()
        .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
        .anyMatch(m -> m.isAnnotationPresent(RequestLine.class));
  }
}
