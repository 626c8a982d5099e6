package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs the packaged command as a user would, through the launcher script. */
class ScanCommandIT {

  private static final Path ROOT = Paths.get("..").toAbsolutePath().normalize();

  @Test
  void theLauncherScanReadsTheShippedSample() throws IOException, InterruptedException {
    String output = runLauncher("scan", "samples/codes.png");

    assertThat(output).contains("https://framecode.dev/hello").contains("4006381333931");
  }

  @Test
  void theReadmeCommandReportsEachCodeOfTheSampleVideoOnce()
      throws IOException, InterruptedException {
    String output = runLauncher("scan", "samples/codes.mp4");

    assertThat(output).contains("3 codes in 100 frames");
    assertThat(output.lines().filter(l -> l.contains("https://framecode.dev/hello"))).hasSize(1);
    assertThat(output.lines().filter(l -> l.contains("FRAMECODE-0001"))).hasSize(1);
    assertThat(output.lines().filter(l -> l.contains("4006381333931"))).hasSize(1);
  }

  private static String runLauncher(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ROOT.resolve("framecode").toString());
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    boolean done = process.waitFor(120, TimeUnit.SECONDS);

    assertThat(done).as("finished within two minutes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
