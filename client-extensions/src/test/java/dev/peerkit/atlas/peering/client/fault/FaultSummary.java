package dev.peerkit.atlas.peering.client.fault;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;

/**
 * JUnit extension of a fault suite: counts its cases and prints {@code fault suite: N/M cases
 * passed (<suite>)} when the class is done, so the build log shows the tally.
 */
public final class FaultSummary implements TestWatcher, AfterAllCallback {

  private final AtomicInteger passed = new AtomicInteger();
  private final AtomicInteger total = new AtomicInteger();

  @Override
  public void testSuccessful(ExtensionContext context) {
    passed.incrementAndGet();
    total.incrementAndGet();
  }

  @Override
  public void testFailed(ExtensionContext context, Throwable cause) {
    total.incrementAndGet();
  }

  @Override
  public void testAborted(ExtensionContext context, Throwable cause) {
    total.incrementAndGet();
  }

  @Override
  public void afterAll(ExtensionContext context) {
    System.out.println("fault suite: " + passed.get() + "/" + total.get() + " cases passed ("
        + context.getRequiredTestClass().getSimpleName() + ")");
  }
}
