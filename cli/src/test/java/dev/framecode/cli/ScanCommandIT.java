package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged command as a user would, through the launcher script. */
class ScanCommandIT {

  @Test
  void theLauncherScanReadsTheShippedSample() throws IOException, InterruptedException {
    Path root = Paths.get("..").toAbsolutePath().normalize();
    Process process =
        new ProcessBuilder(root.resolve("framecode").toString(), "scan", "samples/codes.png")
            .directory(root.toFile())
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(60, TimeUnit.SECONDS);
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(done).as("finished within a minute").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("https://framecode.dev/hello").contains("4006381333931");
    assertThat(Files.exists(root.resolve("samples/codes.png"))).isTrue();
  }
}
