# modfourier — the experiment graph. `make help` lists targets and profiles.
SHELL := bash
.SHELLFLAGS := -eu -o pipefail -c
.DELETE_ON_ERROR:
# Keep every intermediate file (datasets, stamps): make never deletes them.
.SECONDARY:
.SUFFIXES:
MAKEFLAGS += --no-builtin-rules

PROFILE ?= full
ifneq ($(PROFILE),full)
ifneq ($(PROFILE),quick)
$(error PROFILE must be full or quick, not '$(PROFILE)')
endif
endif

CC      ?= cc
OPT     ?= -O3
WERROR  ?= -Werror
CFLAGS  ?= $(OPT) -g
CPPFLAGS += -Isrc/lib
override CFLAGS += -std=c11 -D_XOPEN_SOURCE=700 -fno-math-errno -Wall -Wextra $(WERROR)
LDLIBS  := -lopenblas -llapacke -lz -lm
# One BLAS thread per run: parallelism comes from make -j across runs.
export OPENBLAS_NUM_THREADS := 1
# Prefixes of the experiment graph's tool calls, empty by default: RUN_TRAIN
# on the training runs, RUN on every other tool call (datasets, analyses);
# RUN_TRAIN is RUN unless set. Only the tool call gets the prefix: mkdir,
# stamps, tee, figures and the report run where make runs. On a Slurm
# cluster: make -j64 paper RUN_TRAIN='srun -n1 -c1 --quit-on-interrupt -J $(@D)'
RUN       ?=
RUN_TRAIN ?= $(RUN)

LIB_SRC  := $(wildcard src/lib/*.c)
LIB_OBJ  := $(LIB_SRC:src/lib/%.c=build/lib/%.o)
LIB      := build/libmodfourier.a
TOOLS    := $(patsubst src/tools/%.c,bin/%,$(wildcard src/tools/*.c))
TEST_BIN := $(patsubst tests/%.c,build/tests/%.t,$(wildcard tests/*.c))

# Debian 12 packages: build, figures, report, tests, fuzzing (bench adds python3-torch)
DEB_PACKAGES := gcc make libc6-dev libopenblas-dev liblapacke-dev zlib1g-dev gnuplot-nox \
  texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-fonts-recommended \
  poppler-utils unzip python3-numpy perl valgrind clang libclang-rt-14-dev
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: all figures paper check cluster-check bench deps deps-bench clean help status
all: $(TOOLS)

build/lib/%.o: src/lib/%.c $(wildcard src/lib/*.h) | build/lib
	$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@
$(LIB): $(LIB_OBJ)
	rm -f $@ && ar rcs $@ $^
bin/%: src/tools/%.c $(LIB) | bin
	$(CC) $(CPPFLAGS) $(CFLAGS) $< $(LIB) $(LDLIBS) -o $@
build/tests/%.t: tests/%.c $(wildcard tests/*.h) $(LIB) | build/tests
	$(CC) $(CPPFLAGS) -Itests $(CFLAGS) $< $(LIB) $(LDLIBS) -o $@
bin build/lib build/tests build/stamp:
	mkdir -p $@

# What every paper's rules share: the papers and their stage targets, atomic
# writes, the awk library, the macro writer, a run's settings and recipes
include experiments/common.mk

# Experiments depend on a tool's stamp, not its binary: the stamp holds the
# tool's results version (TOOL --results-version, see src/lib/opt.h) and is
# rewritten only when that changes, so relinking or extending a tool reruns
# nothing; raising the version reruns everything the tool made.
STAMP := build/stamp
# The stamp is replaced only when the version changed ($(commit_changed)).
$(STAMP)/%: bin/% | $(STAMP)
	@$< --results-version > $(tmp) $(commit_changed)
# The transformer family has a results version of its own (train's line plus
# TF_RESULTS_VERSION, src/lib/transformer.h): the transformer runs depend on
# this stamp, so raising it reruns them and no other training.
$(STAMP)/train-transformer: bin/train | $(STAMP)
	@$< --family transformer --results-version > $(tmp) $(commit_changed)

# Flags files: "@FILE" on a tool's command line reads its flags from FILE.
include $(wildcard experiments/*/rules.mk)
include paper/paper.mk
include bench/bench.mk
include tests/hardening.mk

figures: $(FIGURES)
paper: $(REPORT_PDF)

# CHECK_SKIP: shell tests left out (make sanitize leaves out the end-to-end ones)
CHECK_SKIP ?=
check: $(TOOLS) $(TEST_BIN)
	prove $(PROVE_FLAGS) $(TEST_BIN) $(filter-out $(CHECK_SKIP),$(wildcard tests/*.t))

# Where each training run of the profile stands: done, running (step,
# validation accuracy, time left), interrupted or not started. Each paper's
# rules.mk lists its runs' directories in TRAIN_RUNS_<key> (experiments/common.mk).
status:
	@experiments/status.sh $(PROFILE) $(foreach k,$(PAPERS),$(k) $(TRAIN_RUNS_$(k)))

# The quick profile through Slurm on a single-node cluster of this machine
# (tests/slurm/cluster.sh starts it, and stops what it started), compared
# file by file with the same profile built here; then a failing, a cancelled
# and an interrupted job (tests/slurm/check.t). Needs slurm-wlm and munge,
# and root to start their daemons (CI installs them; make deps does not).
# The quick profile here is every paper's analyses, figures and tables.
CLUSTER_TARGETS := figures $(foreach k,$(PAPERS),$(k)-analyses $(k)-tables)
cluster-check: $(TOOLS)
	$(MAKE) -s PROFILE=quick $(CLUSTER_TARGETS)
	CLUSTER_TARGETS='$(CLUSTER_TARGETS)' tests/slurm/cluster.sh run prove -v tests/slurm/check.t

deps:
	$(SUDO) apt-get update
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends $(DEB_PACKAGES)
deps-bench: deps
	DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y --no-install-recommends python3-torch

clean:
	rm -rf bin build

help:
	@echo "modfourier — make targets (PROFILE=full default, PROFILE=quick small and fast)"
	@echo "  all        build the tools into bin/"
	@echo "  figures    train, analyse and draw every figure of the profile"
	@echo "  paper      build paper/report.pdf from the figures and generated numbers"
	@echo "  status     where each training run of the profile stands, and the time left"
	@echo "  check      run the test suite under prove"
	@echo "  cluster-check  the quick profile through Slurm (srun) against a local build (needs slurm-wlm, munge, root)"
	@echo "  critical-path  the profile's training time from the runs' logs: per run, total, critical path, wall on 2/8/64 cores"
	@echo "  bench      time a training step against the PyTorch reference"
	@echo "  deps       install the Debian packages the project needs (apt-get)"
	@echo "  clean      remove built tools (data/ and figures/ are kept)"
	@echo "  <key>-train, <key>-analyses, <key>-figures   one paper's stages (key: swaroop2026, he2026, rangamani2025, li2025)"
	@echo "Profiles: make figures PROFILE=quick (minutes) | PROFILE=full (the papers' settings; hours)"
	@echo "Outputs: data/<profile>/<key>/, figures/<profile>/<key>/, paper/report.pdf (report-quick.pdf)"
