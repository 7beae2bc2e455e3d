#!/usr/bin/python3
"""torch_rnn.py — PyTorch reference step time for the RNN family.

Times full-batch training steps (forward, cross-entropy, zero_grad, backward,
AdamW step) of the model bin/train --family rnn fits: nn.Embedding(p, d) ->
nn.RNN(d, H, nonlinearity, batch_first=True) over the two tokens ->
nn.Linear(H, p) on the last hidden state, on the training split of a datagen
.npz. Prints the best milliseconds per step on stdout (one number; everything
else goes to stderr).

Exit status 3 with a one-line message when torch cannot be imported, so the
caller can print "n/a" instead of failing.

Usage: torch_rnn.py --data SPLIT.npz --hidden H [--embed D] [--act relu|tanh]
           [--lr 1e-3] [--weight-decay 1] [--warmup 20] [--steps 200]
           [--repeats 3] [--threads 1] [--seed 0]
"""

import argparse
import sys

import torch_common

torch, nn, F = torch_common.import_torch("torch_rnn.py")


class Rnn(nn.Module):
    def __init__(self, p, d, hidden, act):
        super().__init__()
        self.emb = nn.Embedding(p, d)
        self.rnn = nn.RNN(d, hidden, nonlinearity=act, batch_first=True)
        self.out = nn.Linear(hidden, p)

    def forward(self, tok):
        h, _ = self.rnn(self.emb(tok))
        return self.out(h[:, -1])


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", required=True)
    ap.add_argument("--hidden", type=int, required=True)
    ap.add_argument("--embed", type=int, default=0)
    ap.add_argument("--act", choices=("relu", "tanh"), default="relu")
    ap.add_argument("--lr", type=float, default=1e-3)
    ap.add_argument("--weight-decay", type=float, default=1.0)
    ap.add_argument("--warmup", type=int, default=20)
    ap.add_argument("--steps", type=int, default=200)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()

    torch.set_num_threads(a.threads)
    torch.manual_seed(a.seed)
    tok, y, p, k = torch_common.read_split(a.data)
    if k != 2:
        sys.exit(f"torch_rnn.py: {a.data}: k = {k}, the RNN reads two tokens")
    tok = torch.from_numpy(tok)
    model = Rnn(p, a.embed or a.hidden, a.hidden, a.act)
    opt = torch.optim.AdamW(model.parameters(), lr=a.lr, betas=(0.9, 0.98), weight_decay=a.weight_decay)

    def steps(count):
        for _ in range(count):
            loss = F.cross_entropy(model(tok), y)
            opt.zero_grad(set_to_none=True)
            loss.backward()
            opt.step()
        return loss

    best, loss = torch_common.time_steps("torch_rnn.py", steps, a.warmup, a.steps, a.repeats)
    print(f"torch_rnn.py: n={tok.shape[0]} p={p} hidden={a.hidden} torch {torch.__version__} "
          f"threads {torch.get_num_threads()}; final loss {loss.item():.4f}", file=sys.stderr)
    print(f"{best:.4f}")


if __name__ == "__main__":
    main()
