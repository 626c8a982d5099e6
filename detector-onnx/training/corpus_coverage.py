"""Scores the detector's boxes on a corpus of real photos, against zxing-cpp's code positions.

Measuring only: nothing here trains on the corpus. First run the Java side, which writes
detector-onnx/target/corpus-detections.tsv:

    ./mvnw -B -q -pl detector-onnx test -Dtest=CorpusMeasurementTest \
        -Dframecode.corpus=/work/shared/corpus -Dsurefire.failIfNoSpecifiedTests=false
    /usr/bin/python3 corpus_coverage.py /work/shared/corpus ../target/corpus-detections.tsv

An image counts when zxing-cpp reads at least one code in it (its corners give the box). A code
is covered when some detection holds at least 80 % of the code's box and is at most 4 times its
area; IoU >= 0.5 is reported beside it, and "a box on the code" is either. zxing-cpp places a linear code on the scan
line it read along; such a code is covered when a detection holds 80 % of that line and is at
most 4 times the square on it (and never counts for IoU).
"""

import argparse
import json
import os
import subprocess
import sys

import cv2
import numpy as np
import zxingcpp


def code_boxes(path):
    img = cv2.imread(path, cv2.IMREAD_COLOR)
    if img is None:
        return None
    boxes = []
    for r in zxingcpp.read_barcodes(img):
        p = r.position
        pts = np.array([[q.x, q.y] for q in (p.top_left, p.top_right, p.bottom_right,
                                             p.bottom_left)], np.float32)
        x1, y1 = pts.min(0)
        x2, y2 = pts.max(0)
        boxes.append((x1, y1, x2, y2))
    return boxes


def read_truth(corpus, paths):
    """Returns {path: boxes}, reading in a child process: zxing-cpp 1.4 aborts on a few images
    (a failed assertion), which then count as having no known code."""
    truth = {}
    while paths:
        child = subprocess.run([sys.executable, __file__, "--truth", corpus], input="\n".join(paths),
                               capture_output=True, text=True)
        done = [json.loads(line) for line in child.stdout.splitlines() if line.startswith("{")]
        for d in done:
            truth[d["path"]] = d["boxes"]
        paths = paths[len(done):]
        if child.returncode != 0 and paths:
            truth[paths[0]] = []  # the image it died on
            paths = paths[1:]
    return truth


def truth_child(corpus):
    for path in sys.stdin.read().splitlines():
        boxes = code_boxes(os.path.join(corpus, path)) or []
        print(json.dumps({"path": path, "boxes": [list(map(float, b)) for b in boxes]}), flush=True)


def covered(code, det):
    """Returns (covered, IoU >= 0.5). A linear code read along one scan line has a thin box: it is
    covered when a detection holds 80 % of that line and is at most 4 times the square on it."""
    x1, y1, x2, y2 = code
    dx, dy, dw, dh = det
    long_side = max(x2 - x1, y2 - y1)
    if min(x2 - x1, y2 - y1) < 0.1 * long_side:
        if x2 - x1 < 0.1 * long_side:
            x1, x2 = x1 - 0.5, x2 + 0.5
        else:
            y1, y2 = y1 - 0.5, y2 + 0.5
        iw = min(x2, dx + dw) - max(x1, dx)
        ih = min(y2, dy + dh) - max(y1, dy)
        inter = max(iw, 0) * max(ih, 0)
        return inter >= 0.8 * (x2 - x1) * (y2 - y1) and dw * dh <= 4 * long_side ** 2, False
    iw = min(x2, dx + dw) - max(x1, dx)
    ih = min(y2, dy + dh) - max(y1, dy)
    inter = max(iw, 0) * max(ih, 0)
    area = (x2 - x1) * (y2 - y1)
    union = area + dw * dh - inter
    return inter >= 0.8 * area and dw * dh <= 4 * area, inter / union >= 0.5


def main():
    p = argparse.ArgumentParser()
    p.add_argument("corpus")
    p.add_argument("detections")
    p.add_argument("--min-score", type=float, nargs="+", default=[0.25],
                   help="score thresholds to report (the Java side writes boxes from 0.05)")
    a = p.parse_args()
    rows = {}
    times = []
    for line in open(a.detections, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        dets = [tuple(map(float, d.split(","))) for d in f[4:]]
        rows[f[0]] = dets
        times.append(float(f[3]))
    # zxing-cpp's reading does not depend on the model: keep it beside the detections.
    cache = a.detections + ".truth.json"
    truth = json.load(open(cache)) if os.path.exists(cache) else {}
    missing = [p for p in rows if p not in truth]
    truth.update(read_truth(a.corpus, missing))
    json.dump(truth, open(cache, "w"))
    print(f"images read by the detector: {len(rows)}, mean detector time "
          f"{np.mean(times):.1f} ms (median {np.median(times):.1f} ms)")
    for threshold in a.min_score:
        report(rows, truth, threshold)


def report(rows, truth, threshold):
    images = img_any = img_cov = img_iou = codes = code_any = 0
    for path, dets in rows.items():
        boxes = truth[path]
        if not boxes:
            continue
        images += 1
        kept = [d[:4] for d in dets if d[4] >= threshold]
        hits = [[covered(b, d) for d in kept] for b in boxes]
        cov = [any(h[0] for h in hb) for hb in hits]
        iou = [any(h[1] for h in hb) for hb in hits]
        either = [c or i for c, i in zip(cov, iou)]
        codes += len(boxes)
        code_any += sum(either)
        img_any += any(either)
        img_cov += any(cov)
        img_iou += any(iou)
    print(f"score >= {threshold}: of {images} images with a code zxing-cpp locates, "
          f"{img_any} ({img_any / max(images, 1):.1%}) have a box on a code (covering it: "
          f"{img_cov}, IoU >= 0.5: {img_iou}); codes with a box on them {code_any}/{codes} "
          f"({code_any / max(codes, 1):.1%})")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--truth":
        truth_child(sys.argv[2])
    else:
        main()
