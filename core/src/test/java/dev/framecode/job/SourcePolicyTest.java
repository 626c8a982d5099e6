package dev.framecode.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.framecode.SourceInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourcePolicyTest {

  @TempDir Path dir;
  private Path root;
  private Path outside;
  private SourcePolicy policy;

  @BeforeEach
  void setUp() throws Exception {
    root = Files.createDirectory(dir.resolve("root"));
    outside = Files.writeString(dir.resolve("secret.mp4"), "secret");
    Files.createDirectory(root.resolve("clips"));
    Files.writeString(root.resolve("clips/a.mp4"), "video");
    policy =
        SourcePolicy.builder()
            .root(root)
            .allowScheme("https")
            .allowHost("cdn.example.com")
            .maxFileBytes(10)
            .build();
  }

  @Test
  void resolvesARelativePathInsideTheRoot() throws Exception {
    JobSource source = policy.resolve("clips/a.mp4");

    assertThat(source.path()).isEqualTo(root.resolve("clips/a.mp4").toRealPath());
  }

  @Test
  void acceptsAnAbsolutePathInsideTheRoot() throws Exception {
    Path file = root.resolve("clips/a.mp4").toRealPath();

    assertThat(policy.resolve(file.toString()).path()).isEqualTo(file);
  }

  @Test
  void refusesDotDotEvenWhenItStaysInside() {
    assertThatThrownBy(() -> policy.resolve("clips/../clips/a.mp4"))
        .isInstanceOf(BadJobException.class)
        .hasMessageContaining("'..'");
  }

  @Test
  void refusesAnAbsolutePathOutsideTheRoot() {
    assertThatThrownBy(() -> policy.resolve(outside.toString()))
        .isInstanceOf(BadJobException.class)
        .hasMessageContaining("outside the allowed roots");
  }

  @Test
  void refusesASymlinkThatLeadsOutOfTheRoot() throws Exception {
    Files.createSymbolicLink(root.resolve("link.mp4"), outside);

    assertThatThrownBy(() -> policy.resolve("link.mp4"))
        .isInstanceOf(BadJobException.class)
        .hasMessageContaining("outside the allowed roots");
  }

  @Test
  void namesAMissingFile() {
    assertThatThrownBy(() -> policy.resolve("clips/none.mp4"))
        .isInstanceOf(BadJobException.class)
        .hasMessageContaining("'clips/none.mp4' does not exist");
  }

  @Test
  void refusesAFileOverTheSizeLimit() throws Exception {
    Files.writeString(root.resolve("big.mp4"), "more than ten bytes");

    assertThatThrownBy(() -> policy.resolve("big.mp4"))
        .isInstanceOf(BadJobException.class)
        .hasMessageContaining("19 bytes, over the limit of 10");
  }

  @Test
  void allowsOnlyListedSchemesAndHosts() {
    assertThat(policy.resolve("https://CDN.example.com/a.mp4").uri()).isNotNull();
    assertThatThrownBy(() -> policy.resolve("http://cdn.example.com/a.mp4"))
        .hasMessageContaining("scheme 'http'");
    assertThatThrownBy(() -> policy.resolve("https://evil.example.com/a.mp4"))
        .hasMessageContaining("host 'evil.example.com'");
  }

  @Test
  void allowsNothingByDefault() {
    SourcePolicy none = SourcePolicy.builder().build();

    assertThatThrownBy(() -> none.resolve("a.mp4")).hasMessageContaining("no root is allowed");
    assertThatThrownBy(() -> none.resolve("https://cdn.example.com/a.mp4"))
        .isInstanceOf(BadJobException.class);
  }

  @Test
  void refusesVideosOverTheDurationOrSizeLimits() {
    SourcePolicy limits =
        SourcePolicy.builder().maxDuration(Duration.ofSeconds(60)).maxFrameSize(1920, 1080).build();

    limits.checkLimits(new SourceInfo("ok.mp4", 1920, 1080, 30, 1800, 60_000_000));
    assertThatThrownBy(
            () -> limits.checkLimits(new SourceInfo("long.mp4", 640, 480, 30, -1, 61_000_000)))
        .hasMessageContaining("long.mp4 lasts 61.0 s, over the limit of 60 s");
    assertThatThrownBy(
            () -> limits.checkLimits(new SourceInfo("huge.mp4", 3840, 2160, 30, -1, 1_000_000)))
        .hasMessageContaining("3840 x 2160 pixels, over the limit of 1920 x 1080");
  }
}
