package dev.framecode.zxing;

import com.google.zxing.LuminanceSource;

/**
 * A ZXing luminance source over packed 8-bit gray pixels, with the crop and rotation that ZXing's
 * readers ask for. Never copies on construction; {@link #getMatrix()} returns the backing array
 * when no crop applies.
 */
final class GrayLuminanceSource extends LuminanceSource {

  private final byte[] gray;
  private final int dataWidth;
  private final int left;
  private final int top;

  GrayLuminanceSource(byte[] gray, int width, int height) {
    this(gray, width, 0, 0, width, height);
  }

  private GrayLuminanceSource(
      byte[] gray, int dataWidth, int left, int top, int width, int height) {
    super(width, height);
    this.gray = gray;
    this.dataWidth = dataWidth;
    this.left = left;
    this.top = top;
  }

  @Override
  public byte[] getRow(int y, byte[] row) {
    int width = getWidth();
    if (row == null || row.length < width) {
      row = new byte[width];
    }
    System.arraycopy(gray, (top + y) * dataWidth + left, row, 0, width);
    return row;
  }

  @Override
  public byte[] getMatrix() {
    int width = getWidth();
    int height = getHeight();
    if (left == 0 && top == 0 && width == dataWidth && gray.length == width * height) {
      return gray;
    }
    byte[] matrix = new byte[width * height];
    for (int y = 0; y < height; y++) {
      System.arraycopy(gray, (top + y) * dataWidth + left, matrix, y * width, width);
    }
    return matrix;
  }

  @Override
  public boolean isCropSupported() {
    return true;
  }

  @Override
  public LuminanceSource crop(int cropLeft, int cropTop, int width, int height) {
    return new GrayLuminanceSource(gray, dataWidth, left + cropLeft, top + cropTop, width, height);
  }

  @Override
  public boolean isRotateSupported() {
    return true;
  }

  @Override
  public LuminanceSource rotateCounterClockwise() {
    int width = getWidth();
    int height = getHeight();
    byte[] rotated = new byte[width * height];
    // Source pixel (x, y) lands at (y, width - 1 - x) in the rotated image, which is height wide.
    for (int y = 0; y < height; y++) {
      int src = (top + y) * dataWidth + left;
      for (int x = 0; x < width; x++) {
        rotated[(width - 1 - x) * height + y] = gray[src + x];
      }
    }
    return new GrayLuminanceSource(rotated, height, width);
  }
}
