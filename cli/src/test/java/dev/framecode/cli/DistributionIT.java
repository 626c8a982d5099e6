package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unpacks the distribution archive into a directory outside the checkout and runs it there, as
 * someone who downloaded it would.
 */
class DistributionIT {

  private static final String VERSION = System.getProperty("framecode.version");
  private static final Path ARCHIVE = Path.of(System.getProperty("framecode.dist"));

  @TempDir static Path unpacked;
  private static Path home;

  @BeforeAll
  static void unpack() throws IOException, InterruptedException {
    assertThat(ARCHIVE).as("built by package").isRegularFile();
    run(unpacked, "tar", "xzf", ARCHIVE.toString());
    home = unpacked.resolve("framecode-" + VERSION);
  }

  @Test
  void printsItsVersion() throws IOException, InterruptedException {
    assertThat(run(home, "bin/framecode", "--version").strip()).isEqualTo("framecode " + VERSION);
  }

  @Test
  void passesItsJvmOptionsAndThenTheUsers() throws IOException, InterruptedException {
    String output =
        run(
            home,
            "env",
            "FRAMECODE_JAVA_OPTS=-XX:+PrintCommandLineFlags",
            "bin/framecode",
            "--version");

    assertThat(output)
        .contains("-XX:Tier4InvocationThreshold=100000")
        .contains("-XX:+PrintCommandLineFlags")
        .contains("framecode " + VERSION);
  }

  @Test
  void scansTheSampleItShipsWith() throws IOException, InterruptedException {
    String output = run(home, "bin/framecode", "scan", "samples/codes.png");

    assertThat(output)
        .contains("samples/codes.png: 3 barcodes")
        .contains("https://framecode.dev/hello")
        .contains("FRAMECODE-0001")
        .contains("4006381333931");
  }

  @Test
  void runsThroughALinkFromAnotherDirectory() throws IOException, InterruptedException {
    Path link =
        Files.createSymbolicLink(unpacked.resolve("framecode"), home.resolve("bin/framecode"));

    assertThat(run(unpacked, link.toString(), "--version").strip())
        .isEqualTo("framecode " + VERSION);
  }

  @Test
  void everyFramecodeJarNamesItsModule() throws IOException {
    List<Path> jars;
    try (Stream<Path> lib = Files.list(home.resolve("lib"))) {
      jars = lib.filter(p -> p.getFileName().toString().startsWith("framecode-")).toList();
    }

    assertThat(jars).hasSize(8);
    for (Path jar : jars) {
      try (JarFile file = new JarFile(jar.toFile())) {
        assertThat(file.getManifest().getMainAttributes().getValue("Automatic-Module-Name"))
            .as(jar.getFileName().toString())
            .startsWith("dev.framecode.");
      }
    }
  }

  private static String run(Path directory, String... command)
      throws IOException, InterruptedException {
    Process process =
        new ProcessBuilder(new ArrayList<>(List.of(command)))
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("finished in two minutes").isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
