"""Writes the shipped 320 x 320 barcode model at another square input size, same weights.

    /usr/bin/python3 benchmarks/derive_model.py 640 benchmarks/target/models/framecode-barcode-640.onnx

The network is fully convolutional; only the anchor grid that decodes its boxes depends on the
input size. The export stores that grid as constants: for each output level (strides 8, 16, 32),
the grid shape [g, g] and the column and row indices 0..g-1. This script rewrites those
constants for the new size, fixes the declared input and output shapes and the `imgsz`
metadata, and checks the result with ONNX shape inference. The weights are untouched, so the
model was trained on 320 x 320 inputs only: use the result to measure cost, not accuracy.
Needs the onnx package (Debian: python3-onnx).
"""

import argparse
import pathlib

import numpy as np
import onnx
from onnx import numpy_helper, shape_inference

MODEL = pathlib.Path(__file__).resolve().parent.parent / (
    "detector-onnx/src/main/resources/dev/framecode/onnx/framecode-barcode-320.onnx")
SHIPPED_SIZE = 320
STRIDES = (8, 16, 32)


def grid_constant(array, old_grids):
    """Returns the grid size g when array is one of the anchor-grid constants, else None."""
    if array.dtype != np.int64:
        return None
    if array.shape == (2,) and array[0] == array[1] and array[0] in old_grids:
        return int(array[0])
    if array.ndim == 2 and 1 in array.shape and array.size in old_grids:
        if np.array_equal(array.ravel(), np.arange(array.size)):
            return int(array.size)
    return None


def resized(array, grid):
    if array.shape == (2,):
        return np.array([grid, grid], dtype=np.int64)
    shape = (grid, 1) if array.shape[1] == 1 else (1, grid)
    return np.arange(grid, dtype=np.int64).reshape(shape)


def derive(model, size):
    if size % max(STRIDES):
        raise SystemExit(f"size must be a multiple of {max(STRIDES)}, got {size}")
    old_grids = {SHIPPED_SIZE // s: size // s for s in STRIDES}
    rewritten = 0
    for node in model.graph.node:
        if node.op_type != "Constant":
            continue
        array = numpy_helper.to_array(node.attribute[0].t)
        grid = grid_constant(array, old_grids)
        if grid is not None:
            node.attribute[0].t.CopyFrom(numpy_helper.from_array(resized(array, old_grids[grid])))
            rewritten += 1
    # Three constants per level: the grid shape, the column indices, the row indices.
    if rewritten != 3 * len(STRIDES):
        raise SystemExit(f"expected {3 * len(STRIDES)} anchor-grid constants, found {rewritten}")

    candidates = sum((size // s) ** 2 for s in STRIDES)
    dims = model.graph.input[0].type.tensor_type.shape.dim
    dims[2].dim_value = size
    dims[3].dim_value = size
    model.graph.output[0].type.tensor_type.shape.dim[2].dim_value = candidates
    del model.graph.value_info[:]
    for prop in model.metadata_props:
        if prop.key == "imgsz":
            prop.value = f"[{size}, {size}]"
        elif prop.key == "description":
            prop.value = prop.value.replace(f"{SHIPPED_SIZE}x{SHIPPED_SIZE}",
                                            f"{size}x{size} (derived from the 320 model)")

    onnx.checker.check_model(model)
    inferred = shape_inference.infer_shapes(model, strict_mode=True)
    out = [d.dim_value for d in inferred.graph.output[0].type.tensor_type.shape.dim]
    if out != [1, 5, candidates]:
        raise SystemExit(f"derived model's output is {out}, expected [1, 5, {candidates}]")
    return model


def main():
    p = argparse.ArgumentParser()
    p.add_argument("size", type=int)
    p.add_argument("output", type=pathlib.Path)
    a = p.parse_args()
    model = derive(onnx.load(str(MODEL)), a.size)
    a.output.parent.mkdir(parents=True, exist_ok=True)
    onnx.save(model, str(a.output))
    print("wrote", a.output)


if __name__ == "__main__":
    main()
