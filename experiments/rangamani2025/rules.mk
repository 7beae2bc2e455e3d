# Rangamani 2025, "Low Rank and Sparse Fourier Structure in Recurrent
# Networks Trained on Modular Addition" — the experiment graph (spec
# shared/specs/rangamani2025-rnn.md; the paper's method section is not
# available, so the spec's proposals define the setup).
#
# Runs (<run>.args: train's flags): main (ReLU, f = 0.5, seed 1), seed2, tanh,
# frac03 (f = 0.3) and the trade-off sweep sweep-wd*-h*. Each writes
# model.npz and log.tsv. Analyses of a run: rnn-spectrum (Fourier energies,
# key frequencies, neurons, Fourier-multiplication fit), svd-lowrank
# (singular values and vectors), ablate (frequency ablation).
#
#   make rangamani2025-train       every run
#   make rangamani2025-analyses    every table the figures and the report read
#   make rangamani2025-figures     figures/$(PROFILE)/rangamani2025/*.pdf
RG  := data/$(PROFILE)/rangamani2025
RGX := experiments/rangamani2025/$(PROFILE)

RG_MAIN_RUNS  := main seed2 tanh frac03
RG_SWEEP_RUNS := $(patsubst $(RGX)/%.args,%,$(wildcard $(RGX)/sweep-*.args))
RG_RUNS       := $(RG_MAIN_RUNS) $(RG_SWEEP_RUNS)
# the dataset of a run: frac03 trains on the 0.3 split
rg_data = $(if $(filter frac03,$1),$(RG)/split03.npz,$(RG)/split.npz)

# ------------------------------------------------------------------ data
$(RG)/%.npz: $(RGX)/%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	bin/datagen @$< -o $@

# ------------------------------------------------------------------ training
$(foreach r,$(RG_RUNS),$(eval $(RG)/$(r)/model.npz: $(call rg_data,$(r))))
$(RG)/%/model.npz $(RG)/%/log.tsv: $(RGX)/%.args $(STAMP)/train
	@mkdir -p $(@D)
	bin/train @$< --data $(call rg_data,$*) --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 | tee $(@D)/train.out >&2

.PHONY: rangamani2025-train
rangamani2025-train: $(RG_RUNS:%=$(RG)/%/model.npz)
