"""torch_common.py — what the PyTorch reference timers share.

  torch, nn, F = import_torch("torch_mlp.py")   # one thread; exit 3 without torch
  tok, y, p, k = read_split(path)               # training split of a datagen .npz
  best, loss = time_steps("torch_mlp.py", steps, warmup, count, repeats)
"""

import os
import sys
import time

for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")

import numpy as np


def import_torch(name):
    """torch, torch.nn and torch.nn.functional; exit status 3 with a one-line
    message when torch cannot be imported, so the caller can print "n/a"."""
    try:
        import torch
        import torch.nn as nn
        import torch.nn.functional as F
    except ImportError:
        print(f"{name}: n/a (python3-torch not installed)", file=sys.stderr)
        sys.exit(3)
    return torch, nn, F


def read_split(path):
    """Tokens (n, k) as int64 numpy, labels (n,) as a torch tensor, p and k
    of the training split; tokens follow datagen's row-major enumeration of
    Z_p^k."""
    import torch
    with np.load(path, allow_pickle=False) as z:
        meta = dict(line.split("=", 1) for line in z["meta.txt"].decode().splitlines() if "=" in line)
        p, k = int(meta["p"]), int(meta.get("k", 2))
        idx = z["train_idx"].astype(np.int64)
        y = torch.from_numpy(z["train_y"].astype(np.int64))
    tok = np.empty((idx.size, k), dtype=np.int64)
    rest = idx.copy()
    for j in range(k - 1, -1, -1):
        tok[:, j] = rest % p
        rest //= p
    return tok, y, p, k


def time_steps(name, steps, warmup, count, repeats):
    """Runs steps(warmup), then repeats x steps(count); returns the best
    milliseconds per step and the last loss. steps(n) trains n steps and
    returns the last loss tensor."""
    loss = steps(warmup)
    best = float("inf")
    for r in range(repeats):
        t0 = time.perf_counter()
        loss = steps(count)
        ms = 1e3 * (time.perf_counter() - t0) / count
        best = min(best, ms)
        print(f"{name}: repeat {r + 1}/{repeats}: {ms:.3f} ms/step", file=sys.stderr)
    return best, loss
