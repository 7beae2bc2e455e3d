# He, Wang, Chen, Yang 2026, "On the Mechanism and Dynamics of Modular
# Addition" — the experiment graph (runs, files and tools:
# experiments/he2026/README.md §10). Every run rN trains (train @rN.args)
# from rN/init.npz, the authors' weights (full profile, HE_FIX) or our own
# (quick profile, mkinit @rN.init.args); the analyses read what it writes.
# The stages he2026-train, -analyses, -figures and -tables build the lists
# TRAIN_RUNS_he2026 ... TEX_he2026 (common.mk).
HE     := data/$(PROFILE)/he2026
HEX    := experiments/he2026/$(PROFILE)
HE_FIX ?= experiments/he2026/authors
include $(HEX)/profile.mk

# the runs (the authors' checkpoints of each: authors/PROVENANCE.md)
HE_RUNS := r1 r2 r3 r4 r5 r6
he_comma := ,
he_words  = $(subst $(he_comma), ,$1)

# each flags file's effective settings (print_config), config/<flags file>.tsv, from the tool that reads it
# (its stamp below; dynamics reads the same flags whatever its subcommand), and all of them in config.tsv
# (<flags file>.<key><TAB>value) for the report's \HeArg<Run><Flag> macros
HE_DYNAMICS_FLAGS := ode1 ode2 contour diversity indicator
HE_FLAGS := $(HE_RUNS) $(if $(filter mkinit,$(HE_INIT)),$(HE_RUNS:=.init)) all split $(HE_DYNAMICS_FLAGS)
$(HE_RUNS:%=$(HE)/config/%.tsv): $(STAMP)/train
$(HE_RUNS:%=$(HE)/config/%.init.tsv): $(STAMP)/mkinit
$(HE)/config/all.tsv $(HE)/config/split.tsv: $(STAMP)/datagen
$(HE_DYNAMICS_FLAGS:%=$(HE)/config/%.tsv): $(STAMP)/dynamics
$(HE)/config/%.tsv: $(HEX)/%.args
	$(call print_config,$(notdir $(filter $(STAMP)/%,$^)),$<)
$(HE)/config.tsv: $(HE_FLAGS:%=$(HE)/config/%.tsv)
	awk 'FNR == 1 { f = FILENAME; sub(/.*\//, "", f); sub(/\.tsv$$/, "", f) } { print f "." $$0 }' $^ > $(tmp) $(commit)

# ------------------------------------------------------------------ data
# every pair, and R2's split (full profile: --split mask with the authors'
# train mask, HE_SPLIT_DEPS, its .npy prerequisite)
$(HE)/split.npz: $(HE_SPLIT_DEPS)
$(HE)/all.npz $(HE)/split.npz: $(HE)/%.npz: $(HEX)/%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$< $(addprefix --mask ,$(filter %.npy,$^)) -o $@

# initial weights: the authors' (full profile, authors/rN_*_init.npz; with
# their recorded per-step losses and norms, authors.tsv) or our own seeded
# ones (quick profile)
ifeq ($(HE_INIT),fixtures)
$(HE)/%/init.npz: $(HE_FIX)/%_*_init.npz
	@mkdir -p $(@D)
	cp $< $(tmp) $(commit)
$(HE)/%/authors.tsv: $(HE_FIX)/%_*_final.npz $(STAMP)/npzcat
	@mkdir -p $(@D)
	$(RUN) bin/npzcat $< train_losses test_losses param_norms -o $@
else
$(HE)/%/init.npz: $(HEX)/%.init.args $(STAMP)/mkinit
	@mkdir -p $(@D)
	$(RUN) bin/mkinit @$< -o $@
endif

# ------------------------------------------------------------------ training
# R2 trains on the split, the others on all pairs
$(foreach r,$(filter-out r2,$(HE_RUNS)),$(HE)/$(r)/model.npz $(HE)/$(r)/trajectory.npz $(HE)/$(r)/log.tsv): $(HE)/all.npz
$(HE)/r2/model.npz $(HE)/r2/trajectory.npz $(HE)/r2/log.tsv $(HE)/r2/accuracy.tsv: $(HE)/split.npz
$(HE)/%/model.npz $(HE)/%/trajectory.npz $(HE)/%/log.tsv: $(HE)/%/init.npz $(HEX)/%.args $(STAMP)/train
	$(call train_run,@$(HEX)/$*.args --init-from $< --data $(filter %/all.npz %/split.npz,$^) --trajectory $(@D)/trajectory.npz)

