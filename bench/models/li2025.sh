# li2025 — bench row: NN-4 of Li et al. (2025), the bias-free x^4 network on
# (a_1 + a_2 + a_3 + a_4) mod 47.
#
# Fields as in bench/models/swaroop2026.sh. p = 47, k = 4 per-position first
# layers (4 * 47 inputs), m = 2944 units, activation x^4, no biases, 47
# logits, mean softmax cross-entropy, AdamW lr 5e-3 betas (0.9, 0.98) weight
# decay 0.005; batches of 1024 sampled with replacement from the 2,439,840
# training tuples (50% of 47^4), the sampling inside the timed step on both
# sides. The C runs skip evaluation (--no-eval): a pass over 2.4 million
# tuples would swamp the step time.
# shellcheck shell=bash disable=SC2034  # read by bench/run.sh

BENCH_LABEL="li2025 NN-4 (C train)"
BENCH_DATAGEN=(--p 47 --k 4 --split random --train-frac 0.5 --seed 0)
BENCH_TOOL=bin/train
BENCH_TRAIN=(--hidden 2944 --act pow:4 --optim adamw --lr 5e-3 --beta2 0.98 --weight-decay 0.005
             --batch 1024 --no-eval)

_torch_args="--hidden 2944 --act pow:4 --lr 5e-3 --beta2 0.98 --weight-decay 0.005 --batch 1024"
BENCH_TORCH=(
    "torch_dense|pytorch dense four-hot|torch_mlp.py --variant dense $_torch_args"
    "torch_gather|pytorch embedding gather|torch_mlp.py --variant gather $_torch_args"
)

# B = 1024 examples, m = 2944 hidden, p = 47 classes (src/lib/mlp.c).
BENCH_SGEMM=(
    fwd_logits:1024:47:2944:N:T   # logits (B, p) = a (B, m) W_out^T
    grad_W_out:47:2944:1024:T:N   # dW_out (p, m) = dlogits^T a
    grad_hidden:1024:2944:47:N:N  # da (B, m) = dlogits W_out
)
