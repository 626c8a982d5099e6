"""Writes the tiny ONNX models the detector-onnx tests load.

Each model ignores its image (it multiplies the image mean by 0) and returns a constant output, so
the tests know exactly which boxes the detector must report. Run from this folder:

    /usr/bin/python3 make_test_models.py

Needs python3-onnx (Debian: apt-get install python3-onnx). The output files are committed.
"""

import numpy as np
import onnx
from onnx import TensorProto, helper, numpy_helper

NAMES2 = "{0: 'barcode', 1: 'qr'}"

# cx, cy, w, h, score per class; in model-input pixels of a 320 x 320 input.
RAW2 = np.array(
    [
        [160, 160, 80, 40, 0.9, 0.1],  # barcode, kept
        [162, 161, 80, 40, 0.8, 0.05],  # barcode, overlaps the first: suppressed
        [100, 200, 20, 20, 0.1, 0.7],  # qr, kept
        [50, 50, 10, 10, 0.1, 0.1],  # below the score threshold
        [161, 160, 78, 40, 0.05, 0.6],  # qr over the first barcode: kept unless class-agnostic
    ],
    np.float32,
)

# x1, y1, x2, y2, score, class; the same two kept boxes, then padding rows.
NMS = np.array(
    [
        [120, 140, 200, 180, 0.9, 0],
        [90, 190, 110, 210, 0.7, 1],
        [0, 0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0, 0],
    ],
    np.float32,
)


def model(path, output, input_shape=(1, 3, 320, 320), meta=None, output_name="output0"):
    """Writes a model whose output is `output` + 0 * mean(images)."""
    images = helper.make_tensor_value_info("images", TensorProto.FLOAT, list(input_shape))
    out = helper.make_tensor_value_info(output_name, TensorProto.FLOAT, list(output.shape))
    const = numpy_helper.from_array(output, "constant")
    zero = numpy_helper.from_array(np.zeros((), np.float32), "zero")
    nodes = [
        helper.make_node("ReduceMean", ["images"], ["mean"], keepdims=0),
        helper.make_node("Mul", ["mean", "zero"], ["nothing"]),
        helper.make_node("Add", ["constant", "nothing"], [output_name]),
    ]
    graph = helper.make_graph(nodes, "test", [images], [out], [const, zero])
    m = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 13)])
    m.ir_version = 7
    for k, v in (meta or {}).items():
        m.metadata_props.append(onnx.StringStringEntryProto(key=k, value=v))
    onnx.checker.check_model(m)
    onnx.save(m, path)


def ultralytics(names=NAMES2, imgsz="[320, 320]", **extra):
    meta = {"description": "framecode test model", "stride": "32", "task": "detect",
            "names": names, "imgsz": imgsz, "version": "test"}
    meta.update(extra)
    return meta


def main():
    raw_cf = RAW2.T[None].copy()  # [1, 6, 4]
    model("raw_channels_first.onnx", raw_cf, meta=ultralytics())
    model("raw_channels_last.onnx", RAW2[None].copy(), meta=ultralytics(names="{0: 'barcode', 1: 'qr'}", nms="False"))
    model("nms.onnx", NMS[None].copy(), meta=ultralytics())
    model("raw_no_metadata.onnx", np.concatenate([raw_cf, np.zeros((1, 6, 8), np.float32)], 2))
    # 256 high, 320 wide: the letterbox pads differently on each axis.
    model("raw_input_320x256.onnx", raw_cf, input_shape=(1, 3, 256, 320),
          meta=ultralytics(imgsz="[256, 320]"))
    model("dynamic_input.onnx", raw_cf, input_shape=(1, 3, "h", "w"), meta=ultralytics())
    model("dynamic_input_no_imgsz.onnx", raw_cf, input_shape=(1, 3, "h", "w"),
          meta={"names": NAMES2})
    # A 64 x 64 model with two classes: [1, 84, 6] could be raw or NMS; 84 = 8*8 + 4*4 + 2*2
    # candidates marks it raw.
    grid = np.zeros((1, 84, 6), np.float32)
    grid[0, 10] = [32, 32, 16, 8, 0.1, 0.95]
    model("raw_grid_two_classes.onnx", grid, input_shape=(1, 3, 64, 64),
          meta=ultralytics(imgsz="[64, 64]"))
    model("task_segment.onnx", raw_cf, meta=ultralytics(task="segment"))
    model("names_malformed.onnx", raw_cf, meta=ultralytics(names="{0: barcode}"))
    model("names_three_for_two.onnx", raw_cf,
          meta=ultralytics(names="{0: 'a', 1: 'b', 2: 'c'}"))
    model("output_rank2.onnx", RAW2.copy(), meta=ultralytics())
    model("input_one_channel.onnx", raw_cf, input_shape=(1, 1, 320, 320), meta=ultralytics())
    with open("not_a_model.onnx", "w") as f:
        f.write("This is a text file, not an ONNX model.\n")


if __name__ == "__main__":
    main()
