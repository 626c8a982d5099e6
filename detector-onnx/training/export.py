"""Exports a checkpoint to ONNX in the ultralytics raw layout, with ultralytics-style metadata.

    /usr/bin/python3 export.py runs/barcode320/last.pt \
        ../src/main/resources/dev/framecode/onnx/framecode-barcode-320.onnx

Input `images` [1, 3, H, W] float RGB in [0, 1], letterboxed with grey 114, H and W any multiples
of 32 (`--fixed`: [1, 3, S, S]); output `output0` [1, 5, N]: cx, cy, w, h in input pixels, then
the `barcode` score.
"""

import argparse
import datetime

import onnx
import torch

from model import STRIDES, Detector

VERSION = "1.2.0"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("checkpoint")
    p.add_argument("output")
    p.add_argument("--opset", type=int, default=13)
    p.add_argument("--fixed", action="store_true",
                   help="a fixed input size; by default height and width are free (multiples of "
                        "the largest stride), so that a landscape frame needs no square of padding")
    a = p.parse_args()

    ckpt = torch.load(a.checkpoint, map_location="cpu")
    model = Detector(nc=1, width=tuple(ckpt["width"]))
    model.load_state_dict(ckpt["model"])
    model.eval()
    model.export = True
    size = ckpt["imgsz"]
    dummy = torch.zeros(1, 3, size, size)
    dynamic = None if a.fixed else {"images": {2: "height", 3: "width"}, "output0": {2: "anchors"}}
    torch.onnx.export(model, dummy, a.output, opset_version=a.opset, input_names=["images"],
                      output_names=["output0"], do_constant_folding=True, dynamic_axes=dynamic)

    m = onnx.load(a.output)
    if not a.fixed:
        # The tracer leaves the batch and channel sizes of the output unnamed; they are fixed.
        dims = m.graph.output[0].type.tensor_type.shape.dim
        for d, v in zip(dims[:2], (1, 4 + model.nc)):
            d.ClearField("dim_param")
            d.dim_value = v
    minutes = ckpt["seconds"] / 60
    meta = {
        "description": f"framecode barcode detector {size}x{size}, one class, trained "
                       f"{minutes:.0f} min on synthetic scenes",
        "author": "framecode",
        "date": datetime.date.today().isoformat(),
        "version": VERSION,
        "license": "Apache-2.0",
        "stride": str(max(STRIDES)),
        "task": "detect",
        "batch": "1",
        "imgsz": f"[{size}, {size}]",
        "names": "{0: 'barcode'}",
        "steps": str(ckpt["step"]),
    }
    del m.metadata_props[:]
    for k, v in meta.items():
        m.metadata_props.append(onnx.StringStringEntryProto(key=k, value=v))
    onnx.checker.check_model(m)
    onnx.save(m, a.output)
    out = m.graph.output[0].type.tensor_type.shape.dim
    print("wrote", a.output, "output", [d.dim_value for d in out], meta)


if __name__ == "__main__":
    main()
