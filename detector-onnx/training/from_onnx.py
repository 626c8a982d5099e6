"""Turns an exported model back into a training checkpoint, so training can go on from it.

    /usr/bin/python3 from_onnx.py ../src/main/resources/dev/framecode/onnx/framecode-barcode-320.onnx \
        runs/shipped/last.pt

The export folds each batch norm into the convolution before it, so the batch norms' own
parameters are gone. This script loads each folded convolution into the network in the order
the network runs them, then gives every batch norm the mean and spread its convolution's output
has on rendered scenes: with those, the network computes what the export computes, in eval mode
exactly and in training mode up to batch noise, and training resumes from where the export was.
"""

import argparse

import numpy as np
import onnx
import torch
import torch.nn as nn
from onnx import numpy_helper

import synth
from model import Conv, Detector

WIDTH = (8, 16, 32, 64, 96)


def convs_in_run_order(model, size):
    order = []
    hooks = [m.register_forward_hook(lambda mod, i, o: order.append(mod))
             for m in model.modules() if isinstance(m, nn.Conv2d)]
    with torch.no_grad():
        model(torch.zeros(1, 3, size, size))
    for h in hooks:
        h.remove()
    return order


def main():
    p = argparse.ArgumentParser()
    p.add_argument("onnx_model")
    p.add_argument("checkpoint")
    p.add_argument("--scenes", type=int, default=64, help="rendered scenes for the statistics")
    a = p.parse_args()

    m = onnx.load(a.onnx_model)
    meta = {e.key: e.value for e in m.metadata_props}
    size = int(meta["imgsz"].strip("[]").split(",")[0])
    init = {t.name: numpy_helper.to_array(t) for t in m.graph.initializer}
    onnx_convs = [n for n in m.graph.node if n.op_type == "Conv"]

    model = Detector(nc=1, width=WIDTH)
    model.eval()
    torch_convs = convs_in_run_order(model, size)
    if len(torch_convs) != len(onnx_convs):
        raise SystemExit(f"{len(onnx_convs)} convolutions in the model, {len(torch_convs)} in model.py")
    owner = {m.conv: m for m in model.modules() if isinstance(m, Conv)}
    folded = {}
    for conv, node in zip(torch_convs, onnx_convs):
        w = init[node.input[1]]
        b = init[node.input[2]] if len(node.input) > 2 else np.zeros(w.shape[0], np.float32)
        if tuple(w.shape) != tuple(conv.weight.shape):
            raise SystemExit(f"shape {w.shape} in the model where model.py has {conv.weight.shape}")
        conv.weight.data = torch.from_numpy(w.copy())
        if conv in owner:
            bn = owner[conv].bn
            bn.weight.data.fill_(1.0)
            bn.bias.data = torch.from_numpy(b.copy())
            bn.running_mean.zero_()
            bn.running_var.fill_(1.0 - bn.eps)
            folded[conv] = bn
        else:
            conv.bias.data = torch.from_numpy(b.copy())

    # The statistics of each convolution's own output, on scenes like the training ones.
    rng = np.random.default_rng(7)
    images = np.stack([synth.scene(size, rng, 0.3)[0] for _ in range(a.scenes)])
    x = torch.from_numpy(images).permute(0, 3, 1, 2).float() / 255.0
    stats = {}
    hooks = [c.register_forward_hook(
        lambda mod, i, o: stats.__setitem__(mod, (o.mean((0, 2, 3)), o.std((0, 2, 3)))))
        for c in folded]
    with torch.no_grad():
        before = model(x)
    for h in hooks:
        h.remove()
    for conv, bn in folded.items():
        mean, std = stats[conv]
        std = std.clamp(min=1e-3)
        bn.weight.data = std.clone()
        bn.bias.data = bn.bias.data + mean
        bn.running_mean.data = mean.clone()
        bn.running_var.data = std * std - bn.eps
    with torch.no_grad():
        after = model(x)
    drift = max((u - v).abs().max().item() for u, v in zip(before[:2], after[:2]))
    print(f"largest change of an output after re-parametrising: {drift:.2e}")

    # Folding the batch norms again must give back the exported weights.
    worst = 0.0
    for conv, node in zip(torch_convs, onnx_convs):
        w, b = conv.weight.data, conv.bias.data if conv.bias is not None else None
        if conv in folded:
            bn = folded[conv]
            scale = bn.weight.data / torch.sqrt(bn.running_var + bn.eps)
            w = w * scale[:, None, None, None]
            b = bn.bias.data - bn.running_mean * scale
        worst = max(worst, np.abs(w.numpy() - init[node.input[1]]).max(),
                    np.abs(b.numpy() - init[node.input[2]]).max())
    print(f"largest difference from the exported weights when folded again: {worst:.2e}")

    steps = int(meta.get("steps", "0"))
    minutes = float(meta.get("description", "").split(" min")[0].split()[-1] or 0)
    ckpt = {"model": model.state_dict(), "width": WIDTH, "imgsz": size, "step": steps,
            "seconds": minutes * 60, "args": {"from_onnx": a.onnx_model}}
    torch.save(ckpt, a.checkpoint)
    print("wrote", a.checkpoint, "steps", steps, "minutes", minutes)


if __name__ == "__main__":
    main()
