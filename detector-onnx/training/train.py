"""Trains the framecode barcode detector on synthetic scenes, within a wall-clock budget.

    nice -n 10 /usr/bin/python3 train.py --minutes 50 --out runs/barcode320

Writes runs/<name>/last.pt every few minutes and train.log; export.py turns last.pt into ONNX.
One torch thread on purpose: the machine is shared.
"""

import argparse
import math
import os
import random
import time

import numpy as np
import torch
import torch.nn.functional as F

import synth
from model import Detector, decode

WIDTH = (8, 16, 32, 64, 96)


def box_iou(a, b):
    """IoU of boxes a [..., 4] and b [..., 4] (broadcast), plus the enclosing-box GIoU term."""
    lt = torch.max(a[..., :2], b[..., :2])
    rb = torch.min(a[..., 2:], b[..., 2:])
    inter = (rb - lt).clamp(min=0).prod(-1)
    area_a = (a[..., 2:] - a[..., :2]).clamp(min=0).prod(-1)
    area_b = (b[..., 2:] - b[..., :2]).clamp(min=0).prod(-1)
    union = area_a + area_b - inter + 1e-7
    iou = inter / union
    enc = (torch.max(a[..., 2:], b[..., 2:]) - torch.min(a[..., :2], b[..., :2])).prod(-1) + 1e-7
    return iou, iou - (enc - union) / enc


@torch.no_grad()
def assign(pred_boxes, scores, anchors, strides, gt, gt_mask, topk=10):
    """Task-aligned assignment, as YOLOv8 does it: for each ground-truth box the topk grid points
    inside it with the best score^0.5 * IoU^6 become positives.

    Returns target boxes [B, N, 4], target scores [B, N] and the positive mask [B, N].
    """
    b, n = scores.shape
    m = gt.shape[1]
    if m == 0:
        z = torch.zeros(b, n)
        return torch.zeros(b, n, 4), z, z.bool()
    ax, ay = anchors[:, 0], anchors[:, 1]
    g = gt[:, :, None, :]  # B, M, 1, 4
    inside = (ax > g[..., 0]) & (ax < g[..., 2]) & (ay > g[..., 1]) & (ay < g[..., 3])
    cx, cy = (g[..., 0] + g[..., 2]) / 2, (g[..., 1] + g[..., 3]) / 2
    near = (torch.abs(ax - cx) < strides / 2) & (torch.abs(ay - cy) < strides / 2)
    cand = (inside | near) & gt_mask[:, :, None]
    iou, _ = box_iou(gt[:, :, None, :], pred_boxes[:, None, :, :])  # B, M, N
    align = scores[:, None, :].clamp(min=1e-9).pow(0.5) * iou.pow(6) * cand
    # A tiny bonus keeps the choice geometric while predictions are still noise.
    d = (ax - cx).abs() / strides + (ay - cy).abs() / strides
    metric = align + cand * 1e-9 / (1 + d)
    top = metric.topk(min(topk, n), dim=-1).indices
    pos = torch.zeros_like(cand)
    pos.scatter_(-1, top, True)
    pos &= cand
    # A point claimed by several boxes keeps the one it overlaps most.
    owner = (iou * pos).argmax(1)  # B, N
    pos_any = pos.any(1)
    onehot = F.one_hot(owner, m).permute(0, 2, 1).bool() & pos
    align = align * onehot
    norm = align / (align.amax(-1, keepdim=True) + 1e-9) * (iou * onehot).amax(-1, keepdim=True)
    t_scores = norm.amax(1)
    t_boxes = torch.gather(gt, 1, owner[..., None].expand(-1, -1, 4))
    return t_boxes, t_scores * pos_any, pos_any


def loss_fn(model, images, gt, gt_mask):
    ltrb, logits, anchors, strides = model(images)
    boxes = decode(ltrb, anchors)
    scores = logits[..., 0].sigmoid()
    t_boxes, t_scores, pos = assign(boxes.detach(), scores.detach(), anchors, strides, gt, gt_mask)
    norm = t_scores.sum().clamp(min=1.0)
    cls = F.binary_cross_entropy_with_logits(logits[..., 0], t_scores, reduction="sum") / norm
    if pos.any():
        _, giou = box_iou(boxes[pos], t_boxes[pos])
        box = ((1 - giou) * t_scores[pos]).sum() / norm
    else:
        box = boxes.sum() * 0
    return 7.5 * box + 0.5 * cls, box.item(), cls.item()


