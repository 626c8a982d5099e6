package dev.framecode.onnx;

import dev.framecode.Frame;
import dev.framecode.PixelFormat;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Arrays;

/** The tiny test models made by {@code testmodels/make_test_models.py}, and plain frames. */
final class TestModels {
  private TestModels() {}

  /** Returns the path of test model {@code name}, for example {@code "nms.onnx"}. */
  static Path path(String name) {
    URL url = TestModels.class.getResource("testmodels/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no test model " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Returns a mid-grey RGB frame of the given size. */
  static Frame greyFrame(int width, int height) {
    byte[] pixels = new byte[width * height * 3];
    Arrays.fill(pixels, (byte) 128);
    return Frame.wrap(pixels, width, height, PixelFormat.RGB24);
  }
}
