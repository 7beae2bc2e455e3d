#!/usr/bin/python3
"""torch_transformer.py — PyTorch reference step time for the transformer
family of bin/train (src/lib/transformer.h): tokens [a_1, ..., a_k] (--sequence
plain, the default) or [a_1, o, ..., o, a_k, =] (--sequence equals), token embeddings * sqrt(d) + learned positions, pre-norm blocks of causal
multi-head attention (heads of width --head-dim, biases) and a GELU MLP,
final LayerNorm, a linear read-out of p classes at the last position.

Times training steps (batch sampled with replacement from the training
split, forward, cross-entropy, zero_grad, backward, AdamW step) and prints
the best milliseconds per step on stdout. Exit status 3 when torch is
missing.

Usage: torch_transformer.py --data SPLIT.npz --hidden D --heads H --head-dim E
           --ff F --layers L --batch B [--lr 1e-3] [--beta2 0.98]
           [--weight-decay 1e-3] [--warmup 20] [--steps 200] [--repeats 3]
           [--sequence plain|equals]
"""

import argparse
import math
import sys

import numpy as np
import torch_common

torch, nn, F = torch_common.import_torch("torch_transformer.py")


class Block(nn.Module):
    def __init__(self, d, heads, hd, ff):
        super().__init__()
        self.heads, self.hd = heads, hd
        self.ln1, self.ln2 = nn.LayerNorm(d), nn.LayerNorm(d)
        self.qkv = nn.Linear(d, 3 * heads * hd)
        self.proj = nn.Linear(heads * hd, d)
        self.fc1, self.fc2 = nn.Linear(d, ff), nn.Linear(ff, d)

    def forward(self, x):
        n, t, _ = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(self.heads * self.hd, dim=2)
        q, k, v = (z.view(n, t, self.heads, self.hd).transpose(1, 2) for z in (q, k, v))
        att = (q @ k.transpose(-2, -1)) / math.sqrt(self.hd)
        att = att.masked_fill(torch.triu(torch.ones(t, t, dtype=torch.bool), 1), float("-inf")).softmax(-1)
        x = x + self.proj((att @ v).transpose(1, 2).reshape(n, t, -1))
        return x + self.fc2(F.gelu(self.fc1(self.ln2(x))))


class Transformer(nn.Module):
    def __init__(self, p, T, d, heads, hd, ff, layers):
        super().__init__()
        self.d = d
        self.tok, self.pos = nn.Embedding(p + 2, d), nn.Embedding(T, d)
        self.blocks = nn.ModuleList(Block(d, heads, hd, ff) for _ in range(layers))
        self.lnf, self.head = nn.LayerNorm(d), nn.Linear(d, p)

    def forward(self, ids):
        x = self.tok(ids) * math.sqrt(self.d) + self.pos.weight
        for b in self.blocks:
            x = b(x)
        return self.head(self.lnf(x[:, -1]))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    for name, kind, default in (("data", str, None), ("hidden", int, 128), ("heads", int, 8), ("head-dim", int, 32),
                                ("ff", int, 512), ("layers", int, 1), ("batch", int, 256), ("lr", float, 1e-3),
                                ("beta2", float, 0.98), ("weight-decay", float, 1e-3), ("warmup", int, 20),
                                ("steps", int, 200), ("repeats", int, 3), ("seed", int, 0)):
        ap.add_argument("--" + name, type=kind, default=default, required=default is None and name == "data")
    ap.add_argument("--sequence", choices=("plain", "equals"), default="plain")
    a = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(a.seed)
    tok, y, p, k = torch_common.read_split(a.data)
    if a.sequence == "plain":
        ids = tok.astype(np.int64) + 2  # [a_1 + 2, ..., a_k + 2]
    else:
        ids = np.zeros((tok.shape[0], 2 * k), dtype=np.int64)  # [a_1 + 2, 0, ..., a_k + 2, 1]
        ids[:, 0::2] = tok + 2
        ids[:, -1] = 1
    ids = torch.from_numpy(ids)
    n, T = ids.shape
    model = Transformer(p, T, a.hidden, a.heads, a.head_dim, a.ff, a.layers)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, betas=(0.9, a.beta2), weight_decay=a.weight_decay)

    def steps(count):
        for _ in range(count):
            i = torch.randint(n, (a.batch,))
            loss = F.cross_entropy(model(ids[i]), y[i])
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        return loss

    best, loss = torch_common.time_steps("torch_transformer.py", steps, a.warmup, a.steps, a.repeats)
    print(f"torch_transformer.py: n={n} p={p} k={k} torch {torch.__version__}; final loss {loss.item():.4f}", file=sys.stderr)
    print(f"{best:.4f}")


if __name__ == "__main__":
    main()
