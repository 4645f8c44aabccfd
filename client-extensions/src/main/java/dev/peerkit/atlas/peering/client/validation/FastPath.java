package dev.peerkit.atlas.peering.client.validation;

import jakarta.validation.Constraint;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedArrayType;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.AnnotatedWildcardType;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A check that only says "certainly valid", so that a valid request costs a few regex matches
 * instead of a Bean Validation run, and Hibernate Validator is not even started for it.
 *
 * <p>It is built by reading the constraint annotations of the generated code, and only when every
 * constraint that Bean Validation would apply is a plain {@code @NotNull} or {@code @Pattern}
 * (default group, no flags) on a method parameter or on a {@code getX()} getter of a {@code String}
 * or enum, with no cascading ({@code @Valid}), no class-level, field, container-element, composed or
 * repeated constraints and no group sequence. For those two constraints "valid" means exactly what
 * Hibernate Validator's own validators compute: {@code value != null}, and {@code value == null ||
 * Pattern.compile(regexp).matcher(value).matches()}. Anything else makes {@link #of} return
 * {@code null}, and the caller then always uses the validator. When the check fails, the caller
 * runs the validator too, so every message still comes from it.
 */
final class FastPath {

  /** One constrained value: a parameter index or a getter, and what it must satisfy. */
  private record Check(int index, Method getter, boolean notNull, java.util.regex.Pattern pattern) {
    boolean accepts(Object value) {
      if (value == null) {
        return !notNull;
      }
      return pattern == null || pattern.matcher((CharSequence) value).matches();
    }
  }

  private final Check[] checks;

  private FastPath(List<Check> checks) {
    this.checks = checks.toArray(new Check[0]);
  }

  /**
   * @param args the method arguments, in order
   * @return true only if no constraint of the method's parameters is violated
   */
  boolean acceptsArguments(Object[] args) {
    for (Check c : checks) {
      if (!c.accepts(args[c.index()])) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param bean the object to check; its class must be the one this check was built for
   * @return true only if no constraint of the bean is violated
   */
  boolean acceptsBean(Object bean) {
    try {
      for (Check c : checks) {
        if (!c.accepts(c.getter().invoke(bean))) {
          return false;
        }
      }
      return true;
    } catch (IllegalAccessException | InvocationTargetException | RuntimeException e) {
      return false; // let the validator see it, and fail as it would
    }
  }

  /**
   * @param method a method whose parameters carry constraints
   * @return the check of its parameters, or {@code null} if it cannot be expressed safely
   */
  static FastPath ofParameters(Method method) {
    if (!noConstraints(method)) {
      return null; // return-value or cross-parameter constraints, @Valid on the method
    }
    List<Check> checks = new ArrayList<>();
    Parameter[] parameters = method.getParameters();
    for (int i = 0; i < parameters.length; i++) {
      if (!(parameters[i].getParameterizedType() instanceof Class<?>)
          || !noConstraintsInTypeArguments(parameters[i].getAnnotatedType())
          || !addChecks(parameters[i], parameters[i].getType(), i, null, checks)) {
        return null;
      }
    }
    return new FastPath(checks);
  }

  /**
   * @param type the runtime class of a bean
   * @param ignored properties whose violations the caller discards, so they need no check
   * @return the check of its property constraints, or {@code null} if it cannot be expressed safely
   */
  static FastPath ofBean(Class<?> type, Set<String> ignored) {
    List<Check> checks = new ArrayList<>();
    for (Class<?> c : hierarchy(type)) {
      if (!noConstraints(c) || c.isAnnotationPresent(GroupSequence.class)
          || hasAnnotationNamed(c, "org.hibernate.validator.group.GroupSequenceProvider")) {
        return null;
      }
      for (Field f : c.getDeclaredFields()) {
        if (!noConstraints(f) || !noConstraints(f.getAnnotatedType())) {
          return null;
        }
      }
      for (java.lang.reflect.Constructor<?> k : c.getDeclaredConstructors()) {
        if (!noConstraints(k)) {
          return null;
        }
        for (Parameter p : k.getParameters()) {
          if (!noConstraints(p) || !noConstraints(p.getAnnotatedType())) {
            return null;
          }
        }
      }
      for (Method m : c.getDeclaredMethods()) {
        if (m.isSynthetic() || m.isBridge()) {
          if (!noConstraints(m)) {
            return null;
          }
          continue;
        }
        for (Parameter p : m.getParameters()) {
          if (!noConstraints(p) || !noConstraints(p.getAnnotatedType())) {
            return null;
          }
        }
        if (noConstraints(m) && noConstraints(m.getAnnotatedReturnType())) {
          continue;
        }
        boolean getter = !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 0
            && m.getName().startsWith("get") && m.getName().length() > 3
            && m.getGenericReturnType() instanceof Class<?> && m.getReturnType() != void.class;
        if (!getter) {
          return null;
        }
        String property = Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4);
        if (ignored.contains(property)) {
          continue;
        }
        if (!addChecks(m, m.getReturnType(), -1, m, checks)) {
          return null;
        }
      }
    }
    for (Check check : checks) {
      check.getter().setAccessible(true);
    }
    return new FastPath(checks);
  }

  /** Adds the checks of one annotated element; false if one of its constraints is not supported. */
  private static boolean addChecks(AnnotatedElement element, Class<?> type, int index, Method getter,
      List<Check> checks) {
    boolean notNull = false;
    java.util.regex.Pattern pattern = null;
    for (Annotation a : element.getAnnotations()) {
      if (a instanceof NotNull n) {
        if (n.groups().length > 0) {
          return false;
        }
        notNull = true;
      } else if (a instanceof Pattern p) {
        if (p.groups().length > 0 || p.flags().length > 0 || pattern != null || type != String.class) {
          return false;
        }
        pattern = java.util.regex.Pattern.compile(p.regexp());
      } else if (isConstraintOrContainer(a)) {
        return false;
      }
    }
    if (notNull && !(type == String.class || type.isEnum())) {
      return false; // a container type might be unwrapped by a value extractor
    }
    if (notNull || pattern != null) {
      checks.add(new Check(index, getter, notNull, pattern));
    }
    return true;
  }

  private static boolean noConstraints(AnnotatedElement element) {
    for (Annotation a : element.getAnnotations()) {
      if (isConstraintOrContainer(a)) {
        return false;
      }
    }
    return !(element instanceof AnnotatedType type) || noConstraintsInTypeArguments(type);
  }

  /** No constraint on type arguments, array components or bounds (container-element constraints). */
  private static boolean noConstraintsInTypeArguments(AnnotatedType type) {
    List<AnnotatedType> inner = new ArrayList<>();
    if (type instanceof AnnotatedParameterizedType p) {
      inner.addAll(List.of(p.getAnnotatedActualTypeArguments()));
    } else if (type instanceof AnnotatedArrayType a) {
      inner.add(a.getAnnotatedGenericComponentType());
    } else if (type instanceof AnnotatedWildcardType w) {
      inner.addAll(List.of(w.getAnnotatedUpperBounds()));
      inner.addAll(List.of(w.getAnnotatedLowerBounds()));
    }
    for (AnnotatedType t : inner) {
      if (!noConstraints(t)) {
        return false;
      }
    }
    return true;
  }

  /** A constraint, {@code @Valid}, or a repeated-constraint container such as {@code @Pattern.List}. */
  private static boolean isConstraintOrContainer(Annotation a) {
    Class<? extends Annotation> type = a.annotationType();
    if (a instanceof Valid || type.isAnnotationPresent(Constraint.class)) {
      return true;
    }
    Class<?> enclosing = type.getEnclosingClass();
    return enclosing != null && enclosing.isAnnotationPresent(Constraint.class);
  }

  private static boolean hasAnnotationNamed(Class<?> type, String name) {
    for (Annotation a : type.getAnnotations()) {
      if (a.annotationType().getName().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /** The class, its superclasses and every interface they implement. */
  private static Set<Class<?>> hierarchy(Class<?> type) {
    Set<Class<?>> all = new HashSet<>();
    Deque<Class<?>> todo = new ArrayDeque<>();
    todo.add(type);
    while (!todo.isEmpty()) {
      Class<?> c = todo.poll();
      if (c == Object.class || !all.add(c)) {
        continue;
      }
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return all;
  }
}