TRAIN_RUNS_he2026 := $(HE_RUNS:%=$(HE)/%)

# ------------------------------------------------------------------ analyses
# every run: neuron table and summary of the final model, series over the
# trajectory (IPR, misalignment, ...), accuracy and loss of every checkpoint
# (with the activation the run was trained with, the act= of its trajectory)
$(HE)/%/neurons.tsv: $(HE)/%/model.npz $(STAMP)/features
	$(RUN) bin/features $< -o $@
$(HE)/%/summary.tsv: $(HE)/%/model.npz $(STAMP)/features
	$(RUN) bin/features $< --summary -o $@
$(HE)/%/series.tsv: $(HE)/%/trajectory.npz $(STAMP)/features
	$(RUN) bin/features $< --series -o $@
$(HE)/%/accuracy.tsv: $(HE)/%/trajectory.npz $(STAMP)/predict
	$(RUN) bin/predict $< $(if $(filter r2,$*),--data $(HE)/split.npz) --series -o $@

# R1: activation swap (Table 1; swap_pow4.tsv is --act pow:4), output logits
# with x^2 (Fig. 8), the ten neurons of Figs 3-4 ordered by frequency
HE_SWAPS := relu abs square pow4 pow8 softplus2 exp identity cube
$(HE)/r1/swap_%.tsv: $(HE)/r1/model.npz $(STAMP)/predict
	$(RUN) bin/predict $< --act $(subst pow,pow:,$*) --summary -o $@
$(HE)/r1/logits_x0.tsv: $(HE)/r1/model.npz $(STAMP)/predict
	$(RUN) bin/predict $< --act square --logits 0 -o $@
$(HE)/r1/f3_dft.tsv $(HE)/r1/f3_raw.tsv: $(HE)/r1/f3_%.tsv: $(HE)/r1/model.npz $(STAMP)/features
	$(RUN) bin/features $< --heatmap$(if $(filter raw,$*), --raw) --neurons 30-39 --sort-freq -o $@
$(HE)/r1/f4_lines.tsv: $(HE)/r1/model.npz $(STAMP)/features
	$(RUN) bin/features $< --lines --neurons 30-39 --sort-freq -o $@

# R2: the grids of Figs 15-16; R3: the lottery across all neurons; R5: the harmonic leakage at a step
$(HE)/r2/pairs_%.tsv: $(HE)/r2/trajectory.npz $(HE)/split.npz $(STAMP)/predict
	$(RUN) bin/predict $< --step $* --data $(HE)/split.npz -o $@
$(HE)/r3/lottery.tsv: $(HE)/r3/trajectory.npz $(STAMP)/features
	$(RUN) bin/features $< --lottery -o $@
$(HE)/r5/summary_%.tsv: $(HE)/r5/trajectory.npz $(STAMP)/features
	$(RUN) bin/features $< --summary --step $* -o $@
# one neuron over the trajectory: R3's neuron 40 (Fig. 10), R4's neuron 1 (Fig. 9), R5's neuron 10 (Fig. 13b)
HE_NEURONS := $(addprefix $(HE)/,r3/neuron40.tsv r4/neuron1.tsv r5/neuron10.tsv)
$(HE_NEURONS): $(HE)/%.tsv: $$(@D)/trajectory.npz $(STAMP)/features
	$(RUN) bin/features $< --neuron $(*F:neuron%=%) -o $@
# DFT heat maps of the first 20 neurons, each at the steps of the figure it is named after (HE_STEPS_<figure>,
# profile.mk): R4 (Fig. 12), R5 under ReLU (Fig. 13a), R2 (Fig. 17), R6 (Fig. 22)
HE_HEATMAPS := $(addprefix $(HE)/,r4/f12.tsv r5/f13a.tsv r2/f17.tsv r6/f22.tsv)
$(HE_HEATMAPS): $(HE)/%.tsv: $$(@D)/trajectory.npz $(HEX)/profile.mk $(STAMP)/features
	$(RUN) bin/features $< --heatmap --neurons 0-19 --steps $(HE_STEPS_$(*F)) -o $@

