# experiments/common.mk — the glue that every paper's rules share: secondary
# expansion, the report inputs' directory, the papers and their stages,
# atomic writes, the awk library and the report's macro writer, a run's
# effective settings, a training run's recipe and a figure's recipe.
# The Makefile includes it before the papers' rules.mk; what is particular to
# a paper stays in its own rules.

# Prerequisites may name what only the target tells: $$(@D), $$*, and
# functions of them, expanded a second time once the target is known.
.SECONDEXPANSION:

# Where every paper's report inputs go, its macros and tables GEN/KEY-*.tex;
# a rule that writes there names the directory after a |, as order-only:
#   $(GEN)/KEY-numbers.tex: INPUTS | $(GEN)
GEN := paper/generated/$(PROFILE)
$(GEN):
	mkdir -p $@

# The papers, one per experiments/KEY/rules.mk, in the report's order. Each
# paper's rules list its training runs' directories (TRAIN_RUNS_KEY), its
# analysis tables (ANALYSES_KEY), its figures (FIGURES_KEY) and its report
# inputs (TEX_KEY), and may name the runs its figures wait on longest
# (LONGEST_KEY, started first); make KEY-train, KEY-analyses, KEY-figures
# and KEY-tables build them, and figures and the report all of them.
PAPERS := $(patsubst experiments/%/rules.mk,%,$(wildcard experiments/*/rules.mk))
FIGURES = $(foreach k,$(PAPERS),$(FIGURES_$k))
PAPER_INPUTS = $(foreach k,$(PAPERS),$(FIGURES_$k) $(TEX_$k))
.PHONY: $(foreach s,train analyses figures tables,$(PAPERS:=-$s))
$(PAPERS:=-train): %-train: $$(addsuffix /model.npz,$$(TRAIN_RUNS_$$*))
$(PAPERS:=-analyses): %-analyses: $$(ANALYSES_$$*)
$(PAPERS:=-figures): %-figures: $$(addsuffix /model.npz,$$(LONGEST_$$*)) $$(FIGURES_$$*)
$(PAPERS:=-tables): %-tables: $$(TEX_$$*)

# Atomic write: CMD > $(tmp) $(commit). The target appears whole or not at
# all: a failed CMD leaves neither it nor the temporary file.
tmp    = $@.tmp$$$$
commit = && mv -f $(tmp) $@ || { rm -f $(tmp); exit 1; }
# CMD > $(tmp) $(commit_changed): the same, but a target whose content did
# not change keeps its old file and time, so nothing downstream reruns
commit_changed = && { cmp -s $(tmp) $@ && rm -f $(tmp) || mv -f $(tmp) $@; } || { rm -f $(tmp); exit 1; }

# The report scripts: awk on tab-separated fields with the one library
# (experiments/lib.awk) loaded first, $(AWK_LIB) SCRIPT.awk ARGS; their rules
# depend on $(AWK_LIB_DEPS). TEX_MACROS is the one macro writer,
# $(TEX_MACROS) prefix=He kind=numbers numbers.tsv ... (what each kind reads:
# experiments/tex-macros.awk).
AWK_LIB      := awk -F'\t' -f experiments/lib.awk -f
AWK_LIB_DEPS := experiments/lib.awk
TEX_MACROS   := $(AWK_LIB) experiments/tex-macros.awk
TEX_MACROS_DEPS := $(AWK_LIB_DEPS) experiments/tex-macros.awk

# A run's effective settings, as the tool itself reads them (defaults, then
# the flags files in order): "key<TAB>value" for every flag of the tool.
# In the recipe of a rule on the flags files and the tool's stamp:
#   $(call print_config,TOOL,FLAGS_FILE...)
# The file is replaced only when a setting changed. Like the stamps, it is
# made where make runs (no $(RUN) prefix): the tool reads no data.
define print_config
@mkdir -p $(@D)
bin/$1 $(addprefix @,$2) --print-config > $(tmp) $(commit_changed)
endef

# A training run's recipe: train with FLAGS, writing model.npz, log.tsv and
# the console's copy train.out in the target's directory:
#   $(call train_run,@RUN.args --data $< --state $(@D)/state.npz)
define train_run
@mkdir -p $(@D)
$(RUN_TRAIN) bin/train $1 --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 | tee $(@D)/train.out >&2
endef

# A figure's recipe: its gnuplot script (the rule's first prerequisite) run
# with ARGS set and out naming a temporary file, renamed into place:
#   $(FIG)/f12.pdf: figures/he2026/f12.gp STYLE DATA
#   	$(call plot,data='DATA')
define plot
@mkdir -p $(@D)
gnuplot -e "$1; out='$(tmp)'" $< $(commit)
endef
