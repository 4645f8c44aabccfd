package dev.peerkit.atlas.peering.bench.jmh;

import java.lang.management.ManagementFactory;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * CPU time of the whole benchmark JVM (all its threads: the client's own, its I/O and pool threads,
 * JIT and GC) per operation, per iteration: {@code cpu.us/op}. The server runs in its own JVM, so
 * this is the client's cost of one call. Less sensitive to a busy machine than throughput.
 */
public class CpuProfiler implements InternalProfiler {

  private long start;

  @Override
  public String getDescription() {
    return "process CPU time per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    start = cpuNanos();
  }

  @Override
  public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams,
      IterationParams iterationParams, IterationResult result) {
    long cpu = cpuNanos() - start;
    long ops = result.getMetadata() == null ? 0 : result.getMetadata().getAllOps();
    double perOp = ops <= 0 || cpu < 0 ? Double.NaN : cpu / 1000.0 / ops;
    return List.of(new ScalarResult("cpu.us/op", perOp, "us/op", AggregationPolicy.AVG));
  }

  private static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
