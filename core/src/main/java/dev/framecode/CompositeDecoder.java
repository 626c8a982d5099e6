package dev.framecode;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A decoder that asks several others in turn, for example ZXing for most formats and a second
 * library for the symbologies ZXing misses.
 *
 * <p>By default the next decoder is asked only when the ones before it read nothing, which keeps
 * the common case as fast as the first decoder; {@link #askingAll} asks every decoder and merges
 * what they read, a second reading of the same code at the same place counted once. Closing a
 * composite closes its decoders. As thread-safe as its decoders.
 */
public final class CompositeDecoder implements Decoder {

  private final List<Decoder> decoders;
  private final boolean askAll;

  private CompositeDecoder(List<Decoder> decoders, boolean askAll) {
    if (decoders.isEmpty()) {
      throw new IllegalArgumentException("a composite decoder needs at least one decoder");
    }
    this.decoders = List.copyOf(decoders);
    this.askAll = askAll;
  }

  /**
   * {@return a decoder that asks each of {@code decoders} in order until one reads something}
   *
   * @param decoders the decoders, asked in this order; closing the result closes them
   */
  public static CompositeDecoder untilFound(Decoder... decoders) {
    return new CompositeDecoder(List.of(decoders), false);
  }

  /**
   * {@return a decoder that asks all of {@code decoders} and merges what they read}
   *
   * @param decoders the decoders, asked in this order; closing the result closes them
   */
  public static CompositeDecoder askingAll(Decoder... decoders) {
    return new CompositeDecoder(List.of(decoders), true);
  }

  @Override
  public List<Barcode> decode(Frame frame) {
    Objects.requireNonNull(frame, "frame");
    return collect(decoder -> decoder.decode(frame));
  }

  @Override
  public List<Barcode> decode(Frame frame, Detection region) {
    Objects.requireNonNull(frame, "frame");
    return collect(decoder -> decoder.decode(frame, region));
  }

  @Override
  public List<Barcode> decode(Frame frame, Detection region, int failedAttempts) {
    Objects.requireNonNull(frame, "frame");
    return collect(decoder -> decoder.decode(frame, region, failedAttempts));
  }

  private List<Barcode> collect(java.util.function.Function<Decoder, List<Barcode>> ask) {
    List<Barcode> found = new ArrayList<>();
    for (Decoder decoder : decoders) {
      for (Barcode barcode : ask.apply(decoder)) {
        if (found.stream().noneMatch(known -> known.isSameCodeAs(barcode))) {
          found.add(barcode);
        }
      }
      if (!found.isEmpty() && !askAll) {
        break;
      }
    }
    return found;
  }

  /** Closes every decoder, and rethrows the first failure after trying them all. */
  @Override
  public void close() {
    RuntimeException failure = null;
    for (Decoder decoder : decoders) {
      try {
        decoder.close();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
  }
}
