/**
 * A {@link dev.framecode.Detector} on ONNX Runtime that reads ultralytics YOLOv8 detection exports:
 * {@link dev.framecode.onnx.OnnxDetector}, configured by {@link
 * dev.framecode.onnx.OnnxDetectorOptions}. A small barcode model ships in this module and is used
 * when no model is given.
 *
 * <p>Model-input coordinates never leave this package: every public result is in frame pixels.
 */
package dev.framecode.onnx;
