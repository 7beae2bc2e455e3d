# Li, Liang, Shi, Song, Zhou 2025, "Fourier Circuits in Neural Networks and
# Transformers" (AISTATS 2025), with Morwani et al. (ICLR 2024) as the k = 2
# baseline — the experiment graph (spec shared/specs/li2025-margin.md).
#
# Runs NN-3, NN-4, NN-5 (nnK.args: train's flags) train the bias-free x^k
# network on data-nnK.npz (all p^k tuples, 50/50); morwani.args is the k = 2
# baseline on all of D_71 with full-batch GD. Each run writes model.npz,
# trajectory.npz and log.tsv. The analyses read them with spectrum (max
# normalised power, frequencies) and margin (normalised L_{2,k+1} margin,
# gamma*, the max-margin construction).
#
#   make li2025-train       the runs
#   make li2025-analyses    every table the figures and the report read
#   make li2025-figures     figures/$(PROFILE)/li2025/*.pdf (figures.mk)
LI  := data/$(PROFILE)/li2025
LIX := experiments/li2025/$(PROFILE)
LI_NN_RUNS := nn3 nn4 nn5
LI_RUNS := $(LI_NN_RUNS) morwani

# ------------------------------------------------------------------ data
$(LI)/data-%.npz: $(LIX)/data-%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	bin/datagen @$< -o $@

# ------------------------------------------------------------------ training
$(LI)/%/model.npz $(LI)/%/trajectory.npz $(LI)/%/log.tsv: $(LI)/data-%.npz $(LIX)/%.args $(STAMP)/train
	@mkdir -p $(@D)
	bin/train @$(LIX)/$*.args --data $< --state $(@D)/state.npz --trajectory $(@D)/trajectory.npz \
	  --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 | tee $(@D)/train.out >&2

.PHONY: li2025-train
li2025-train: $(LI_RUNS:%=$(LI)/%/model.npz)
