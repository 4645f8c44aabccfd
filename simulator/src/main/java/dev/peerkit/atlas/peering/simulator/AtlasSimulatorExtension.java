package dev.peerkit.atlas.peering.simulator;

import java.util.Objects;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension that runs an {@link AtlasSimulator} for a test class and injects it into test
 * and lifecycle methods that declare an {@code AtlasSimulator} parameter.
 *
 * <ul>
 *   <li>{@code @ExtendWith(AtlasSimulatorExtension.class)} or a {@code static}
 *       {@code @RegisterExtension} field: one simulator per test class (nested classes share it),
 *       stopped after the class.
 *   <li>A non-static {@code @RegisterExtension} field: one simulator per test method.
 * </ul>
 *
 * <p>Before each test the simulator is {@linkplain AtlasSimulator#reset() reset} (seed data, no
 * faults, token count zero), so seed extra state in {@code @BeforeEach}, not {@code @BeforeAll}.
 * Not meant for tests of one class that run in parallel: they share the state.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final AtlasSimulatorExtension ATLAS =
 *     new AtlasSimulatorExtension(AtlasSimulator.builder().tokenExpiresIn(Duration.ofSeconds(30)));
 *
 * @Test
 * void updates(AtlasSimulator atlas) { ... atlas.baseUrl() ... }
 * }</pre>
 */
public final class AtlasSimulatorExtension
    implements BeforeAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        AfterAllCallback,
        ParameterResolver {

  private final AtlasSimulator.Builder builder;
  private AtlasSimulator simulator;
  private String ownerId;

  /** Creates the extension with the default simulator settings. */
  public AtlasSimulatorExtension() {
    this(AtlasSimulator.builder());
  }

  /**
   * Creates the extension with custom settings.
   *
   * @param builder the settings; {@link AtlasSimulator.Builder#build()} is called per start
   */
  public AtlasSimulatorExtension(AtlasSimulator.Builder builder) {
    this.builder = Objects.requireNonNull(builder, "builder");
  }

  /**
   * Returns the running simulator, for tests that hold the extension in a field.
   *
   * @return the simulator
   * @throws IllegalStateException outside a test's lifecycle
   */
  public synchronized AtlasSimulator simulator() {
    if (simulator == null) {
      throw new IllegalStateException("the simulator runs only while a test runs");
    }
    return simulator;
  }

  /**
   * Starts the class's simulator, unless an outer class already did.
   *
   * @param context the class context
   */
  @Override
  public synchronized void beforeAll(ExtensionContext context) {
    startFor(context);
  }

  /**
   * Starts a per-test simulator if none runs; otherwise resets the running one.
   *
   * @param context the test context
   */
  @Override
  public synchronized void beforeEach(ExtensionContext context) {
    if (simulator == null) {
      startFor(context);
    } else {
      simulator.reset();
    }
  }

  /**
   * Stops a per-test simulator.
   *
   * @param context the test context
   */
  @Override
  public synchronized void afterEach(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  /**
   * Stops the class's simulator, unless an outer class started it.
   *
   * @param context the class context
   */
  @Override
  public synchronized void afterAll(ExtensionContext context) {
    stopIfStartedBy(context);
  }

  /**
   * Supports parameters of type {@link AtlasSimulator}.
   *
   * @param parameter the parameter
   * @param context the context
   * @return whether the parameter is an {@code AtlasSimulator}
   */
  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == AtlasSimulator.class;
  }

  /**
   * Injects the running simulator.
   *
   * @param parameter the parameter
   * @param context the context
   * @return the simulator
   */
  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return simulator();
  }

  private void startFor(ExtensionContext context) {
    if (simulator == null) {
      simulator = builder.build().start();
      ownerId = context.getUniqueId();
    }
  }

  private void stopIfStartedBy(ExtensionContext context) {
    if (simulator != null && context.getUniqueId().equals(ownerId)) {
      simulator.close();
      simulator = null;
      ownerId = null;
    }
  }
}
