package dev.framecode.cli;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import dev.framecode.UnreadableInputException;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Reads still images (PNG, JPEG, GIF, BMP, WebP) into frames. */
final class ImageFiles {
  private ImageFiles() {}

  static {
    // Registers plug-ins found on the class path, WebP among them, even when ImageIO was
    // first touched before they were loaded.
    ImageIO.scanForPlugins();
  }

  /**
   * Returns the image in {@code path} as a frame: gray images as {@link PixelFormat#GRAY8},
   * everything else as {@link PixelFormat#BGR24}, transparency flattened onto white.
   *
   * @throws UnreadableInputException if the file is missing, empty or not a readable image
   */
  static Frame read(Path path) {
    if (!Files.isRegularFile(path)) {
      throw new UnreadableInputException(
          path
              + (Files.isDirectory(path)
                  ? ": is a directory, not an image"
                  : Files.exists(path) ? ": is not a regular file" : ": no such file"));
    }
    BufferedImage image;
    try (InputStream in = Files.newInputStream(path)) {
      image = ImageIO.read(in);
    } catch (IOException | RuntimeException e) {
      throw new UnreadableInputException(
          path + ": cannot be read as an image: " + e.getMessage(), e);
    }
    if (image == null) {
      throw new UnreadableInputException(
          path + ": not an image in a format framecode reads (PNG, JPEG, GIF, BMP, WebP)");
    }
    return toFrame(image);
  }

  static Frame toFrame(BufferedImage image) {
    int width = image.getWidth();
    int height = image.getHeight();
    if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
        && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getData().length == width * height) {
      return Frame.copyOf(buffer.getData(), width, height, PixelFormat.GRAY8);
    }
    byte[] bgr = new byte[width * height * 3];
    int[] row = new int[width];
    for (int y = 0; y < height; y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0, i = y * width * 3; x < width; x++, i += 3) {
        int argb = row[x];
        int alpha = argb >>> 24;
        bgr[i] = (byte) overWhite(argb & 0xFF, alpha);
        bgr[i + 1] = (byte) overWhite((argb >> 8) & 0xFF, alpha);
        bgr[i + 2] = (byte) overWhite((argb >> 16) & 0xFF, alpha);
      }
    }
    return Frame.wrap(bgr, width, height, PixelFormat.BGR24);
  }

  private static int overWhite(int value, int alpha) {
    return (value * alpha + 255 * (255 - alpha) + 127) / 255;
  }
}
