# Rangamani 2025, "Low Rank and Sparse Fourier Structure in Recurrent
# Networks Trained on Modular Addition" — the experiment graph. The paper's
# method section is not available: the setup is the project's proposal
# (experiments/rangamani2025/README.md, §10 for the runs and files). The
# stages rangamani2025-train, -analyses, -figures and -tables build the lists
# TRAIN_RUNS_rangamani2025 ... TEX_rangamani2025 (common.mk).
RG  := data/$(PROFILE)/rangamani2025
RGX := experiments/rangamani2025/$(PROFILE)

RG_MAIN_RUNS  := main seed2 tanh frac03
RG_SWEEP_RUNS := $(patsubst $(RGX)/%.args,%,$(wildcard $(RGX)/sweep-*.args))
RG_RUNS       := $(RG_MAIN_RUNS) $(RG_SWEEP_RUNS)
# the dataset of a run, which trains and is ablated on it: frac03's is the 0.3 split
rg_data = $(RG)/$(if $(filter frac03,$1),split03,split).npz

# ------------------------------------------------------------------ data and training
$(RG)/%.npz: $(RGX)/%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$< -o $@
$(RG)/%/model.npz $(RG)/%/log.tsv: $(RGX)/%.args $$(call rg_data,$$*) $(STAMP)/train
	$(call train_run,@$< --data $(call rg_data,$*))
# a run's effective training settings: what the scripts read, never the flags files themselves
$(RG)/%/config.tsv: $(RGX)/%.args $(STAMP)/train
	$(call print_config,train,$<)
TRAIN_RUNS_rangamani2025 := $(RG_RUNS:%=$(RG)/%)

# ------------------------------------------------------------------ analyses
# rnn-spectrum's tables of every run: TABLE.tsv is rnn-spectrum --TABLE
RG_SPECTRUM := energies keys neurons fm
$(foreach r,$(RG_RUNS),$(RG_SPECTRUM:%=$(RG)/$(r)/%.tsv)): %.tsv: $$(@D)/model.npz $(STAMP)/rnn-spectrum
	$(RUN) bin/rnn-spectrum $< --$(*F) -o $@
$(RG)/%/fmgrid.tsv: $(RG)/%/model.npz $(STAMP)/rnn-spectrum
	$(RUN) bin/rnn-spectrum $< --fm-grid 1 -o $@
$(RG)/%/sigma.tsv: $(RG)/%/model.npz $(STAMP)/svd-lowrank
	$(RUN) bin/svd-lowrank $< -o $@
$(RG)/%/svd_energy.tsv: $(RG)/%/model.npz $(STAMP)/svd-lowrank
	$(RUN) bin/svd-lowrank $< --energy -o $@
# vec_M.tsv: the frequency shares of matrix M's singular vectors (main model only)
RG_VEC_MATS := E W_ih W_hh W_out
$(RG)/main/vec_%.tsv: $(RG)/main/model.npz $(STAMP)/svd-lowrank
	$(RUN) bin/svd-lowrank $< --vectors $* --count 16 -o $@
$(RG)/%/ablation.tsv: $(RG)/%/model.npz $$(call rg_data,$$*) $(STAMP)/ablate
	$(RUN) bin/ablate $< --data $(call rg_data,$*) --study --controls 5 --seed 1 -o $@
# the model truncated to rank 2|K| (1 without keys) in E, W_ih, W_hh and W_out: its accuracy on all pairs
$(RG)/%/lowrank.tsv: $(RG)/%/model.npz $(RG)/%/keys.tsv $(STAMP)/svd-lowrank $(STAMP)/ablate
	r=$$(awk -F'\t' '$$1 == "E" { print ($$2 > 0 ? 2 * $$2 : 1) }' $(@D)/keys.tsv); \
	$(RUN) bin/svd-lowrank $< --truncate $$r -o $(@D)/lowrank.npz && \
	{ printf 'rank\t%s\n' $$r; $(RUN) bin/ablate $(@D)/lowrank.npz --split all | grep -v '^#'; } > $(tmp) $(commit)

RG_RUN_TABLES := $(RG_SPECTRUM) sigma svd_energy ablation lowrank
ANALYSES_rangamani2025 := $(foreach r,$(RG_MAIN_RUNS),$(RG_RUN_TABLES:%=$(RG)/$(r)/%.tsv)) \
  $(RG)/main/fmgrid.tsv $(RG_VEC_MATS:%=$(RG)/main/vec_%.tsv) \
  $(foreach r,$(RG_SWEEP_RUNS),$(addprefix $(RG)/$(r)/,energies.tsv keys.tsv ablation.tsv))

include experiments/rangamani2025/figures.mk
