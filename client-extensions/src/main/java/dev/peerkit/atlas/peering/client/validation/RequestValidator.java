package dev.peerkit.atlas.peering.client.validation;

import dev.peerkit.atlas.peering.client.errors.AtlasValidationException;
import dev.peerkit.atlas.peering.client.errors.AtlasValidationException.Violation;
import dev.peerkit.atlas.peering.generated.api.NetworkPeeringApi;
import dev.peerkit.atlas.peering.generated.model.PeeringConnectionUpdate;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.Pattern;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Checks a request against the spec's constraints before any network I/O, with Jakarta Bean
 * Validation (Hibernate Validator) over the constraints the generator put on the generated
 * interface's path parameters and on the model classes ({@code @Pattern}, {@code @NotNull}).
 *
 * <p>{@code providerName} is not checked: it is derived from the body's class when serialised.
 *
 * <p>A request that certainly satisfies those constraints (plain {@code @NotNull} and {@code
 * @Pattern} checks, read from the same annotations) is passed without running the validator, which
 * is then started only for the first request that may not be valid; the result, and every message,
 * is the same as the validator's.
 */
public final class RequestValidator {

  private static final Method OPERATION = operation();

  /** Not checked: written from the body's class when serialised. */
  private static final String PROVIDER_NAME = "providerName";

  /**
   * Valid requests (the common case) are recognised without Bean Validation, see {@link FastPath};
   * null when the generated code carries a constraint it cannot express, or a validation.xml could
   * add constraints: then every request goes through the validator.
   */
  private static final FastPath PARAMETERS = hasXmlConfiguration() ? null : FastPath.ofParameters(OPERATION);

  private static final ClassValue<Optional<FastPath>> BODIES = new ClassValue<>() {
    @Override
    protected Optional<FastPath> computeValue(Class<?> type) {
      return Optional.ofNullable(PARAMETERS == null ? null : FastPath.ofBean(type, Set.of(PROVIDER_NAME)));
    }
  };

  /** Started on the first request that is not certainly valid; it builds every message. */
  private volatile Validator validator;

  /**
   * @param api the generated API proxy the request would go through
   * @param groupId the project id, {@code ^([a-f0-9]{24})$}
   * @param peerId the peering connection id, {@code ^([a-f0-9]{24})$}
   * @param body the update, one of the provider shapes
   * @throws AtlasValidationException naming each bad field, its value and the expected pattern
   */
  public void validate(NetworkPeeringApi api, String groupId, String peerId, PeeringConnectionUpdate body) {
    Object[] args = {groupId, peerId, body, null, null};
    if (api != null && certainlyValid(args, body)) {
      return;
    }
    Validator validator = validator();
    List<Violation> violations = new ArrayList<>();
    for (ConstraintViolation<NetworkPeeringApi> v :
        validator.forExecutables().validateParameters(api, OPERATION, args)) {
      violations.add(toViolation(parameterName(v), v));
    }
    if (body == null) {
      violations.add(new Violation("body", null, "a request body (AWS, AZURE or GCP shape) is required"));
    } else {
      Set<ConstraintViolation<PeeringConnectionUpdate>> bodyViolations = validator.validate(body);
      for (ConstraintViolation<PeeringConnectionUpdate> v : bodyViolations) {
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

  private static boolean certainlyValid(Object[] args, PeeringConnectionUpdate body) {
    if (PARAMETERS == null || body == null || !PARAMETERS.acceptsArguments(args)) {
      return false;
    }
    FastPath bodyCheck = BODIES.get(body.getClass()).orElse(null);
    return bodyCheck != null && bodyCheck.acceptsBean(body);
  }

  private Validator validator() {
    Validator v = validator;
    if (v == null) {
      synchronized (this) {
        v = validator;
        if (v == null) {
          v = Validation.byProvider(HibernateValidator.class)
              .configure()
              .messageInterpolator(new ParameterMessageInterpolator())
              .buildValidatorFactory()
              .getValidator();
          validator = v;
        }
      }
    }
    return v;
  }

  /** Bean Validation reads META-INF/validation.xml, which could declare more constraints. */
  private static boolean hasXmlConfiguration() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return (context != null && context.getResource("META-INF/validation.xml") != null)
        || RequestValidator.class.getClassLoader().getResource("META-INF/validation.xml") != null;
  }

  private static Violation toViolation(String field, ConstraintViolation<?> v) {
    Object regexp = v.getConstraintDescriptor().getAttributes().get("regexp");
    String expected = v.getConstraintDescriptor().getAnnotation() instanceof Pattern
        ? HINTS.getOrDefault(field, "") + "must match " + regexp : v.getMessage();
    return new Violation(field, v.getInvalidValue(), expected);
  }

  /** Plain words before patterns too long to read at a glance. */
  private static final java.util.Map<String, String> HINTS = java.util.Map.of(
      "body.routeTableCidrBlock", "must be an IPv4 or IPv6 CIDR block such as 10.0.0.0/24 or 2001:db8::/32; ");

  /** Path "updatePeeringConnection.arg0" -> the spec's parameter name. */
  private static String parameterName(ConstraintViolation<?> v) {
    String path = v.getPropertyPath().toString();
    String last = path.substring(path.lastIndexOf('.') + 1);
    return switch (last) {
      case "arg0", "groupId" -> "groupId";
      case "arg1", "peerId" -> "peerId";
      default -> last;
    };
  }

  private static Method operation() {
    try {
      return NetworkPeeringApi.class.getMethod("updatePeeringConnection", String.class, String.class,
          PeeringConnectionUpdate.class, Boolean.class, Boolean.class);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("The generated NetworkPeeringApi changed shape", e);
    }
  }
}
