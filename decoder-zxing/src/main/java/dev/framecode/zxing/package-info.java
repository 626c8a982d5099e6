/** A {@link dev.framecode.Decoder} on ZXing: {@link dev.framecode.zxing.ZxingDecoder}. */
package dev.framecode.zxing;
