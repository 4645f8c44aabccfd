package dev.peerkit.atlas.peering.client.internal.validation;

import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException.Violation;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import feign.Param;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a call of a generated API method against the spec's constraints before any network I/O,
 * with Jakarta Bean Validation (Hibernate Validator) over the constraints the generator put on the
 * method's path parameters and on the model classes ({@code @Pattern}, {@code @NotNull}).
 *
 * <p>{@code providerName} is not checked: it is derived from the body's class when serialised.
 */
public final class RequestValidator {

  /** Not checked: written from the body's class when serialised. */
  private static final String PROVIDER_NAME = "providerName";

  /** Plain words before patterns too long to read at a glance. */
  private static final Map<String, String> HINTS = Map.of(
      "body.routeTableCidrBlock", "must be an IPv4 or IPv6 CIDR block such as 10.0.0.0/24 or 2001:db8::/32; ");

  private static final Validator VALIDATOR = Validation.byProvider(HibernateValidator.class)
      .configure()
      .messageInterpolator(new ParameterMessageInterpolator())
      .buildValidatorFactory()
      .getValidator();

  private RequestValidator() {}

  /**
   * @param proxy the Feign proxy the call goes through
   * @param method the generated API method
   * @param args the call's arguments
   * @throws AtlasValidationException naming each bad field, its value and the expected pattern
   */
  public static void validate(Object proxy, Method method, Object[] args) {
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<Object> v : VALIDATOR.forExecutables().validateParameters(proxy, method, args)) {
      violations.add(toViolation(parameterName(method, v), v));
    }
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (!PeeringConnectionUpdate.class.isAssignableFrom(parameters[i].getType())) {
        continue;
      }
      if (args[i] == null) {
        violations.add(new Violation("body", null, "a request body (AWS, AZURE or GCP shape) is required"));
        continue;
      }
      for (ConstraintViolation<Object> v : VALIDATOR.validate(args[i])) {
        String field = v.getPropertyPath().toString();
        if (!field.equals(PROVIDER_NAME)) {
          violations.add(toViolation("body." + field, v));
        }
      }
    }
    if (!violations.isEmpty()) {
      violations.sort(Comparator.comparing(Violation::field));
      throw new AtlasValidationException(violations);
    }
  }

  private static Violation toViolation(String field, ConstraintViolation<?> v) {
    Object regexp = v.getConstraintDescriptor().getAttributes().get("regexp");
    String expected = v.getConstraintDescriptor().getAnnotation() instanceof Pattern
        ? HINTS.getOrDefault(field, "") + "must match " + regexp : v.getMessage();
    return new Violation(field, v.getInvalidValue(), expected);
  }

  /** The spec's parameter name: the {@code @Param} value the generator wrote, such as {@code groupId}. */
  private static String parameterName(Method method, ConstraintViolation<?> v) {
    for (Path.Node node : v.getPropertyPath()) {
      if (node.getKind() == jakarta.validation.ElementKind.PARAMETER) {
        Parameter parameter = method.getParameters()[node.as(Path.ParameterNode.class).getParameterIndex()];
        Param param = parameter.getAnnotation(Param.class);
        return param != null ? param.value() : parameter.getName();
      }
    }
    return v.getPropertyPath().toString();
  }
}
