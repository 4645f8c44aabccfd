package dev.peerkit.atlas.peering.client.internal.validation;

import feign.InvocationHandlerFactory;
import feign.Target;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Method;
import java.util.Map;

/**
 * Feign {@link InvocationHandlerFactory} decorator: a call of a generated Atlas API method is
 * checked by {@link RequestValidator} before Feign builds or sends anything; other methods pass
 * through. So calls through the generated interface are checked, not only the facade's.
 */
public final class ValidatingInvocationHandlerFactory implements InvocationHandlerFactory {

  private static final String API_PACKAGE = "dev.peerkit.atlas.peering.generated.api";

  private final InvocationHandlerFactory delegate;

  /** @param delegate the Feign builder's own factory */
  public ValidatingInvocationHandlerFactory(InvocationHandlerFactory delegate) {
    this.delegate = delegate;
  }

  @Override
  public InvocationHandler create(Target target, Map<Method, MethodHandler> dispatch) {
    InvocationHandler handler = delegate.create(target, dispatch);
    return (proxy, method, args) -> {
      if (method.getDeclaringClass().getPackageName().equals(API_PACKAGE) && args != null) {
        RequestValidator.validate(proxy, method, args);
      }
      return handler.invoke(proxy, method, args);
    };
  }
}
