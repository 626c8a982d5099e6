/**
 * A {@link dev.framecode.Decoder} on BoofCV for QR, Micro QR and Aztec codes: {@link
 * dev.framecode.boofcv.BoofcvDecoder}.
 */
package dev.framecode.boofcv;
