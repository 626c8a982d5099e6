package dev.framecode.cli;

import dev.framecode.FramecodeException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code framecode} command: finds and reads barcodes in images and video. */
@Command(
    name = "framecode",
    mixinStandardHelpOptions = true,
    versionProvider = FramecodeCommand.Version.class,
    description = "Finds and reads barcodes in images and video.",
    subcommands = {
      ScanCommand.class,
      EvalCommand.class,
      WorkerCommand.class,
      CommandLine.HelpCommand.class
    })
public final class FramecodeCommand {

  /** Exit status when at least one barcode was read. */
  static final int FOUND = 0;

  /** Exit status when the input was read but held no barcode. */
  static final int NOTHING_FOUND = 1;

  /** Exit status for bad usage or input that cannot be read. */
  static final int BAD_INPUT = 2;

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the command and its options, as typed after {@code framecode}
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status, for tests and embedding. */
  static int run(String... args) {
    return commandLine().execute(args);
  }

  /**
   * The configured command line: a framecode failure (a model that cannot be used, input that
   * cannot be read, a queue that cannot be reached), an option value out of range and a file that
   * cannot be written end it with one line on standard error and status {@link #BAD_INPUT};
   * anything else is a defect and keeps its stack trace.
   */
  static CommandLine commandLine() {
    CommandLine commandLine = new CommandLine(new FramecodeCommand());
    commandLine.setExitCodeExceptionMapper(e -> BAD_INPUT);
    commandLine.setExecutionExceptionHandler(
        (e, failed, parsed) -> {
          String message = userError(e);
          if (message == null) {
            throw e;
          }
          failed.getErr().println("framecode: " + message);
          failed.getErr().flush();
          return BAD_INPUT;
        });
    return commandLine;
  }

  // What to tell the user about a failure that is theirs to fix, or null for a defect.
  private static String userError(Exception e) {
    Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
    if (cause instanceof FramecodeException || cause instanceof IllegalArgumentException) {
      return cause.getMessage();
    }
    if (cause instanceof NoSuchFileException missing) {
      return "no such file or directory: " + missing.getFile();
    }
    if (cause instanceof AccessDeniedException denied) {
      return "permission denied: " + denied.getFile();
    }
    if (cause instanceof IOException io) {
      return io.getMessage() == null ? io.toString() : io.getMessage();
    }
    return null;
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = FramecodeCommand.class.getPackage().getImplementationVersion();
      return new String[] {"framecode " + (version == null ? "(development build)" : version)};
    }
  }
}
