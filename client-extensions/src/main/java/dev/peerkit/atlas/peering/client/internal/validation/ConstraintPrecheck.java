package dev.peerkit.atlas.peering.client.internal.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A fast yes for a valid call, from the same annotations Hibernate Validator reads: each {@code
 * @NotNull} value is present and each {@code @Pattern} value matches, on the method's parameters
 * and on the body's getters. Only when this cannot say yes (a value breaks a rule, or a constraint
 * it does not know is present) does {@link RequestValidator} start Hibernate Validator, so every
 * message is Hibernate's own and a valid call costs a few regex matches: no validator start-up in a
 * one-shot CLI, no per-call metadata walk and allocation under load.
 *
 * <p>It says yes only when every constraint annotation on the method, its parameters and the body's
 * fields and getters is one of these two (no groups, payload or flags) and each holds, which is
 * when Hibernate Validator finds no violation for them. Anything else (field constraints, {@code
 * @Valid}, other constraints, several bodies) sends the call to Hibernate Validator.
 */
final class ConstraintPrecheck {

  /** One rule on one value: {@code get} reads it from the argument array or the body. */
  private record Rule(Function<Object, Object> get, boolean notNull, java.util.regex.Pattern pattern) {
    boolean holds(Object owner) {
      Object value = get.apply(owner);
      if (value == Rejected.INSTANCE) {
        return false;
      }
      if (value == null) {
        return !notNull;
      }
      return pattern == null || value instanceof CharSequence s && pattern.matcher(s).matches();
    }
  }

  /** The rules of a method or class, or null when something there is beyond this check. */
  private record Rules(List<Rule> rules) {
    boolean hold(Object owner) {
      for (Rule rule : rules) {
        if (!rule.holds(owner)) {
          return false;
        }
      }
      return true;
    }
  }

  /** A method's parameter rules and where its body is (-1: none). */
  private record MethodRules(Rules parameters, int bodyIndex) {}

  private static final Rules UNKNOWN = new Rules(null);
  private static final Map<Method, MethodRules> METHODS = new ConcurrentHashMap<>();
  private static final Map<Class<?>, Rules> BODIES = new ConcurrentHashMap<>();

  private ConstraintPrecheck() {}

  /**
   * @param method the generated API method
   * @param args the call's arguments
   * @param bodyType the request body's declared type; the argument of that type is the body
   * @param skippedProperty a body property left out of the check (its rules are ignored)
   * @return true when Hibernate Validator would find no violation; false means "validate fully"
   */
  static boolean certainlyValid(Method method, Object[] args, Class<?> bodyType, String skippedProperty) {
    MethodRules methodRules = METHODS.computeIfAbsent(method, m -> methodRules(m, bodyType));
    if (methodRules.parameters() == UNKNOWN || !methodRules.parameters().hold(args)) {
      return false;
    }
    int bodyIndex = methodRules.bodyIndex();
    if (bodyIndex < 0) {
      return true;
    }
    Object body = args[bodyIndex];
    if (body == null) {
      return false;
    }
    Rules bodyRules = BODIES.computeIfAbsent(body.getClass(), c -> bodyRules(c, skippedProperty));
    return bodyRules != UNKNOWN && bodyRules.hold(body);
  }

  private static MethodRules methodRules(Method method, Class<?> bodyType) {
    int bodyIndex = -1;
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      if (bodyType.isAssignableFrom(types[i])) {
        bodyIndex = i;
      }
    }
    return new MethodRules(parameterRules(method), bodyIndex);
  }

  private static Rules parameterRules(Method method) {
    if (isConstrained(method.getAnnotations())) {
      return UNKNOWN; // cross-parameter or return value constraints
    }
    List<Rule> rules = new ArrayList<>();
    Annotation[][] annotations = method.getParameterAnnotations();
    for (int i = 0; i < annotations.length; i++) {
      int index = i;
      Rule rule = rule(annotations[i], owner -> ((Object[]) owner)[index]);
      if (rule == null) {
        return UNKNOWN;
      }
      rules.add(rule);
    }
    return new Rules(List.copyOf(rules));
  }

  private static Rules bodyRules(Class<?> type, String skippedProperty) {
    List<Rule> rules = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers()) && isConstrained(field.getAnnotations())) {
          return UNKNOWN; // field constraints: not read by this check
        }
      }
    }
    // Every declared method up the hierarchy, overridden ones included: Hibernate Validator applies
    // a superclass getter's constraints to the override too (the value is read through the override).
    List<Class<?>> types = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      types.add(c);
      types.addAll(List.of(c.getInterfaces()));
    }
    for (Class<?> c : types) {
      for (Method method : c.getDeclaredMethods()) {
        Annotation[] annotations = method.getAnnotations();
        if (!isConstrained(annotations)) {
          continue;
        }
        String property = method.getParameterCount() == 0 ? property(method.getName()) : null;
        if (property == null || !Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
          return UNKNOWN; // a constraint on something other than a public getter
        }
        if (property.equals(skippedProperty)) {
          continue;
        }
        Rule rule = rule(annotations, owner -> invoke(method, owner));
        if (rule == null) {
          return UNKNOWN;
        }
        rules.add(rule);
      }
    }
    return new Rules(List.copyOf(rules));
  }

  /** @return the rule of these annotations (possibly none), or null when one is beyond this check */
  private static Rule rule(Annotation[] annotations, Function<Object, Object> get) {
    boolean notNull = false;
    java.util.regex.Pattern pattern = null;
    for (Annotation a : annotations) {
      if (a instanceof NotNull n && n.groups().length == 0 && n.payload().length == 0) {
        notNull = true;
      } else if (a instanceof Pattern p && p.groups().length == 0 && p.payload().length == 0
          && p.flags().length == 0 && pattern == null) {
        pattern = java.util.regex.Pattern.compile(p.regexp());
      } else if (isConstrained(new Annotation[] {a}) || a instanceof Valid) {
        return null;
      }
    }
    return notNull || pattern != null ? new Rule(get, notNull, pattern) : new Rule(owner -> null, false, null);
  }

  private static boolean isConstrained(Annotation[] annotations) {
    for (Annotation a : annotations) {
      if (a instanceof Valid || a.annotationType().isAnnotationPresent(Constraint.class)
          || a.annotationType().getName().endsWith("$List") && a.annotationType().getName().startsWith("jakarta.validation")) {
        return true;
      }
    }
    return false;
  }

  private static String property(String name) {
    if (name.startsWith("get") && name.length() > 3) {
      return Character.toLowerCase(name.charAt(3)) + name.substring(4);
    }
    if (name.startsWith("is") && name.length() > 2) {
      return Character.toLowerCase(name.charAt(2)) + name.substring(3);
    }
    return null;
  }

  private static Object invoke(Method getter, Object owner) {
    try {
      return getter.invoke(owner);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Rejected.INSTANCE; // let the full validator see and report it
    }
  }

  /** A value no rule accepts, so the full validator runs. */
  private enum Rejected {
    INSTANCE
  }
}
