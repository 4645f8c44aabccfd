package dev.peerkit.atlas.peering.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Builder options are checked when set, with messages that say what to fix. */
class BuilderTest {

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com", "http://", "not a url", "127.0.0.1:8080",
      "https://example.com?x=1", "https://example.com#frag", "http://127.0.0.1:99999"})
  void invalidBaseUrlsAreRefused(String url) {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Invalid base URL").hasMessageContaining("https://cloud.mongodb.com");
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://user:pa55word@example.com", "http://user:pa55word@127.0.0.1:1"})
  void credentialsInTheUrlAreRefusedWithoutEchoingThem(String url) {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().baseUrl(url))
        .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pa55word");
  }

  @Test
  void theRedactedUrlKeepsItsHostAndPort() {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().baseUrl("http://user:pa55word@127.0.0.1:34663"))
        .hasMessageContaining("http://<redacted>@127.0.0.1:34663").hasMessageNotContaining("pa55word");
  }

  @ParameterizedTest
  @ValueSource(strings = {"HTTPS://cloud.mongodb.com/", "  https://cloud.mongodb.com  ", "http://localhost:8080//"})
  void reasonableSpellingsAreNormalised(String url) {
    AtlasPeeringClient client = AtlasPeeringClient.builder().baseUrl(url).apiKey("pub", "priv").build();
    client.close();
    assertThat(AtlasPeeringClient.builder().baseUrl(url).baseUrl.toString()).doesNotEndWith("/").startsWith("http");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-30", "garbage", "2025-3-12", ""})
  void apiVersionMustBeARealDate(String version) {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().apiVersion(version))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2023-01-01");
  }

  @Test
  void theDefaultIsTheLatestResourceVersionAndAReleaseDateResolvesToIt() {
    assertThat(AtlasPeeringClientBuilder.DEFAULT_API_VERSION).isEqualTo("2023-01-01");
    assertThat(AtlasPeeringClient.builder().apiVersion("2025-03-12").apiVersion).isEqualTo("2023-01-01");
    assertThat(AtlasPeeringClient.builder().apiVersion("2023-01-01").apiVersion).isEqualTo("2023-01-01");
  }

  @Test
  void aResolvedReleaseDateIsSaidOnceAtDebug() {
    CapturingLogger log = new CapturingLogger();
    AtlasPeeringClient.builder().logger(log).apiVersion("2025-03-12").apiKey("pub", "priv").build().close();
    assertThat(log.lines()).containsOnlyOnce("DEBUG API version 2025-03-12 is served by resource version 2023-01-01");

    CapturingLogger exact = new CapturingLogger();
    AtlasPeeringClient.builder().logger(exact).apiVersion("2023-01-01").apiKey("pub", "priv").build().close();
    assertThat(exact.lines()).noneMatch(line -> line.contains("is served by"));
  }

  @Test
  void aDateBeforeTheFirstResourceVersionIsRefused() {
    assertThatThrownBy(() -> AtlasPeeringClient.builder().apiVersion("2022-12-31"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("before this operation's first resource version 2023-01-01");
  }
}
