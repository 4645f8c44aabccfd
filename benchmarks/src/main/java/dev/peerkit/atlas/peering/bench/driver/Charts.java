package dev.peerkit.atlas.peering.bench.driver;

import java.awt.BasicStroke;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The charts of RESULTS.md, drawn with JFreeChart from the figures of the same run (PNG, headless). */
final class Charts {

  private Charts() {}

  /** CPU per call per contestant and thread count: mean over the rounds' forks, with a ± 1 standard deviation bar. */
  static void cpuPerCall(SdkCostSuite suite, Path png) throws IOException {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    for (String c : SdkCostSuite.CONTESTANTS) {
      for (int t : SdkCostSuite.THREADS) {
        Spread s = suite.figure(c, t, SdkCostSuite.Fork::cpuMicros);
        if (!s.isEmpty()) {
          data.add(s.mean(), s.stdev(), SdkCostSuite.LABELS.get(c), t + (t == 1 ? " thread" : " threads"));
        }
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("Client CPU time per call (mean ± sd over forks)", "",
        "µs of CPU per call (whole client JVM)", data, PlotOrientation.VERTICAL, true, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.BLACK);
    plot.setRenderer(renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
  }

  /** Latency percentiles at 1 thread, one line per contestant. */
  static void latency(Map<String, double[]> latency, Map<String, String> labels, double[] percentiles, Path png)
      throws IOException {
    XYSeriesCollection data = new XYSeriesCollection();
    for (Map.Entry<String, double[]> e : latency.entrySet()) {
      XYSeries s = new XYSeries(labels.getOrDefault(e.getKey(), e.getKey()));
      for (int i = 0; i < percentiles.length; i++) {
        // x: the percentile as "nines" so the tail is readable: 0 -> 0, 90 -> 1, 99 -> 2, 99.9 -> 3
        s.add(-Math.log10(1 - Math.min(percentiles[i], 99.9) / 100.0), e.getValue()[i]);
      }
      data.addSeries(s);
    }
    JFreeChart chart = ChartFactory.createXYLineChart("Latency distribution, 1 thread (JMH SampleTime)",
        "percentile (0 = min, 1 = p90, 2 = p99, 3 = p99.9)", "µs per call", data, PlotOrientation.VERTICAL, true,
        false, false);
    XYPlot plot = chart.getXYPlot();
    LogAxis y = new LogAxis("µs per call (log scale)");
    plot.setRangeAxis(y);
    NumberAxis x = (NumberAxis) plot.getDomainAxis();
    x.setRange(0, 3.05);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    plot.setDomainGridlinePaint(Color.LIGHT_GRAY);
    for (int i = 0; i < data.getSeriesCount(); i++) {
      plot.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
    }
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 900, 500);
  }

  /** Median launch ratio to java -version per command, with the 4 x goal as a line. */
  static void cliLaunch(CliLaunchSuite suite, Path png) throws IOException {
    DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
    List<CliLaunchSuite.Variant> variants = suite.variants;
    for (CliLaunchSuite.Variant v : variants) {
      if (!v.baseline()) {
        Spread r = suite.ratio(v);
        data.add(r.mean(), r.stdev(), "ratio", shorten(v.label()));
      }
    }
    JFreeChart chart = ChartFactory.createBarChart("One-shot CLI update: ratio to java -version of the same JDK",
        "", "× java -version (mean ± sd over rounds)", data, PlotOrientation.HORIZONTAL, false, false, false);
    CategoryPlot plot = chart.getCategoryPlot();
    StatisticalBarRenderer renderer = new StatisticalBarRenderer();
    renderer.setErrorIndicatorPaint(Color.BLACK);
    plot.setRenderer(renderer);
    ValueMarker goal = new ValueMarker(CliLaunchSuite.GOAL, Color.RED, new BasicStroke(2f));
    goal.setLabel("goal 4 ×");
    plot.addRangeMarker(goal);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
    CategoryAxis axis = plot.getDomainAxis();
    axis.setMaximumCategoryLabelWidthRatio(0.6f);
    axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
    ChartUtils.saveChartAsPNG(png.toFile(), chart, 1000, 520);
  }

  private static String shorten(String label) {
    return label.replace("cli/target/atlas-peering.jar", "lean.jar").replace("cli/target/atlas-peering.jsa", "jsa")
        .replace("cli/target/atlas-peering.aot", "aot").replace("-XX:TieredStopAtLevel=1", "C1")
        .replace("-XX:SharedArchiveFile=", "CDS=").replace("-XX:AOTCache=", "AOT=");
  }

}
