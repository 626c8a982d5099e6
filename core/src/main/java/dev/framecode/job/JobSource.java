package dev.framecode.job;

import java.net.URI;
import java.nio.file.Path;

/**
 * A job's source after {@link SourcePolicy} allowed it: either a real file path or a URL.
 *
 * @param path the file's real path (symbolic links resolved), or null for a URL
 * @param uri the URL, or null for a file
 */
public record JobSource(Path path, URI uri) {

  /**
   * Checks that exactly one of the path and the URI is present.
   *
   * @param path the file's real path (symbolic links resolved), or null for a URL
   * @param uri the URL, or null for a file
   * @throws IllegalArgumentException if both or neither are given
   */
  public JobSource {
    if ((path == null) == (uri == null)) {
      throw new IllegalArgumentException(
          "exactly one of path and uri must be set, got " + path + " and " + uri);
    }
  }

  /** {@return whether the source is a local file} */
  public boolean isFile() {
    return path != null;
  }

  @Override
  public String toString() {
    return isFile() ? path.toString() : uri.toString();
  }
}
