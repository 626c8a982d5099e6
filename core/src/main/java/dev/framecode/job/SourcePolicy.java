package dev.framecode.job;

import dev.framecode.SourceInfo;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides which sources a job may open, and how large a video may be. Files must lie inside one of
 * the allowed root directories: a path with a {@code ..} segment is refused outright, and symbolic
 * links are resolved before the check, so a link cannot lead out of a root. URLs are refused unless
 * both their scheme and their host are allowed. By default nothing is allowed.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * SourcePolicy policy = SourcePolicy.builder().root(Path.of("/srv/videos")).build();
 * JobSource source = policy.resolve("2024/clip.mp4"); // /srv/videos/2024/clip.mp4
 * }</pre>
 */
public final class SourcePolicy {

  private final List<Path> roots;
  private final Set<String> schemes;
  private final Set<String> hosts;
  private final long maxFileBytes;
  private final Duration maxDuration;
  private final int maxWidth;
  private final int maxHeight;

  private SourcePolicy(Builder builder) {
    this.roots = List.copyOf(builder.roots);
    this.schemes = Set.copyOf(builder.schemes);
    this.hosts = Set.copyOf(builder.hosts);
    this.maxFileBytes = builder.maxFileBytes;
    this.maxDuration = builder.maxDuration;
    this.maxWidth = builder.maxWidth;
    this.maxHeight = builder.maxHeight;
  }

  /** {@return a builder for a policy that allows nothing yet} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return {@code source} as a real file inside an allowed root, or as an allowed URL} A relative
   * path is looked up in each root in turn; an absolute path must lie inside one.
   *
   * @param source a path or URL as the job gave it
   * @throws BadJobException naming the source and the rule it breaks
   */
  public JobSource resolve(String source) {
    if (source.contains("://")) {
      return new JobSource(null, checkUrl(source));
    }
    return new JobSource(checkFile(source), null);
  }

  /**
   * Checks an opened video against the limits on duration and frame size.
   *
   * @param info what the source said about the opened video
   * @throws BadJobException naming the video, the limit and the actual value
   */
  public void checkLimits(SourceInfo info) {
    if (info.width() > maxWidth || info.height() > maxHeight) {
      throw new BadJobException(
          String.format(
              "video %s is %d x %d pixels, over the limit of %d x %d",
              info.name(), info.width(), info.height(), maxWidth, maxHeight));
    }
    long maxMicros = maxDuration.toNanos() / 1000;
    if (info.durationMicros() > maxMicros) {
      throw new BadJobException(
          String.format(
              "video %s lasts %.1f s, over the limit of %d s",
              info.name(), info.durationMicros() / 1e6, maxDuration.toSeconds()));
    }
  }

  private URI checkUrl(String source) {
    URI uri;
    try {
      uri = new URI(source);
    } catch (URISyntaxException e) {
      throw new BadJobException("source '" + source + "' is not a valid URL: " + e.getMessage());
    }
    String scheme = lower(uri.getScheme());
    if (!schemes.contains(scheme)) {
      throw new BadJobException(
          "source '" + source + "' uses scheme '" + scheme + "', allowed are " + schemes);
    }
    String host = lower(uri.getHost());
    if (!hosts.contains(host)) {
      throw new BadJobException(
          "source '" + source + "' names host '" + host + "', allowed are " + hosts);
    }
    return uri;
  }

  private Path checkFile(String source) {
    Path path = parsePath(source);
    for (Path part : path) {
      if (part.toString().equals("..")) {
        throw new BadJobException("source '" + source + "' must not contain '..'");
      }
    }
    if (roots.isEmpty()) {
      throw new BadJobException("source '" + source + "' is a file, but no root is allowed");
    }
    List<Path> candidates = new ArrayList<>();
    for (Path root : roots) {
      candidates.add(path.isAbsolute() ? path : root.resolve(path));
    }
    for (Path candidate : candidates) {
      Path real = realPath(source, candidate);
      if (real != null && insideRoot(real)) {
        return checkSize(source, real);
      }
    }
    return refuse(source, candidates);
  }

