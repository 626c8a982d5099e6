/**
 * framecode's API: frames and geometry in frame pixels, detections and barcodes, the component
 * interfaces ({@link dev.framecode.Detector}, {@link dev.framecode.Decoder}, {@link
 * dev.framecode.Annotator}, {@link dev.framecode.FrameSource}, {@link dev.framecode.FrameSink}),
 * and the {@link dev.framecode.Scanner} that ties them together.
 *
 * <p>Arguments and results are never null unless a method says so. Coordinates are frame pixels,
 * origin at the top left.
 */
package dev.framecode;
