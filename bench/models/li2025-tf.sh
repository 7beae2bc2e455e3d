# li2025-tf — bench row: the one-block transformer of Li et al. (2025) on
# (a_1 + ... + a_4) mod 31 (TF-4 as the full profile runs it).
#
# Fields as in bench/models/swaroop2026.sh. The plain sequences of 4 tokens
# [a_1, ..., a_4] (the full profile's TF-4; --sequence plain), width
# 128, 8 causal heads of 32, GELU MLP 512, LayerNorms, read-out of 31
# classes at the last position; AdamW lr 1e-3 betas (0.9, 0.98) weight decay
# 1e-3; batches of 256 sampled from the 461,760 training tuples (50% of
# 31^4). The C runs skip evaluation (--no-eval).
# shellcheck shell=bash disable=SC2034  # read by bench/run.sh

BENCH_LABEL="li2025 TF-4 (C train)"
BENCH_DATAGEN=(--p 31 --k 4 --split random --train-frac 0.5 --seed 0)
BENCH_TOOL=bin/train
BENCH_TRAIN=(--family transformer --sequence plain --hidden 128 --heads 8 --head-dim 32 --ff 512 --layers 1 --optim adamw
             --lr 1e-3 --beta2 0.98 --weight-decay 1e-3 --batch 256 --no-eval)

BENCH_TORCH=(
    "torch_tf|pytorch transformer|torch_transformer.py --sequence plain --hidden 128 --heads 8 --head-dim 32 --ff 512 --layers 1 --batch 256"
)

# Every GEMM of one step (src/lib/transformer.c): N = 256 sequences of T = 4
# tokens, NT = 1024 token rows, d = 128, D = 8 * 32 = 256, ff = 512, p = 31.
# The one block is the last: keys and values come from every row, the query,
# attention output, projection and MLP only from row T-1 of each sequence.
BENCH_SGEMM=(
    fwd_kv:1024:512:128:N:T      # k, v (NT, 2D) = ln1 (NT, d) W_kv^T
    fwd_q:256:256:128:N:T        # q (N, D) = ln1[T-1] W_q^T
    fwd_proj:256:128:256:N:T
    fwd_fc1:256:512:128:N:T
    fwd_fc2:256:128:512:N:T
    fwd_head:256:31:128:N:T
    bwd_head_in:256:128:31:N:N
    bwd_head_w:31:128:256:T:N
    bwd_fc2_in:256:512:128:N:N
    bwd_fc2_w:128:512:256:T:N
    bwd_fc1_in:256:128:512:N:N
    bwd_fc1_w:512:128:256:T:N
    bwd_proj_in:256:256:128:N:N
    bwd_proj_w:128:256:256:T:N
    bwd_q_in:256:128:256:N:N
    bwd_q_w:256:128:256:T:N
    bwd_kv_in:1024:128:512:N:N
    bwd_kv_w:512:128:1024:T:N
)
