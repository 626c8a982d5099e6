package dev.framecode.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorkerCommandTest {

  @TempDir Path root;

  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine commandLine = FramecodeCommand.commandLine();
    commandLine.setOut(new PrintWriter(new StringWriter()));
    commandLine.setErr(new PrintWriter(err));
    return commandLine.execute(args);
  }

  @Test
  void exitsTwoNamingTheProblemWhenRedisCannotBeReached() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }

    int status =
        run("worker", "--redis", "redis://127.0.0.1:" + closedPort, "--root", root.toString());

    assertThat(status).isEqualTo(2);
    assertThat(err.toString()).startsWith("framecode worker:").contains("" + closedPort);
  }

  @Test
  void exitsTwoWithoutARootDirectory() {
    assertThat(run("worker", "--redis", "redis://127.0.0.1:6379")).isEqualTo(2);
    assertThat(err.toString()).contains("--root");
  }
}
