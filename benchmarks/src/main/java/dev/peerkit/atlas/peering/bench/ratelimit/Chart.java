package dev.peerkit.atlas.peering.bench.ratelimit;

import dev.peerkit.atlas.peering.simulator.ratelimit.TokenBucketPolicy;
import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Accepted requests over time per contestant, against the bucket's theoretical best (JFreeChart, PNG). */
final class Chart {

  private Chart() {}

  static void write(Path png, List<RunResult> runs, TokenBucketPolicy bucket, int updates) throws IOException {
    System.setProperty("java.awt.headless", "true");
    XYSeriesCollection data = new XYSeriesCollection();
    data.addSeries(theoretical(bucket, updates));
    for (RunResult run : runs) {
      XYSeries series = new XYSeries(run.name() + " (" + run.refused().size() + " x 429)");
      series.add(0, 0);
      int count = 0;
      for (long at : run.accepted()) {
        series.add(at / 1e9, ++count);
      }
      data.addSeries(series);
    }
    JFreeChart chart = ChartFactory.createXYLineChart(
        "Accepted updates over time: bucket capacity " + bucket.capacity() + ", refill " + bucket.refillRate()
            + " per " + bucket.refillDurationSeconds() + " s",
        "seconds since start", "updates accepted by the bucket", data, PlotOrientation.VERTICAL, true, false, false);
    XYPlot plot = chart.getXYPlot();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setSeriesStroke(0, new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f,
        new float[] {6f, 4f}, 0f));
    Color[] colors = {new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c), new Color(0xff7f0e)};
    for (int i = 0; i < runs.size(); i++) {
      renderer.setSeriesPaint(i + 1, colors[i % colors.length]);
      renderer.setSeriesStroke(i + 1, new BasicStroke(2f));
    }
    plot.setRenderer(renderer);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 560);
  }

  /** Capacity at once, then one token every refillDuration / refillRate. */
  private static XYSeries theoretical(TokenBucketPolicy bucket, int updates) {
    XYSeries series = new XYSeries("theoretical minimum");
    double perToken = bucket.refillDurationSeconds() / (double) bucket.refillRate();
    series.add(0, 0);
    series.add(0, Math.min(updates, bucket.capacity()));
    for (int n = bucket.capacity() + 1; n <= updates; n++) {
      series.add((n - bucket.capacity()) * perToken, n);
    }
    return series;
  }

  /** @return the theoretical minimum wall time in seconds */
  static double minimumSeconds(TokenBucketPolicy bucket, int updates) {
    return Math.max(0, updates - bucket.capacity()) * bucket.refillDurationSeconds() / (double) bucket.refillRate();
  }
}
