# he2026 — bench row: the shared-layer MLP of He et al. (2026) on a + b mod 23.
#
# Fields as in bench/models/swaroop2026.sh. p = 23, the one-hots of the two
# tokens summed into one shared first layer (e_x + e_y, 23 inputs), 512 ReLU
# units, no biases, 23 logits, mean softmax cross-entropy, AdamW lr 5e-5
# betas (0.9, 0.98) with the 10-step warm-up of run R1, full batch of all
# 529 pairs (the setup of runs R1 and R3-R6).
# shellcheck shell=bash disable=SC2034  # read by bench/run.sh

BENCH_LABEL="he2026 shared mlp (C train)"
BENCH_DATAGEN=(--p 23 --split all)
BENCH_TOOL=bin/train
BENCH_TRAIN=(--hidden 512 --act relu --shared --optim adamw --lr 5e-5 --beta2 0.98 --warmup 10
             --eval-every 1000000 --log-every 1000000)

_torch_args="--hidden 512 --act relu --shared --lr 5e-5"
BENCH_TORCH=(
    "torch_dense|pytorch dense (e_x + e_y)|torch_mlp.py --variant dense $_torch_args"
    "torch_gather|pytorch embedding gather|torch_mlp.py --variant gather $_torch_args"
)

# N = 529 examples, H = 512 hidden, p = 23 classes (src/lib/mlp.c).
BENCH_SGEMM=(
    fwd_logits:529:23:512:N:T    # logits (N, p) = a (N, H) W_out^T
    grad_W_out:23:512:529:T:N    # dW_out (p, H) = dlogits^T a
    grad_hidden:529:512:23:N:N   # da (N, H) = dlogits W_out
)
