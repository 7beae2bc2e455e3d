# determinism.mk — a small experiment graph for tests/determinism.t, built
# in an empty directory with the project's tools: make -f determinism.mk BIN=.../bin
# Three runs (a, b, c) of a p = 13 task with different noise and seeds, each
# with its dataset, training (model, checkpoint, log, trajectory) and the
# analyses; plus a Table 1 style construction. Independent branches, so that
# make -j2 runs them in parallel.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
.SECONDARY:
BIN ?= bin
RUNS := a b c
noise_a := 0.00
noise_b := 0.10
noise_c := 0.20

all: $(foreach r,$(RUNS),$(r)/neurons.tsv $(r)/summary.tsv $(r)/extract.tsv $(r)/ablate.tsv) table1.tsv

%/data.npz:
	@mkdir -p $*
	$(BIN)/datagen --p 13 --split stratified --train-frac 0.5 --label-noise $(noise_$*) --seed 1 -o $@
%/model.npz %/sat.npz %/log.tsv %/traj.npz: %/data.npz
	$(BIN)/train --data $< --hidden 24 --bias --lr 1e-2 --weight-decay 1 --steps 300 --batch 32 --seed 2 \
	  --checkpoint-train-acc 0.3 --checkpoint-out $*/sat.npz --log $*/log.tsv --trajectory $*/traj.npz \
	  --trajectory-every 100 -o $*/model.npz 2> /dev/null
%/neurons.tsv: %/model.npz
	$(BIN)/spectrum $< -o $@
%/summary.tsv: %/sat.npz
	$(BIN)/spectrum --summary $< -o $@
%/extract.tsv: %/model.npz %/data.npz
	$(BIN)/idealize --extract $< --data $*/data.npz -o $@
%/ablate.tsv: %/model.npz %/data.npz
	$(BIN)/ablate $< --data $*/data.npz --zero-periodicity-below 0.5 -o $@
table1.tsv:
	$(BIN)/idealize --construct --p 13 --widths 4,8,16 --seeds 3 -o $@
