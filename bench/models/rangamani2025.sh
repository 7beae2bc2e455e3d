# rangamani2025 — bench row: the RNN of Rangamani (2025) on a + b mod 113.
#
# Fields as in bench/models/swaroop2026.sh. p = 113, embedding d = 128, one
# ReLU recurrent layer H = 128 over the two tokens, linear readout, AdamW
# lr 1e-3 betas (0.9, 0.98) weight decay 1, full batch of the 6384 training
# pairs (train fraction 0.5): the main model's setup.
# shellcheck shell=bash disable=SC2034  # read by bench/run.sh

BENCH_LABEL="rangamani2025 rnn (C train)"
BENCH_DATAGEN=(--p 113 --split random --train-frac 0.5 --seed 1)
BENCH_TOOL=bin/train
BENCH_TRAIN=(--family rnn --embed 128 --hidden 128 --act relu --optim adamw --lr 1e-3 --beta2 0.98
             --weight-decay 1 --eval-every 1000000 --log-every 1000000)

BENCH_TORCH=(
    "torch_rnn|pytorch nn.Embedding + nn.RNN + nn.Linear|torch_rnn.py --embed 128 --hidden 128 --act relu --lr 1e-3 --weight-decay 1"
)

# N = 6384 examples, H = 128 hidden, p = 113 classes (src/lib/rnn.c); the
# per-token tables (113 x 128 x 128) are small beside these three.
BENCH_SGEMM=(
    fwd_logits:6384:113:128:N:T    # logits (N, p) = h2 (N, H) W_out^T
    grad_W_out:113:128:6384:T:N    # dW_out (p, H) = dlogits^T h2
    grad_hidden:6384:128:113:N:N   # dh2 (N, H) = dlogits W_out
)
