package dev.framecode.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.job.BadJobException;
import org.junit.jupiter.api.Test;

class RedisJobPayloadTest {

  @Test
  void readsIdSourceAndScalarOptionsAndIgnoresUnknownFields() {
    RedisJobPayload payload =
        RedisJobPayload.parse(
            "{\"id\":\"a-1\",\"source\":\"x.mp4\",\"options\":{\"n\":3,\"on\":true,\"f\":\"QR\"},"
                + "\"note\":[1]}",
            1000);

    assertThat(payload.id()).isEqualTo("a-1");
    assertThat(payload.source()).isEqualTo("x.mp4");
    assertThat(payload.options()).containsEntry("n", "3").containsEntry("on", "true");
  }

  @Test
  void refusesAMissingSource() {
    assertThatThrownBy(() -> RedisJobPayload.parse("{\"id\":\"a\"}", 1000))
        .isInstanceOf(BadJobException.class)
        .hasMessage("job field 'source' is missing");
  }

  @Test
  void refusesAnIdThatCouldNotBeAKeySafely() {
    assertThatThrownBy(() -> RedisJobPayload.parse("{\"id\":\"a b\",\"source\":\"x\"}", 1000))
        .hasMessageContaining("got 'a b'");
  }

  @Test
  void refusesAPayloadOverTheSizeLimit() {
    assertThatThrownBy(() -> RedisJobPayload.parse("{\"source\":\"" + "x".repeat(100) + "\"}", 64))
        .hasMessage("job payload has 113 bytes, over the limit of 64");
  }

  @Test
  void givesTheSameDigestIdToTheSamePayload() {
    assertThat(RedisJobPayload.digestId("{}")).isEqualTo(RedisJobPayload.digestId("{}"));
    assertThat(RedisJobPayload.digestId("{}")).startsWith("sha256-").hasSize(31);
  }
}
