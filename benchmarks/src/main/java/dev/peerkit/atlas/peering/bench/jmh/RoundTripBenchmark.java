package dev.peerkit.atlas.peering.bench.jmh;

import dev.peerkit.atlas.peering.bench.contestants.Contestant;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One PATCH round trip against the bench server ({@code -Dbench.url}), per contestant. The
 * contestant is shared by all benchmark threads, as a service shares one client. Mode, threads
 * and iterations are set by the driver (latency: SampleTime, 1 thread; throughput: 1, 4, 16
 * threads; allocation: {@code -prof gc}).
 */
@State(Scope.Benchmark)
public class RoundTripBenchmark {

  @Param({Contestant.RAW, Contestant.SDK_BEARER, Contestant.SDK_DIGEST, Contestant.STOCK,
      Contestant.BARE_BEARER, Contestant.BARE_DIGEST})
  public String contestant;

  private Contestant client;

  @Setup(Level.Trial)
  public void setUp() throws Exception {
    String url = System.getProperty("bench.url");
    if (url == null) {
      throw new IllegalStateException("-Dbench.url=http://127.0.0.1:<port> is required (the driver sets it)");
    }
    client = Contestant.create(contestant, url);
    for (int i = 0; i < 3; i++) {
      client.timedCall(); // token fetched / Digest nonce obtained, connection open
    }
  }

  @TearDown(Level.Trial)
  public void tearDown() throws Exception {
    client.close();
  }

  @Benchmark
  public Object call() throws Exception {
    return client.timedCall();
  }
}
