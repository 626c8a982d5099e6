"""Writes the shipped barcode model with another default input size, same graph and weights.

    /usr/bin/python3 benchmarks/derive_model.py 640 benchmarks/target/models/framecode-barcode-640.onnx

The shipped model takes any input height and width that are multiples of its stride (32); its
`imgsz` metadata names the size a frame is scaled to fit, 320 x 320. This script writes a copy
whose `imgsz` is SIZE x SIZE, so that framecode scales frames to fit SIZE instead. The model was
trained on 320 x 320 inputs only: use the result to measure cost, not accuracy.
Needs the onnx package (Debian: python3-onnx).
"""

import argparse
import pathlib

import onnx

MODEL = pathlib.Path(__file__).resolve().parent.parent / (
    "detector-onnx/src/main/resources/dev/framecode/onnx/framecode-barcode-320.onnx")
SHIPPED_SIZE = 320
STRIDE = 32


def derive(model, size):
    if size % STRIDE:
        raise SystemExit(f"size must be a multiple of {STRIDE}, got {size}")
    dims = model.graph.input[0].type.tensor_type.shape.dim
    if not (dims[2].dim_param and dims[3].dim_param):
        raise SystemExit("the shipped model's input size is fixed; expected a dynamic one")
    rewritten = 0
    for prop in model.metadata_props:
        if prop.key == "imgsz":
            prop.value = f"[{size}, {size}]"
            rewritten += 1
        elif prop.key == "description":
            prop.value = prop.value.replace(f"{SHIPPED_SIZE}x{SHIPPED_SIZE}",
                                            f"{size}x{size} (derived from the 320 model)")
    if rewritten != 1:
        raise SystemExit("the shipped model has no imgsz metadata")
    onnx.checker.check_model(model)
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
