#!/usr/bin/env python3
"""Writes CIFAR-10 binary records as an image folder (DIR/train/<class>/*, DIR/test/<class>/*),
the layout of jdarts' imagefolder source, to try that source on known data.

usage: cifar10-as-image-folder.py CIFAR_DIR OUT_DIR [--per-class-train N] [--per-class-test N]
                                  [--side S] [--format jpg|png]

Images are resized to SIDE (bicubic) when it is not 32. Needs Pillow (Debian: python3-pil).
"""
import argparse
import os
import sys

from PIL import Image

RECORD = 1 + 3 * 32 * 32


def records(path):
    with open(path, "rb") as f:
        data = f.read()
    for i in range(len(data) // RECORD):
        r = data[i * RECORD:(i + 1) * RECORD]
        yield r[0], Image.frombytes("RGB", (32, 32), bytes(
            b for p in range(1024) for b in (r[1 + p], r[1025 + p], r[2049 + p])))


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("cifar_dir")
    ap.add_argument("out_dir")
    ap.add_argument("--per-class-train", type=int, default=500)
    ap.add_argument("--per-class-test", type=int, default=100)
    ap.add_argument("--side", type=int, default=32)
    ap.add_argument("--format", choices=["jpg", "png"], default="jpg")
    a = ap.parse_args()
    with open(os.path.join(a.cifar_dir, "batches.meta.txt")) as f:
        names = [line.strip() for line in f if line.strip()]
    parts = [("train", [f"data_batch_{i}.bin" for i in range(1, 6)], a.per_class_train),
             ("test", ["test_batch.bin"], a.per_class_test)]
    for part, files, wanted in parts:
        counts = [0] * len(names)
        for name in files:
            path = os.path.join(a.cifar_dir, name)
            if not os.path.exists(path) or min(counts) >= wanted:
                continue
            for label, image in records(path):
                if counts[label] >= wanted:
                    continue
                folder = os.path.join(a.out_dir, part, names[label])
                os.makedirs(folder, exist_ok=True)
                if a.side != 32:
                    image = image.resize((a.side, a.side), Image.BICUBIC)
                image.save(os.path.join(folder, f"{counts[label]:05d}.{a.format}"), quality=90)
                counts[label] += 1
        print(f"{part}: {sum(counts)} images", file=sys.stderr)


if __name__ == "__main__":
    main()
