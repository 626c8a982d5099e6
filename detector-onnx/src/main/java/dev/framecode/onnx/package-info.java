/**
 * YOLOv8-format barcode detection on ONNX Runtime (CPU). Work in progress: this module has no
 * public API yet.
 */
package dev.framecode.onnx;
