"""Scores the detector's boxes on a corpus of real photos, against zxing-cpp's code positions.

Measuring only: nothing here trains on the corpus. First run the Java side, which writes
detector-onnx/target/corpus-detections.tsv:

    ./mvnw -B -q -pl detector-onnx test -Dtest=CorpusMeasurementTest \
        -Dframecode.corpus=/work/shared/corpus -Dsurefire.failIfNoSpecifiedTests=false
    /usr/bin/python3 corpus_coverage.py /work/shared/corpus ../target/corpus-detections.tsv

An image counts when zxing-cpp reads at least one code in it (its corners give the box). A code
is covered when some detection holds at least 80 % of the code's box and is at most 4 times its
area; the stricter IoU >= 0.5 is reported beside it.
"""

import argparse
import os

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
        if x2 - x1 < 2 or y2 - y1 < 2:  # 1D codes read on one scan line: a line, not a box
            continue
        boxes.append((x1, y1, x2, y2))
    return boxes


def covered(code, det):
    x1, y1, x2, y2 = code
    dx, dy, dw, dh = det
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
    a = p.parse_args()
    rows = {}
    times = []
    for line in open(a.detections, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        dets = [tuple(map(float, d.split(",")))[:4] for d in f[4:]]
        rows[f[0]] = dets
        times.append(float(f[3]))
    images = img_cov = img_iou = codes = code_cov = code_iou = 0
    line_codes = 0
    for path, dets in rows.items():
        boxes = code_boxes(os.path.join(a.corpus, path))
        if not boxes:
            continue
        images += 1
        hits = [[covered(b, d) for d in dets] for b in boxes]
        cov = [any(h[0] for h in hb) for hb in hits]
        iou = [any(h[1] for h in hb) for hb in hits]
        codes += len(boxes)
        code_cov += sum(cov)
        code_iou += sum(iou)
        img_cov += any(cov)
        img_iou += any(iou)
    print(f"images read by the detector: {len(rows)}, mean detector time "
          f"{np.mean(times):.1f} ms (median {np.median(times):.1f} ms)")
    print(f"images with a code zxing-cpp locates: {images}")
    print(f"  images where a box covers a code: {img_cov} ({img_cov / max(images, 1):.1%}); "
          f"IoU>=0.5: {img_iou} ({img_iou / max(images, 1):.1%})")
    print(f"  codes covered: {code_cov}/{codes} ({code_cov / max(codes, 1):.1%}); "
          f"IoU>=0.5: {code_iou}/{codes} ({code_iou / max(codes, 1):.1%})")


if __name__ == "__main__":
    main()
