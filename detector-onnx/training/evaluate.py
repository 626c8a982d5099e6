"""Measures AP50 of a checkpoint on held-out synthetic scenes (a seed training never uses).

    /usr/bin/python3 evaluate.py runs/barcode320/last.pt --scenes 500
"""

import argparse
import random

import numpy as np
import torch

import synth
from model import Detector


def nms(boxes, scores, iou_threshold=0.45):
    order = scores.argsort()[::-1]
    keep = []
    while len(order):
        i = order[0]
        keep.append(i)
        rest = order[1:]
        xx1 = np.maximum(boxes[i, 0], boxes[rest, 0])
        yy1 = np.maximum(boxes[i, 1], boxes[rest, 1])
        xx2 = np.minimum(boxes[i, 2], boxes[rest, 2])
        yy2 = np.minimum(boxes[i, 3], boxes[rest, 3])
        inter = np.clip(xx2 - xx1, 0, None) * np.clip(yy2 - yy1, 0, None)
        area = lambda b: (b[..., 2] - b[..., 0]) * (b[..., 3] - b[..., 1])
        iou = inter / (area(boxes[i]) + area(boxes[rest]) - inter + 1e-9)
        order = rest[iou <= iou_threshold]
    return keep


def iou_matrix(a, b):
    lt = np.maximum(a[:, None, :2], b[None, :, :2])
    rb = np.minimum(a[:, None, 2:], b[None, :, 2:])
    inter = np.clip(rb - lt, 0, None).prod(-1)
    area = lambda x: (x[:, 2] - x[:, 0]) * (x[:, 3] - x[:, 1])
    return inter / (area(a)[:, None] + area(b)[None] - inter + 1e-9)


def predict(model, img, conf=0.001):
    x = torch.from_numpy(img).permute(2, 0, 1)[None].float() / 255.0
    with torch.no_grad():
        out = model(x)[0].T.numpy()  # N, 5
    keep = out[:, 4] >= conf
    out = out[keep]
    boxes = np.stack([out[:, 0] - out[:, 2] / 2, out[:, 1] - out[:, 3] / 2,
                      out[:, 0] + out[:, 2] / 2, out[:, 1] + out[:, 3] / 2], 1)
    k = nms(boxes, out[:, 4])[:100]
    return boxes[k], out[k, 4]


def ap50(records, total_gt):
    records.sort(key=lambda r: -r[0])
    tp = np.cumsum([r[1] for r in records])
    fp = np.cumsum([1 - r[1] for r in records])
    recall = tp / max(total_gt, 1)
    precision = tp / np.maximum(tp + fp, 1e-9)
    mrec = np.concatenate([[0], recall, [1]])
    mpre = np.concatenate([[1], precision, [0]])
    mpre = np.flip(np.maximum.accumulate(np.flip(mpre)))
    idx = np.where(mrec[1:] != mrec[:-1])[0]
    return float(np.sum((mrec[idx + 1] - mrec[idx]) * mpre[idx + 1]))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("checkpoint")
    p.add_argument("--scenes", type=int, default=500)
    p.add_argument("--seed", type=int, default=424242)
    a = p.parse_args()
    torch.set_num_threads(1)
    ckpt = torch.load(a.checkpoint, map_location="cpu")
    model = Detector(nc=1, width=tuple(ckpt["width"]))
    model.load_state_dict(ckpt["model"])
    model.eval()
    model.export = True
    rng = np.random.default_rng(a.seed)
    random.seed(a.seed)
    records, total, found25 = [], 0, 0
    for _ in range(a.scenes):
        img, gt = synth.scene(ckpt["imgsz"], rng)
        boxes, scores = predict(model, img)
        total += len(gt)
        matched = np.zeros(len(gt), bool)
        ious = iou_matrix(boxes, gt) if len(gt) and len(boxes) else np.zeros((len(boxes), 0))
        for i in range(len(boxes)):
            j = int(ious[i].argmax()) if ious.shape[1] else -1
            hit = j >= 0 and ious[i, j] >= 0.5 and not matched[j]
            if hit:
                matched[j] = True
                found25 += scores[i] >= 0.25
            records.append((float(scores[i]), int(hit)))
    print(f"scenes {a.scenes} codes {total} AP50 {ap50(records, total):.3f} "
          f"recall@0.25 {found25 / max(total, 1):.3f} (checkpoint step {ckpt['step']}, "
          f"{ckpt['seconds'] / 60:.0f} min)")


if __name__ == "__main__":
    main()
