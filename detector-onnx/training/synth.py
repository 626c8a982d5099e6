"""Renders synthetic scenes of barcodes on cluttered, photo-like backgrounds.

Each scene is letterboxed into a square model input the way the Java detector does it (grey 114
padding), and comes with axis-aligned boxes (x1, y1, x2, y2) in input pixels around every symbol.
"""

import math
import random
import string

import cv2
import numpy as np
import zxingcpp

F = zxingcpp.BarcodeFormat

# (format, text generator, is 2D). Weights favour the formats most often met on products and
# labels; every format zxing-cpp can write is present.
DIGITS = string.digits
ALNUM = string.ascii_uppercase + string.digits


def _digits(n):
    return "".join(random.choice(DIGITS) for _ in range(n))


def _text(chars, lo, hi):
    return "".join(random.choice(chars) for _ in range(random.randint(lo, hi)))


def _printable(lo, hi):
    return _text(string.ascii_letters + string.digits + " -./:+", lo, hi)


FORMATS = [
    (F.EAN13, lambda: _digits(12), False, 4),
    (F.EAN8, lambda: _digits(7), False, 1),
    (F.UPCA, lambda: _digits(11), False, 2),
    (F.UPCE, lambda: "0" + _digits(6), False, 1),
    (F.Code128, lambda: _printable(4, 24), False, 4),
    (F.Code39, lambda: _text(ALNUM + "-. ", 3, 14), False, 2),
    (F.Code93, lambda: _text(ALNUM, 3, 14), False, 1),
    (F.ITF, lambda: _digits(2 * random.randint(3, 8)), False, 1),
    (F.Codabar, lambda: "A" + _digits(random.randint(4, 14)) + "B", False, 1),
    (F.QRCode, lambda: _printable(3, 120), True, 5),
    (F.DataMatrix, lambda: _printable(3, 60), True, 5),
    (F.Aztec, lambda: _printable(3, 60), True, 3),
    (F.PDF417, lambda: _printable(5, 80), False, 2),
]


def _bars(widths, rng):
    """Returns one row of modules (0 = ink) from alternating bar and space widths."""
    row = []
    for i, w in enumerate(widths):
        row += [0 if i % 2 == 0 else 255] * int(w)
    return np.array(row, np.uint8)


def _widths(n, total, rng):
    """n element widths of 1 to 8 modules that add up to total."""
    while True:
        w = rng.integers(1, 9, n)
        w = np.maximum(1, np.round(w * total / w.sum())).astype(int)
        w[-1] += total - w.sum()
        if 1 <= w[-1] <= 8:
            return w


def databar_like(rng):
    """A DataBar (RSS) look-alike: 17-module characters between 15-module finder patterns, 34
    modules high, in one row or stacked in rows apart by thin separator patterns. zxing-cpp cannot
    write DataBar; the detector only needs its look, not a readable symbol."""
    rows = int(rng.choice([1, 1, 1, 2, 2, 3, 4]))
    pairs = int(rng.integers(2, 5)) if rows > 1 else int(rng.integers(2, 9))
    lines = []
    for _ in range(rows):
        widths = [1, 1]  # left guard: a space, then a bar
        for _ in range(pairs):
            widths += list(_widths(8, 17, rng))
            widths += [int(rng.integers(7, 11)), 1] + list(_widths(3, 15 - 1 - 8, rng))[:3]
        widths += list(_widths(8, 17, rng)) + [1, 1]
        lines.append(_bars(widths[1:], rng))
    width = max(len(r) for r in lines)
    out = []
    for i, r in enumerate(lines):
        r = np.pad(r, (0, width - len(r)), constant_values=255)
        if i:
            sep = np.where(np.arange(width) % 2 == 0, 0, 255).astype(np.uint8)
            out += [np.full(width, 255, np.uint8), sep, np.full(width, 255, np.uint8)]
        out += [r] * int(rng.integers(14, 35))
    return np.stack(out)