class Pool:
    """A pool of rendered scenes, partly refreshed every step: rendering costs as much as a
    training step, so each scene is seen a few times, flipped or rotated."""

    def __init__(self, size, imgsz, rng, closeups):
        self.imgsz, self.rng, self.closeups = imgsz, rng, closeups
        self.items = [self.render() for _ in range(size)]

    def render(self):
        return synth.scene(self.imgsz, self.rng, self.closeups)

    def refresh(self, n):
        for _ in range(n):
            self.items[self.rng.integers(0, len(self.items))] = self.render()

    def batch(self, n):
        imgs, boxes = [], []
        for i in self.rng.integers(0, len(self.items), n):
            img, b = self.items[i]
            img, b = augment(img, b.copy(), self.rng)
            imgs.append(img)
            boxes.append(b)
        return collate(imgs, boxes)


def augment(img, b, rng):
    s = img.shape[0]
    if rng.random() < 0.5:
        img = img[:, ::-1]
        b[:, [0, 2]] = s - b[:, [2, 0]]
    if rng.random() < 0.5:  # transpose = rotate 90 degrees + flip
        img = img.transpose(1, 0, 2)
        b = b[:, [1, 0, 3, 2]]
    return np.ascontiguousarray(img), b


def collate(imgs, boxes):
    x = torch.from_numpy(np.stack(imgs)).permute(0, 3, 1, 2).float() / 255.0
    m = max(1, max(len(b) for b in boxes))
    gt = torch.zeros(len(boxes), m, 4)
    mask = torch.zeros(len(boxes), m, dtype=torch.bool)
    for i, b in enumerate(boxes):
        gt[i, : len(b)] = torch.from_numpy(b)
        mask[i, : len(b)] = True
    return x, gt, mask


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--minutes", type=float, default=50)
    p.add_argument("--imgsz", type=int, default=320)
    p.add_argument("--batch", type=int, default=16)
    p.add_argument("--pool", type=int, default=2000)
    p.add_argument("--fresh", type=int, default=4, help="scenes re-rendered per step")
    p.add_argument("--lr", type=float, default=3e-3)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--out", default="runs/barcode320")
    p.add_argument("--init", help="a checkpoint to start from, for a second, gentler run")
    p.add_argument("--closeups", type=float, default=0.0,
                   help="share of extra scenes with one large code (see synth.scene)")
    a = p.parse_args()

    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    random.seed(a.seed)
    rng = np.random.default_rng(a.seed)
    os.makedirs(a.out, exist_ok=True)
    log = open(os.path.join(a.out, "train.log"), "a", buffering=1)
    budget = a.minutes * 60
    start = time.time()

    model = Detector(nc=1, width=WIDTH)
    a.prior_seconds, a.prior_steps = 0.0, 0
    if a.init:
        init = torch.load(a.init, map_location="cpu")
        model.load_state_dict(init["model"])
        a.prior_seconds, a.prior_steps = init["seconds"], init["step"]
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, weight_decay=5e-4)
    pool = Pool(a.pool, a.imgsz, rng, a.closeups)
    log.write(f"pool of {a.pool} ready after {time.time() - start:.0f}s; args {vars(a)}\n")
    step, last_save, ema = 0, time.time(), None
    while time.time() - start < budget:
        frac = (time.time() - start) / budget
        warm = 1.0 if a.init else min(1.0, (step + 1) / 200)
        lr = a.lr * warm * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))
        for group in opt.param_groups:
            group["lr"] = lr
        x, gt, mask = pool.batch(a.batch)
        loss, lbox, lcls = loss_fn(model, x, gt, mask)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 10.0)
        opt.step()
        pool.refresh(a.fresh)
        ema = loss.item() if ema is None else 0.98 * ema + 0.02 * loss.item()
        step += 1
        if step % 20 == 0:
            log.write(f"step {step} t {time.time() - start:.0f}s lr {lr:.5f} loss {ema:.3f} "
                      f"box {lbox:.3f} cls {lcls:.3f}\n")
        if time.time() - last_save > 300:
            save(model, a, step, start)
            last_save = time.time()
    save(model, a, step, start)
    log.write(f"done: {step} steps in {time.time() - start:.0f}s\n")


def save(model, a, step, start):
    # Steps and seconds count from the very first run when this one started from a checkpoint.
    ckpt = {"model": model.state_dict(), "width": WIDTH, "imgsz": a.imgsz,
            "step": a.prior_steps + step, "seconds": a.prior_seconds + time.time() - start,
            "args": vars(a)}
    torch.save(ckpt, os.path.join(a.out, "last.pt.tmp"))
    os.replace(os.path.join(a.out, "last.pt.tmp"), os.path.join(a.out, "last.pt"))


if __name__ == "__main__":
    main()
