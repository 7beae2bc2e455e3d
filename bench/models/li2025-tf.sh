# li2025-tf — bench row: the one-block transformer of Li et al. (2025) on
# (a_1 + ... + a_4) mod 31 (TF-4 as the full profile runs it).
#
# Fields as in bench/models/swaroop2026.sh. Sequences of 8 tokens, width
# 128, 8 causal heads of 32, GELU MLP 512, LayerNorms, read-out of 31
# classes at the last position; AdamW lr 1e-3 betas (0.9, 0.98) weight decay
# 1e-3; batches of 256 sampled from the 461,760 training tuples (50% of
# 31^4). The C runs skip evaluation (--no-eval).
# shellcheck shell=bash disable=SC2034  # read by bench/run.sh

BENCH_LABEL="li2025 TF-4 (C train)"
BENCH_DATAGEN=(--p 31 --k 4 --split random --train-frac 0.5 --seed 0)
BENCH_TOOL=bin/train
BENCH_TRAIN=(--family transformer --hidden 128 --heads 8 --head-dim 32 --ff 512 --layers 1 --optim adamw
             --lr 1e-3 --beta2 0.98 --weight-decay 1e-3 --batch 256 --no-eval)

BENCH_TORCH=(
    "torch_tf|pytorch transformer|torch_transformer.py --hidden 128 --heads 8 --head-dim 32 --ff 512 --layers 1 --batch 256"
)

# NT = 256 * 8 = 2048 token rows, d = 128, 3D = 768, D = 256, ff = 512 (src/lib/transformer.c)
BENCH_SGEMM=(
    fwd_qkv:2048:768:128:N:T
    fwd_proj:2048:128:256:N:T
    fwd_fc1:2048:512:128:N:T
    fwd_fc2:2048:128:512:N:T
    bwd_qkv_in:2048:128:768:N:N
    bwd_qkv_w:768:128:2048:T:N
    bwd_fc1_in:2048:128:512:N:N
    bwd_fc1_w:512:128:2048:T:N
)