def maxicode_like(rng):
    """A MaxiCode look-alike: 33 rows of 30 hexagonal modules around a three-ring bullseye."""
    m = 6  # pixels per module
    h, w = 33 * m, 30 * m + m // 2
    img = np.full((h, w), 255, np.uint8)
    cx, cy = w / 2, h / 2
    for r in range(33):
        for c in range(30):
            x, y = c * m + (m // 2 if r % 2 else 0) + m / 2, r * m + m / 2
            if math.hypot(x - cx, y - cy) < 5.2 * m or rng.random() < 0.5:
                continue
            pts = [(x + 0.55 * m * math.cos(math.pi / 6 + k * math.pi / 3),
                    y + 0.55 * m * math.sin(math.pi / 6 + k * math.pi / 3)) for k in range(6)]
            cv2.fillPoly(img, [np.array(pts, np.int32)], 0)
    for k, ring in enumerate((4.6, 3.5, 2.4, 1.3)):
        cv2.circle(img, (int(cx), int(cy)), int(ring * m), 0 if k % 2 == 0 else 255, -1)
    return img


def micro_qr_like(rng):
    """A Micro QR look-alike: one finder pattern, timing lines along two sides, random data."""
    n = int(rng.choice([11, 13, 15, 17]))
    g = (rng.random((n, n)) < 0.5).astype(np.uint8)
    g[:8, :8] = 0
    g[:7, :7] = 1
    g[1:6, 1:6] = 0
    g[2:5, 2:5] = 1
    g[0, 8:] = (np.arange(8, n) + 1) % 2
    g[8:, 0] = (np.arange(8, n) + 1) % 2
    img = np.where(g == 1, 0, 255).astype(np.uint8)
    return cv2.resize(img, (n * 4, n * 4), interpolation=cv2.INTER_NEAREST)


# Formats zxing-cpp cannot write, drawn as look-alikes: (draw, is 2D, weight).
LOOKALIKES = [(databar_like, False, 3), (maxicode_like, True, 1), (micro_qr_like, True, 1)]
_WEIGHTS = [f[3] for f in FORMATS] + [f[2] for f in LOOKALIKES]


def render_symbol(rng):
    """Returns a grey symbol image (0 = ink, 255 = paper) with no quiet zone, and its kind."""
    pick = random.choices(range(len(_WEIGHTS)), weights=_WEIGHTS)[0]
    if pick >= len(FORMATS):
        draw, is2d, _ = LOOKALIKES[pick - len(FORMATS)]
        return draw(rng), is2d
    fmt, gen, is2d, _ = FORMATS[pick]
    for _ in range(5):
        try:
            img = zxingcpp.write_barcode(fmt, gen(), 0, 0, 0)
            break
        except Exception:  # noqa: BLE001 - some random texts do not encode; draw again
            img = None
    if img is None:
        img = zxingcpp.write_barcode(F.QRCode, "framecode", 0, 0, 0)
        fmt, is2d = F.QRCode, True
    if img.shape[0] == 1:  # 1D: one row of modules, stretch into bars
        img = np.repeat(img, max(1, int(img.shape[1] * rng.uniform(0.15, 0.8))), axis=0)
    elif fmt == F.PDF417:
        img = cv2.resize(img, (img.shape[1], img.shape[0] * 3), interpolation=cv2.INTER_NEAREST)
    return img, is2d


def _smooth_noise(h, w, rng, scale):
    small = rng.random((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _random_colour(rng, lo=0, hi=255):
    return tuple(int(v) for v in rng.integers(lo, hi + 1, 3))


def background(h, w, rng):
    """Returns a cluttered, photo-like BGR background."""
    kind = rng.integers(0, 4)
    if kind == 0:  # smooth gradient / lighting
        base = np.zeros((h, w, 3), np.float32)
        for c in range(3):
            base[..., c] = _smooth_noise(h, w, rng, rng.integers(32, 200)) * 255
    elif kind == 1:  # paper / cardboard texture
        tone = rng.uniform(120, 245)
        tex = _smooth_noise(h, w, rng, 4) * 30 + _smooth_noise(h, w, rng, 40) * 40
        base = np.dstack([tex + tone * t for t in rng.uniform(0.8, 1.05, 3)])
    elif kind == 2:  # multi-scale noise (fabric, wood, asphalt)
        base = np.zeros((h, w, 3), np.float32)
        for s in (2, 8, 32):
            n = _smooth_noise(h, w, rng, s)[..., None] * rng.uniform(20, 90, 3)
            base += n.astype(np.float32)
    else:  # flat colour
        base = np.ones((h, w, 3), np.float32) * np.array(_random_colour(rng), np.float32)
    grey = base.mean(2, keepdims=True)
    base = grey + (base - grey) * rng.uniform(0.1, 1.0)  # most real scenes are not saturated
    img = np.clip(base, 0, 255).astype(np.uint8)
    for _ in range(rng.integers(2, 14)):
        clutter(img, rng)
    return img


def clutter(img, rng):
    """Draws one distractor: shapes, text, stripes, grids, dots."""
    h, w = img.shape[:2]
    kind = rng.integers(0, 8)
    colour = _random_colour(rng)
    x, y = int(rng.integers(0, w)), int(rng.integers(0, h))
    size = int(rng.integers(10, max(11, min(h, w) // 2)))
    if kind == 0:
        cv2.rectangle(img, (x, y), (x + size, y + int(size * rng.uniform(0.3, 2))), colour, -1)
    elif kind == 1:
        cv2.circle(img, (x, y), size // 2, colour, int(rng.choice([-1, 1, 2, 4])))
    elif kind == 2:  # text lines
        font = int(rng.choice([0, 1, 2, 3, 4, 6, 7]))
        scale = rng.uniform(0.3, 1.6)
        for i in range(rng.integers(1, 6)):
            s = "".join(random.choice(string.ascii_letters + string.digits + " ") for _ in range(rng.integers(3, 25)))
            cv2.putText(img, s, (x, y + int(i * 30 * scale)), font, scale, colour,
                        int(rng.integers(1, 3)), cv2.LINE_AA)
    elif kind == 3:  # stripes: the hardest 1D distractor
        stripes(img, rng, x, y, size, colour)
    elif kind == 4:  # grid / checkerboard: a 2D distractor
        step = int(rng.integers(3, 16))
        n = int(rng.integers(3, 12))
        for i in range(n):
            for j in range(n):
                if (i + j) % 2 == 0 or rng.random() < 0.2:
                    cv2.rectangle(img, (x + i * step, y + j * step),
                                  (x + (i + 1) * step - 1, y + (j + 1) * step - 1), colour, -1)
    elif kind == 5:  # lines
        for _ in range(rng.integers(1, 8)):
            p = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            q = (int(rng.integers(0, w)), int(rng.integers(0, h)))
            cv2.line(img, p, q, _random_colour(rng), int(rng.integers(1, 5)), cv2.LINE_AA)
    elif kind == 6:  # polygon / logo
        pts = rng.integers(-size, size, (int(rng.integers(3, 7)), 2)) + np.array([x, y])
        cv2.fillPoly(img, [pts.astype(np.int32)], colour, cv2.LINE_AA)
    else:  # dots / halftone
        step = int(rng.integers(3, 9))
        for i in range(0, size, step):
            for j in range(0, size, step):
                cv2.circle(img, (x + i, y + j), max(1, step // 3), colour, -1)


def stripes(img, rng, x, y, size, colour):
    angle = rng.uniform(0, math.pi)
    period = rng.uniform(2, 10)
    h, w = img.shape[:2]
    x0, x1 = max(0, x - size), min(w, x + size)
    y0, y1 = max(0, y - int(size * rng.uniform(0.2, 1.0))), min(h, y + size)
    if x1 <= x0 or y1 <= y0:
        return
    yy, xx = np.mgrid[y0:y1, x0:x1].astype(np.float32)
    proj = (xx - x) * math.cos(angle) + (yy - y) * math.sin(angle)
    on = np.sin(proj / period * 2 * math.pi) > rng.uniform(-0.5, 0.5)
    img[y0:y1, x0:x1][on] = colour


def place_symbol(scene, rng, min_side, max_side, taken):
    """Warps one symbol onto the scene, clear of the boxes in taken.

    Returns its box (x1, y1, x2, y2), or None when it would leave the frame or cover another code.
    """
    sym, is2d = render_symbol(rng)
    sh, sw = sym.shape
    h, w = scene.shape[:2]
    side = rng.uniform(min_side, max_side)
    k = side / max(sh, sw)
    # Quiet zone + label, in symbol pixels; a printed label is a lighter rectangle around it.
    margin = max(sh, sw) * rng.uniform(0.05, 0.25)
    label_w, label_h = sw + 2 * margin, sh + 2 * margin
    if not is2d and rng.random() < 0.6:
        label_h += sh * rng.uniform(0.1, 0.3)  # human-readable line under the bars
    lw, lh = int(math.ceil(label_w)), int(math.ceil(label_h))
    ox, oy = int(round(margin)), int(round(margin))

    # Affine scale + rotation, then a perspective jitter of the corners.
    angle = rng.uniform(0, 360) if rng.random() < 0.6 else rng.normal(0, 8)
    aspect = rng.uniform(0.8, 1.25)
    cx, cy = rng.uniform(0.05, 0.95) * w, rng.uniform(0.05, 0.95) * h
    src = np.array([[0, 0], [lw, 0], [lw, lh], [0, lh]], np.float32)
    ca, sa = math.cos(math.radians(angle)), math.sin(math.radians(angle))
    centred = (src - [lw / 2, lh / 2]) * [k * aspect, k / aspect]
    dst = centred @ np.array([[ca, sa], [-sa, ca]], np.float32) + [cx, cy]
    persp = rng.uniform(0, 0.12) * side
    dst = (dst + rng.normal(0, persp / 2 + 1e-6, dst.shape)).astype(np.float32)
    corners = np.array([[ox, oy], [ox + sw, oy], [ox + sw, oy + sh], [ox, oy + sh]], np.float32)
    m = cv2.getPerspectiveTransform(src, dst)
    quad = cv2.perspectiveTransform(corners[None], m)[0]
    x1, y1 = np.clip(quad.min(0), 0, [w, h])
    x2, y2 = np.clip(quad.max(0), 0, [w, h])
    full = (quad.max(0) - quad.min(0)).prod()
    if (x2 - x1) < 4 or (y2 - y1) < 4 or (x2 - x1) * (y2 - y1) < 0.6 * full:
        return None
    box = [float(x1), float(y1), float(x2), float(y2)]
    if any(_overlap(box, t) > 0.05 for t in taken):
        return None

    ink = np.array(_random_colour(rng, 0, 90), np.float32)
    paper = np.array(_random_colour(rng, 170, 255), np.float32)
    if rng.random() < 0.08:
        ink, paper = paper, ink
    label = np.ones((lh, lw, 3), np.float32) * paper
    mask = sym[..., None].astype(np.float32) / 255.0
    label[oy:oy + sh, ox:ox + sw] = mask * paper + (1 - mask) * ink
    if label_h > sh + 2 * margin + 1:
        cv2.putText(label, _digits(12), (ox, oy + sh + int(label_h - sh - 2 * margin)),
                    cv2.FONT_HERSHEY_SIMPLEX, max(0.2, sw / 300), ink.tolist(), 1, cv2.LINE_AA)

    # Warp only into the label's bounding rectangle: far cheaper than the whole scene.
    bx0, by0 = np.floor(np.clip(dst.min(0), 0, [w, h])).astype(int)
    bx1, by1 = np.ceil(np.clip(dst.max(0), 0, [w, h])).astype(int)
    if bx1 <= bx0 or by1 <= by0:
        return None
    shift = np.array([[1, 0, -bx0], [0, 1, -by0], [0, 0, 1]], np.float64)
    ml = shift @ m
    size = (int(bx1 - bx0), int(by1 - by0))
    warped = cv2.warpPerspective(label, ml, size, flags=cv2.INTER_LINEAR)
    alpha = cv2.warpPerspective(np.ones((lh, lw), np.float32), ml, size, flags=cv2.INTER_LINEAR)
    region = scene[by0:by1, bx0:bx1]
    region[:] = warped + region * (1 - alpha[..., None])
    return box


def _overlap(a, b):
    """Returns the overlap area over the smaller box's area."""
    iw = min(a[2], b[2]) - max(a[0], b[0])
    ih = min(a[3], b[3]) - max(a[1], b[1])
    if iw <= 0 or ih <= 0:
        return 0.0
    small = min((a[2] - a[0]) * (a[3] - a[1]), (b[2] - b[0]) * (b[3] - b[1]))
    return iw * ih / max(small, 1e-6)


def photometric(img, rng):
    """Lighting, shadows, blur, noise, colour cast; float32 in, float32 out."""
    h, w = img.shape[:2]
    if rng.random() < 0.7:  # uneven light
        light = 0.5 + _smooth_noise(h, w, rng, int(rng.integers(40, 300))) * rng.uniform(0.3, 1.0)
        img *= light[..., None]
    if rng.random() < 0.3:  # hard shadow
        pts = rng.integers(0, max(h, w), (4, 2)).astype(np.int32)
        shadow = np.ones((h, w), np.float32)
        cv2.fillPoly(shadow, [pts], float(rng.uniform(0.4, 0.8)))
        img *= cv2.GaussianBlur(shadow, (0, 0), 3)[..., None]
    img *= rng.uniform(0.85, 1.15, 3)  # white balance
    img += rng.uniform(-40, 40)
    if rng.random() < 0.15:  # low contrast
        img[:] = 128 + (img - 128) * rng.uniform(0.3, 0.7)
    r = rng.random()
    if r < 0.35:
        img[:] = cv2.GaussianBlur(img, (0, 0), rng.uniform(0.3, 1.8))
    elif r < 0.5:
        n = int(rng.integers(3, 12))
        kernel = np.zeros((n, n), np.float32)
        kernel[n // 2, :] = 1.0 / n
        rot = cv2.getRotationMatrix2D((n / 2 - 0.5, n / 2 - 0.5), rng.uniform(0, 180), 1)
        kernel = cv2.warpAffine(kernel, rot, (n, n))
        img[:] = cv2.filter2D(img, -1, kernel / max(kernel.sum(), 1e-6))
    if rng.random() < 0.6:
        img += rng.normal(0, rng.uniform(1, 12), img.shape).astype(np.float32)
    if rng.random() < 0.1:
        gray = img.mean(2, keepdims=True)
        img[:] = np.repeat(gray, 3, axis=2)
    return img


def jpeg(img, rng):
    if rng.random() < 0.5:
        ok, buf = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, int(rng.integers(20, 90))])
        img = cv2.imdecode(buf, cv2.IMREAD_COLOR)
    return img


def letterbox(img, size):
    """Scales to fit size x size keeping the aspect ratio, pads with grey 114 centred."""
    h, w = img.shape[:2]
    r = min(size / h, size / w)
    nh, nw = int(round(h * r)), int(round(w * r))
    out = np.full((size, size, 3), 114, np.uint8)
    top, left = (size - nh) // 2, (size - nw) // 2
    interp = cv2.INTER_AREA if r < 1 else cv2.INTER_LINEAR
    out[top:top + nh, left:left + nw] = cv2.resize(img, (nw, nh), interpolation=interp)
    return out, r, left, top


def scene(size, rng, closeups=0.0):
    """Returns (RGB uint8 image size x size, boxes float32 [n, 4] in input pixels).

    closeups is the share of extra scenes that hold one large code, the usual phone shot; 0 draws
    nothing from rng for it, so scenes stay those of the first training run.
    """
    aspect = float(rng.choice([1.0, 4 / 3, 3 / 4, 16 / 9, 9 / 16, rng.uniform(0.5, 2.0)]))
    long_side = int(size * rng.uniform(1.0, 1.5))
    h, w = (int(long_side / aspect), long_side) if aspect >= 1 else (long_side, int(long_side * aspect))
    img = background(h, w, rng).astype(np.float32)
    short = min(h, w)
    boxes = []
    n = int(rng.choice([0, 1, 1, 1, 2, 2, 3, 4, 6], p=[0.06, 0.2, 0.14, 0.1, 0.15, 0.1, 0.1, 0.08, 0.07]))
    big = n == 1 and rng.random() < 0.5
    if closeups and rng.random() < closeups:
        n, big = 1, True
    for _ in range(n):
        if big:  # a close-up: the usual phone shot of one code
            box = place_symbol(img, rng, 0.3 * short, 0.95 * short, boxes)
        else:
            box = place_symbol(img, rng, 0.05 * short, 0.45 * short, boxes)
        if box is not None:
            boxes.append(box)
    if rng.random() < 0.5:
        for _ in range(rng.integers(1, 4)):  # distractors on top, some over codes
            clutter_f = img.astype(np.uint8)
            clutter(clutter_f, rng)
            img = clutter_f.astype(np.float32) if rng.random() < 0.3 else img
    img = photometric(img, rng)
    img = jpeg(np.clip(img, 0, 255).astype(np.uint8), rng)
    out, r, left, top = letterbox(img, size)
    b = np.array(boxes, np.float32).reshape(-1, 4)
    b = b * r + np.array([left, top, left, top], np.float32)
    return cv2.cvtColor(out, cv2.COLOR_BGR2RGB), b


if __name__ == "__main__":
    import sys
    import time

    rng = np.random.default_rng(int(sys.argv[1]) if len(sys.argv) > 1 else 0)
    random.seed(0)
    t = time.time()
    for i in range(16):
        im, bx = scene(320, rng)
        vis = cv2.cvtColor(im, cv2.COLOR_RGB2BGR)
        for x1, y1, x2, y2 in bx:
            cv2.rectangle(vis, (int(x1), int(y1)), (int(x2), int(y2)), (0, 0, 255), 1)
        cv2.imwrite(f"/tmp/synth_{i}.png", vis)
    print("ms per scene", (time.time() - t) / 16 * 1000)
