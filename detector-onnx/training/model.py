"""A small anchor-free detector in the YOLOv8 mould, with a direct box regression head.

Three output levels at strides 8, 16 and 32. Each grid point predicts its distances to the box
sides (left, top, right, bottom) in strides and one logit per class. The exported graph decodes
to the ultralytics raw layout [B, 4 + nc, N]: cx, cy, w, h in input pixels, then class scores.
"""

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

STRIDES = (8, 16, 32)


class Conv(nn.Module):
    def __init__(self, cin, cout, k=3, s=1, g=1):
        super().__init__()
        self.conv = nn.Conv2d(cin, cout, k, s, k // 2, groups=g, bias=False)
        self.bn = nn.BatchNorm2d(cout)

    def forward(self, x):
        return F.silu(self.bn(self.conv(x)))


class Block(nn.Module):
    """A C2f-like block: split, a residual bottleneck on one half, concatenate, mix."""

    def __init__(self, c):
        super().__init__()
        h = c // 2
        self.cv1 = Conv(c, c, 1)
        self.m1 = Conv(h, h, 3)
        self.m2 = Conv(h, h, 3)
        self.cv2 = Conv(c + h, c, 1)

    def forward(self, x):
        a, b = self.cv1(x).chunk(2, 1)
        y = b + self.m2(self.m1(b))
        return self.cv2(torch.cat([a, b, y], 1))


class Head(nn.Module):
    def __init__(self, c, nc):
        super().__init__()
        self.box = nn.Sequential(Conv(c, c, 3), nn.Conv2d(c, 4, 1))
        self.cls = nn.Sequential(Conv(c, c, 3), nn.Conv2d(c, nc, 1))
        nn.init.constant_(self.box[-1].bias, 1.0)
        nn.init.constant_(self.cls[-1].bias, -math.log(99))  # start at score 0.01

    def forward(self, x):
        return self.box(x), self.cls(x)


class Detector(nn.Module):
    def __init__(self, nc=1, width=(16, 32, 64, 96, 128)):
        super().__init__()
        c1, c2, c3, c4, c5 = width
        self.nc = nc
        self.stem = Conv(3, c1, 3, 2)
        self.s2 = nn.Sequential(Conv(c1, c2, 3, 2), Block(c2))
        self.s3 = nn.Sequential(Conv(c2, c3, 3, 2), Block(c3))
        self.s4 = nn.Sequential(Conv(c3, c4, 3, 2), Block(c4))
        self.s5 = nn.Sequential(Conv(c4, c5, 3, 2), Block(c5))
        self.lat5 = Conv(c5, c4, 1)
        self.up4 = Conv(2 * c4, c4, 3)
        self.lat4 = Conv(c4, c3, 1)
        self.up3 = Conv(2 * c3, c3, 3)
        self.down3 = Conv(c3, c3, 3, 2)
        self.out4 = Conv(c3 + c4, c4, 3)
        self.down4 = Conv(c4, c4, 3, 2)
        self.out5 = Conv(c4 + c4, c5, 3)
        self.heads = nn.ModuleList([Head(c3, nc), Head(c4, nc), Head(c5, nc)])
        self.export = False

    def features(self, x):
        p3 = self.s3(self.s2(self.stem(x)))
        p4 = self.s4(p3)
        p5 = self.s5(p4)
        t5 = self.lat5(p5)
        t4 = self.up4(torch.cat([F.interpolate(t5, scale_factor=2.0, mode="nearest"), p4], 1))
        t4l = self.lat4(t4)
        o3 = self.up3(torch.cat([F.interpolate(t4l, scale_factor=2.0, mode="nearest"), p3], 1))
        o4 = self.out4(torch.cat([self.down3(o3), t4], 1))
        o5 = self.out5(torch.cat([self.down4(o4), t5], 1))
        return [o3, o4, o5]

    def forward(self, x):
        """Training: (ltrb [B, N, 4] in input pixels, logits [B, N, nc], anchors [N, 2], strides
        [N]). Export: [B, 4 + nc, N] decoded as ultralytics does."""
        boxes, logits, anchors, strides = [], [], [], []
        for f, head, s in zip(self.features(x), self.heads, STRIDES):
            b, c = head(f)
            n, _, h, w = b.shape
            boxes.append((F.softplus(b) * s).flatten(2).transpose(1, 2))
            logits.append(c.flatten(2).transpose(1, 2))
            ys, xs = torch.meshgrid(torch.arange(h), torch.arange(w), indexing="ij")
            anchors.append((torch.stack([xs, ys], -1).reshape(-1, 2).float() + 0.5) * s)
            strides.append(torch.full((h * w,), float(s)))
        ltrb = torch.cat(boxes, 1)
        logit = torch.cat(logits, 1)
        anchor = torch.cat(anchors, 0).to(x.device)
        if not self.export:
            return ltrb, logit, anchor, torch.cat(strides, 0)
        lt, rb = ltrb[..., :2], ltrb[..., 2:]
        x1y1, x2y2 = anchor - lt, anchor + rb
        xywh = torch.cat([(x1y1 + x2y2) / 2, x2y2 - x1y1], -1)
        return torch.cat([xywh, logit.sigmoid()], -1).transpose(1, 2)


def decode(ltrb, anchor):
    """Returns x1, y1, x2, y2 boxes from side distances."""
    return torch.cat([anchor - ltrb[..., :2], anchor + ltrb[..., 2:]], -1)


if __name__ == "__main__":
    import time

    torch.set_num_threads(1)
    m = Detector()
    print("params", sum(p.numel() for p in m.parameters()))
    x = torch.rand(32, 3, 320, 320)
    t = time.time()
    out = m(x)
    (out[0].sum() + out[1].sum()).backward()
    print("fwd+bwd batch 32 s", time.time() - t, [o.shape for o in out])
