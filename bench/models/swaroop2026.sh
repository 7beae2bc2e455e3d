# swaroop2026 — bench row: one-hidden-layer MLP on a + b mod 97 (Swaroop 2026).
#
# A model file is sourced by bench/run.sh and sets:
#   BENCH_LABEL    row label of the C tool in the table
#   BENCH_DATAGEN  bin/datagen flags for the dataset (-o is added)
#   BENCH_TOOL     the C training tool
#   BENCH_TRAIN    its flags for a full-batch run with validation switched off
#                  (--data, --steps and -o are added)
#   BENCH_TORCH    PyTorch variants, "KEY|LABEL|SCRIPT ARGS..." with SCRIPT
#                  relative to bench/ (--data, --warmup, --steps, --repeats
#                  are added)
#   BENCH_SGEMM    the GEMMs of one training step, NAME:M:N:K:TA:TB as
#                  build/bench/sgemm takes them; their summed time is the bound
#
# p = 97, two-hot input (194), 256 ReLU units with first-layer bias, 97 logits
# with bias, mean softmax cross-entropy, AdamW lr 1e-3 wd 1, full batch of the
# 2822 training pairs (stratified 30% of 97^2).
# shellcheck shell=bash disable=SC2034  # read by bench/run.sh

BENCH_LABEL="swaroop2026 mlp (C train)"
BENCH_DATAGEN=(--p 97 --split stratified --train-frac 0.3 --seed 0)
BENCH_TOOL=bin/train
BENCH_TRAIN=(--hidden 256 --act relu --bias --optim adamw --lr 1e-3 --weight-decay 1
             --eval-every 1000000 --log-every 1000000)

_torch_args="--hidden 256 --act relu --bias --lr 1e-3 --weight-decay 1"
BENCH_TORCH=(
    "torch_dense|pytorch dense two-hot|torch_mlp.py --variant dense $_torch_args"
    "torch_gather|pytorch embedding gather|torch_mlp.py --variant gather $_torch_args"
)

# N = 2822 examples, H = 256 hidden, p = 97 classes (src/lib/mlp.c).
BENCH_SGEMM=(
    fwd_logits:2822:97:256:N:T   # logits (N, p) = a (N, H) W_out^T
    grad_W_out:97:256:2822:T:N   # dW_out (p, H) = dlogits^T a
    grad_hidden:2822:256:97:N:N  # da (N, H) = dlogits W_out
)
