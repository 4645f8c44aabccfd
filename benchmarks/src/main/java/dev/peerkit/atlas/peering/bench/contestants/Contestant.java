package dev.peerkit.atlas.peering.bench.contestants;

/** One way of sending the AWS update and reading the answer. Thread-safe: one instance is shared. */
public interface Contestant extends AutoCloseable {

  /** The contestants, in the order the tables list them. */
  String RAW = "raw";
  String SDK_BEARER = "sdkBearer";
  String SDK_DIGEST = "sdkDigest";
  String STOCK = "stock";
  String BARE_BEARER = "bareBearer";
  String BARE_DIGEST = "bareDigest";

  /**
   * Sends the PATCH and reads the answer.
   *
   * @return the decoded answer
   * @throws Exception if the call fails
   */
  Object call() throws Exception;

  /**
   * What the benchmarks time: {@link #call()}, except for a contestant that cannot complete a call,
   * which is timed up to its failure (the stock client: its decoder fails on every answer).
   *
   * @return the decoded answer, or the failure
   * @throws Exception if the call fails in an unexpected way
   */
  default Object timedCall() throws Exception {
    return call();
  }

  @Override
  default void close() throws Exception {}

  /**
   * @param name one of the constants above
   * @param baseUrl the bench server
   * @return a new contestant, not yet warmed up
   */
  static Contestant create(String name, String baseUrl) {
    return switch (name) {
      case RAW -> new RawContestant(baseUrl);
      case SDK_BEARER -> SdkContestant.bearer(baseUrl);
      case SDK_DIGEST -> SdkContestant.digest(baseUrl);
      case STOCK -> new StockContestant(baseUrl);
      case BARE_BEARER -> BareFeignContestant.bearer(baseUrl);
      case BARE_DIGEST -> BareFeignContestant.digest(baseUrl);
      default -> throw new IllegalArgumentException("unknown contestant " + name);
    };
  }
}
