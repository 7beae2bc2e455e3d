# bench/bench.mk — `make bench`: ms per training step of the C tools against
# the PyTorch reference and the sgemm bound, one model per bench/models/*.sh.
#
#   make bench                 every model, min over BENCH_REPEATS (about 2 min)
#   make bench-quick           one repeat, fewer steps (rough numbers, ~20 s)
#   make bench-MODEL           one model, e.g. make bench-swaroop2026
#   make build/bench/sgemm     the GEMM timer alone
#
# A model is a row: add bench/models/NAME.sh (C tool flags, PyTorch variants,
# GEMM shapes; see bench/models/swaroop2026.sh) and, for a new architecture,
# a bench/torch_*.py next to torch_mlp.py (torch_common.py has what they
# share); a model timing another C tool adds
# it to BENCH_TOOLS. Results go to data/bench/NAME.tsv. Settings (command line
# or environment): BENCH_MODELS, BENCH_REPEATS, BENCH_STEPS (C steps),
# BENCH_TORCH_STEPS, BENCH_TORCH_WARMUP.
# The models run one after another even under make -j, so they do not time
# each other; other jobs on the machine still add noise (hence the minimum).

BENCH_MODELS       ?= $(sort $(patsubst bench/models/%.sh,%,$(wildcard bench/models/*.sh)))
BENCH_REPEATS      ?= 3
BENCH_STEPS        ?= 500
BENCH_TORCH_STEPS  ?= 200
BENCH_TORCH_WARMUP ?= 20
BENCH_TOOLS        ?= bin/train bin/datagen
BENCH_SGEMM_BIN    := build/bench/sgemm

BENCH_ENV = BENCH_REPEATS=$(BENCH_REPEATS) BENCH_STEPS=$(BENCH_STEPS) \
    BENCH_TORCH_STEPS=$(BENCH_TORCH_STEPS) BENCH_TORCH_WARMUP=$(BENCH_TORCH_WARMUP) \
    BENCH_OUT=data/bench BENCH_WORK=build/bench BENCH_SGEMM_BIN=$(BENCH_SGEMM_BIN) \
    PYTHON=$(or $(PYTHON),/usr/bin/python3) OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1

.PHONY: bench bench-quick $(BENCH_MODELS:%=bench-%)

bench_all = status=0; for m in $(BENCH_MODELS); do $(BENCH_ENV) bench/run.sh $$m || status=1; done; exit $$status

bench: $(BENCH_TOOLS) $(BENCH_SGEMM_BIN)
	@$(bench_all)

bench-quick: BENCH_REPEATS = 1
bench-quick: BENCH_STEPS = 100
bench-quick: BENCH_TORCH_STEPS = 40
bench-quick: BENCH_TORCH_WARMUP = 5
bench-quick: $(BENCH_TOOLS) $(BENCH_SGEMM_BIN)
	@$(bench_all)

$(BENCH_MODELS:%=bench-%): bench-%: $(BENCH_TOOLS) $(BENCH_SGEMM_BIN)
	@$(BENCH_ENV) bench/run.sh $*

$(BENCH_SGEMM_BIN): bench/sgemm.c src/lib/blas.c src/lib/blas.h
	@mkdir -p $(@D)
	$(CC) -O2 -std=c11 -D_XOPEN_SOURCE=700 -Wall -Wextra -Isrc/lib bench/sgemm.c src/lib/blas.c -lopenblas -o $@
