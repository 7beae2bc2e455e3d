#!/usr/bin/python3
"""torch_mlp.py — PyTorch reference step time for the one-hidden-layer MLP.

Times full-batch training steps (forward, cross-entropy, zero_grad, backward,
AdamW step) of the same model bin/train fits, on the training split of a
datagen .npz, and prints the best milliseconds per step on stdout (one number;
everything else goes to stderr).

Two ways to compute the first layer:
  dense   the k-hot float input (n, k*p) -- or (n, p) with --shared, where
          the one-hots of the tokens are summed -- through nn.Linear;
  gather  an nn.Embedding lookup per token, summed, plus a bias parameter.
Then act -> nn.Linear(hidden, p).

Exit status 3 with a one-line message when torch cannot be imported, so the
caller can print "n/a" instead of failing.

Usage: torch_mlp.py --data SPLIT.npz --hidden H [--variant dense|gather]
           [--act relu] [--bias] [--shared] [--lr 1e-3] [--weight-decay 0]
           [--batch B] [--beta2 0.999] [--warmup 20] [--steps 200] [--repeats 3]
           [--threads 1] [--seed 0]

--batch B samples B training examples (with replacement) per step, as
bin/train --batch does; the sampling is inside the timed step.
"""

import argparse
import sys

import torch_common

torch, nn, F = torch_common.import_torch("torch_mlp.py")


def activation(name):
    """The same activations as bin/train --act."""
    if name == "relu":
        return torch.relu
    if name == "abs":
        return torch.abs
    if name == "identity":
        return lambda x: x
    q = {"square": 2, "cube": 3}.get(name)
    if q is None and name.startswith("pow:"):
        q = int(name[4:])
    if q is None:
        sys.exit(f"torch_mlp.py: unknown --act '{name}'")
    return lambda x: x.pow(q)


class DenseMLP(nn.Module):
    """k-hot float input through nn.Linear."""

    def __init__(self, n_in, hidden, p, bias, act):
        super().__init__()
        self.inp = nn.Linear(n_in, hidden, bias=bias)
        self.out = nn.Linear(hidden, p, bias=bias)
        self.act = act

    def forward(self, x):
        return self.out(self.act(self.inp(x)))


class GatherMLP(nn.Module):
    """One embedding row per token (offset by position unless shared), summed."""

    def __init__(self, n_in, hidden, p, bias, act):
        super().__init__()
        self.emb = nn.Embedding(n_in, hidden)
        init = nn.Linear(n_in, hidden, bias=bias)  # same initial scale as dense
        with torch.no_grad():
            self.emb.weight.copy_(init.weight.t())
        self.bias = nn.Parameter(init.bias.detach().clone()) if bias else None
        self.out = nn.Linear(hidden, p, bias=bias)
        self.act = act

    def forward(self, cols):
        z = self.emb(cols).sum(dim=1)
        if self.bias is not None:
            z = z + self.bias
        return self.out(self.act(z))


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--hidden", type=int, required=True)
    ap.add_argument("--variant", choices=("dense", "gather"), default="dense")
    ap.add_argument("--act", default="relu")
    ap.add_argument("--bias", action="store_true")
    ap.add_argument("--shared", action="store_true")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--weight-decay", type=float, default=0.0)
    ap.add_argument("--batch", type=int, default=0)
    ap.add_argument("--beta2", type=float, default=0.999)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    tok, y, p, k = torch_common.read_split(a.data)
    tok = torch.from_numpy(tok)
    n = tok.shape[0]
    n_in = p if a.shared else k * p
    cols = tok if a.shared else tok + p * torch.arange(k)  # first-layer column per token
    act = activation(a.act)

    def dense(c):  # k-hot rows (len(c), n_in) of first-layer columns c
        return torch.zeros(c.shape[0], n_in).scatter_add_(1, c, torch.ones(c.shape[0], k))

    if a.variant == "dense":
        x = cols if a.batch else dense(cols)  # with --batch: made per step
        model = DenseMLP(n_in, a.hidden, p, a.bias, act)
    else:
        x = cols
        model = GatherMLP(n_in, a.hidden, p, a.bias, act)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, betas=(0.9, a.beta2), weight_decay=a.weight_decay)

    def steps(count):
        for _ in range(count):
            if a.batch:
                i = torch.randint(n, (a.batch,))
                xb = dense(x[i]) if a.variant == "dense" else x[i]
                loss = F.cross_entropy(model(xb), y[i])
            else:
                loss = F.cross_entropy(model(x), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        return loss

    best, loss = torch_common.time_steps(f"torch_mlp.py: {a.variant}", steps, a.warmup, a.steps, a.repeats)
    print(f"torch_mlp.py: {a.variant} n={n} p={p} hidden={a.hidden} torch {torch.__version__} "
          f"threads {torch.get_num_threads()}; final loss {loss.item():.4f}", file=sys.stderr)
    print(f"{best:.4f}")


if __name__ == "__main__":
    main()