# network-free computations (experiments/he2026/README.md §5.5–5.9)
HE_DYNAMICS := ode1_flow.tsv ode2_flow.tsv ode1_summary.tsv ode2_summary.tsv contour.tsv contour_points.tsv \
  table2.tsv table3.tsv freqdiv_logits.tsv phasediv_logits.tsv indicator.tsv
$(HE_DYNAMICS:%=$(HE)/%): | $(HE)
$(HE):
	mkdir -p $@
$(HE)/ode%_flow.tsv: $(HEX)/ode%.args $(STAMP)/dynamics
	$(RUN) bin/dynamics ode @$< --every 5 -o $@
$(HE)/ode%_summary.tsv: $(HEX)/ode%.args $(STAMP)/dynamics
	$(RUN) bin/dynamics ode @$< --summary -o $@
$(HE)/contour.tsv $(HE)/indicator.tsv: $(HE)/%.tsv: $(HEX)/%.args $(STAMP)/dynamics
	$(RUN) bin/dynamics $* @$< -o $@
# the four checked points (kappa0,D0) of the contour (README §5.8), one row each
HE_CONTOUR_POINTS := 0.01,0 0.01,0.21666156231653746 0.02,6.283185307179586 0.015,3.141592653589793
$(HE)/contour_points.tsv: $(HEX)/contour.args $(STAMP)/dynamics
	{ printf '# kappa0\tD0\tbeta_final\tD_final\n'; \
	  for pt in $(HE_CONTOUR_POINTS); do $(RUN) bin/dynamics contour @$< --at $$pt \
	    | awk '!/^#/ { v[$$1] = $$2 } END { printf "%s\t%s\t%s\t%s\n", v["kappa0"], v["D0"], v["beta_final"], v["D_final"] }'; \
	  done; } > $(tmp) $(commit)
# Table 2 (freqdiv, frequency diversity) and Table 3 (phasediv, phase diversity)
$(HE)/table2.tsv $(HE)/table3.tsv: $(HE)/table%.tsv: $(HEX)/diversity.args $(STAMP)/dynamics
	$(RUN) bin/dynamics $(if $(filter 2,$*),freqdiv,phasediv) @$< -o $@
$(HE)/freqdiv_logits.tsv $(HE)/phasediv_logits.tsv: $(HE)/%_logits.tsv: $(HEX)/diversity.args $(STAMP)/dynamics
	$(RUN) bin/dynamics $* @$< --logits -o $@

# what numbers.sh reads, and with the tables only the figures read, every analysis of the paper
HE_NUMBER_INPUTS := $(foreach r,$(HE_RUNS),$(addprefix $(HE)/$(r)/,neurons.tsv summary.tsv series.tsv accuracy.tsv)) \
  $(HE_SWAPS:%=$(HE)/r1/swap_%.tsv) $(HE)/r1/logits_x0.tsv \
  $(foreach s,$(call he_words,$(HE_STEPS_f16)) $(HE_STEP_f15),$(HE)/r2/pairs_$(s).tsv) \
  $(HE_NEURONS) $(HE)/r3/lottery.tsv $(HE_LEAK_STEPS:%=$(HE)/r5/summary_%.tsv) \
  $(if $(filter fixtures,$(HE_INIT)),$(HE_RUNS:%=$(HE)/%/authors.tsv)) \
  $(addprefix $(HE)/,$(filter-out ode%_flow.tsv %_logits.tsv,$(HE_DYNAMICS)))
ANALYSES_he2026 := $(HE_NUMBER_INPUTS) $(HE_HEATMAPS) $(addprefix $(HE)/,$(HE_DYNAMICS) r1/f3_dft.tsv r1/f3_raw.tsv r1/f4_lines.tsv)

-include experiments/he2026/figures.mk