  private Path refuse(String source, List<Path> candidates) {
    for (Path candidate : candidates) {
      if (Files.exists(candidate)) {
        throw new BadJobException(
            "source '" + source + "' resolves outside the allowed roots " + roots);
      }
    }
    throw new BadJobException("source '" + source + "' does not exist in the roots " + roots);
  }

  private static Path parsePath(String source) {
    try {
      return Path.of(source);
    } catch (InvalidPathException e) {
      throw new BadJobException("source '" + source + "' is not a valid path: " + e.getMessage());
    }
  }

  private static Path realPath(String source, Path candidate) {
    try {
      return candidate.toRealPath();
    } catch (NoSuchFileException e) {
      return null;
    } catch (IOException e) {
      throw new BadJobException("source '" + source + "' cannot be read: " + e, e);
    }
  }

  private boolean insideRoot(Path real) {
    return roots.stream().anyMatch(real::startsWith);
  }

  private Path checkSize(String source, Path real) {
    if (!Files.isRegularFile(real)) {
      throw new BadJobException("source '" + source + "' is not a regular file");
    }
    long size;
    try {
      size = Files.size(real);
    } catch (IOException e) {
      throw new BadJobException("source '" + source + "' cannot be read: " + e, e);
    }
    if (size > maxFileBytes) {
      throw new BadJobException(
          "source '" + source + "' has " + size + " bytes, over the limit of " + maxFileBytes);
    }
    return real;
  }

  private static String lower(String value) {
    return value == null ? "" : value.toLowerCase(Locale.ROOT);
  }

  /** Collects a policy. Not thread-safe. */
  public static final class Builder {
    private final List<Path> roots = new ArrayList<>();
    private final Set<String> schemes = new LinkedHashSet<>();
    private final Set<String> hosts = new LinkedHashSet<>();
    private long maxFileBytes = 4L << 30;
    private Duration maxDuration = Duration.ofHours(4);
    private int maxWidth = 7680;
    private int maxHeight = 7680;

    private Builder() {}

    /**
     * Allows files inside {@code directory}, which must exist; its real path is taken now.
     *
     * @param directory an existing directory
     * @return this builder
     * @throws IllegalArgumentException when the directory does not exist
     */
    public Builder root(Path directory) {
      try {
        Path real = directory.toRealPath();
        if (!Files.isDirectory(real)) {
          throw new IllegalArgumentException("root must be a directory, got " + directory);
        }
        roots.add(real);
      } catch (IOException e) {
        throw new IllegalArgumentException("root must exist, got " + directory + ": " + e, e);
      }
      return this;
    }

    /**
     * Allows URLs with this scheme, such as {@code https}; compared ignoring case.
     *
     * @param scheme a URL scheme without {@code ://}
     * @return this builder
     */
    public Builder allowScheme(String scheme) {
      schemes.add(scheme.toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * Allows URLs to exactly this host name; compared ignoring case.
     *
     * @param host a host name, matched whole
     * @return this builder
     */
    public Builder allowHost(String host) {
      hosts.add(host.toLowerCase(Locale.ROOT));
      return this;
    }

    /**
     * Sets the largest file a job may name, in bytes; 4 GiB by default.
     *
     * @param bytes zero or more
     * @return this builder
     */
    public Builder maxFileBytes(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("max file bytes must be >= 0, got " + bytes);
      }
      this.maxFileBytes = bytes;
      return this;
    }

    /**
     * Sets the longest video a job may scan; 4 hours by default.
     *
     * @param duration zero or more
     * @return this builder
     */
    public Builder maxDuration(Duration duration) {
      if (duration.isNegative()) {
        throw new IllegalArgumentException("max duration must be >= 0, got " + duration);
      }
      this.maxDuration = duration;
      return this;
    }

    /**
     * Sets the largest frame size in pixels; 7680 x 7680 by default.
     *
     * @param width the largest width, at least 1
     * @param height the largest height, at least 1
     * @return this builder
     */
    public Builder maxFrameSize(int width, int height) {
      if (width < 1 || height < 1) {
        throw new IllegalArgumentException(
            "max frame size must be >= 1 x 1, got " + width + " x " + height);
      }
      this.maxWidth = width;
      this.maxHeight = height;
      return this;
    }

    /** {@return the policy} */
    public SourcePolicy build() {
      return new SourcePolicy(this);
    }
  }
}
