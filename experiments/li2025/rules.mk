# Li, Liang, Shi, Song, Zhou 2025, "Fourier Circuits in Neural Networks and
# Transformers" (AISTATS 2025), with Morwani et al. (ICLR 2024) as the k = 2
# baseline — the experiment graph (the setup: experiments/li2025/README.md).
#
# Each run <run>/ trains on data-<run>.npz with <run>.args (train's flags)
# and writes model.npz, trajectory.npz and log.tsv; sparsity, margin and
# attention read them. The stages li2025-train, -analyses, -figures and
# -tables build the lists TRAIN_RUNS_li2025 ... TEX_li2025 (common.mk).
LI  := data/$(PROFILE)/li2025
LIX := experiments/li2025/$(PROFILE)
LI_NN_RUNS := nn3 nn4 nn5
LI_RUNS := $(LI_NN_RUNS) morwani
# transformers: one block (TF-3/4/5, Figs 9, 3, 10), two blocks over three
# seeds for grokking (G-2..G-5, Fig. 4); their input is the plain sequence
# [a_1, ..., a_k] read at a_k (--sequence plain in the flags files)
LI_TF_RUNS := tf3 tf4 tf5
LI_GROK_KS := 2 3 4 5
LI_SEEDS   := 0 1 2
LI_GROK_RUNS := $(foreach k,$(LI_GROK_KS),$(foreach s,$(LI_SEEDS),g$(k)-s$(s)))

$(LI)/data-%.npz: $(LIX)/data-%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$< -o $@

$(LI)/%/model.npz $(LI)/%/trajectory.npz $(LI)/%/log.tsv: $(LI)/data-%.npz $(LIX)/%.args $(STAMP)/train
	$(call train_run,@$(LIX)/$*.args --data $< --state $(@D)/state.npz --trajectory $(@D)/trajectory.npz)

# NN-3 over further seeds (the paper ran three): nn3.args with --seed S on the
# same data-nn3.npz, so only the initialisation and the batches differ; in
# both profiles (the quick runs take seconds)
LI_NN_SEED_RUNS := nn3-s1 nn3-s2
$(LI)/nn3-s%/model.npz $(LI)/nn3-s%/trajectory.npz $(LI)/nn3-s%/log.tsv &: $(LI)/data-nn3.npz $(LIX)/nn3.args $(STAMP)/train
	$(call train_run,@$(LIX)/nn3.args --seed $* --data $< --state $(@D)/state.npz --trajectory $(@D)/trajectory.npz)

# the transformer runs also follow the transformer's own results version
$(foreach r,$(LI_TF_RUNS),$(LI)/$(r)/model.npz $(LI)/$(r)/trajectory.npz $(LI)/$(r)/log.tsv): $(STAMP)/train-transformer

# NN-4 that settles (a labelled variant): nn4.args, then nn4-decay.args (the
# learning rate decayed linearly to zero over the second half), so its first
# half is the paper-recipe run's
$(LI)/nn4-decay/model.npz $(LI)/nn4-decay/trajectory.npz $(LI)/nn4-decay/log.tsv &: $(LI)/data-nn4.npz $(LIX)/nn4.args $(LIX)/nn4-decay.args $(STAMP)/train
	$(call train_run,@$(LIX)/nn4.args @$(LIX)/nn4-decay.args --data $< --state $(@D)/state.npz --trajectory $(@D)/trajectory.npz)

# the equals sequence [a_1, o, ..., a_k, =] read at '=' (the format of the
# codebase the paper builds on) as a labelled variant of TF-3/4/5: tfK.args,
# then tfK-eq.args (--sequence equals, nothing else), on the same data
LI_TF_EQ_RUNS := $(LI_TF_RUNS:%=%-eq)
$(LI)/tf%-eq/model.npz $(LI)/tf%-eq/trajectory.npz $(LI)/tf%-eq/log.tsv &: $(LI)/data-tf%.npz $(LIX)/tf%.args $(LIX)/tf%-eq.args $(STAMP)/train-transformer
	$(call train_run,@$(LIX)/tf$*.args @$(LIX)/tf$*-eq.args --data $< --state $(@D)/state.npz --trajectory $(@D)/trajectory.npz)

# controls: the initial weights of TF-3/4/5 (tfK.args trained for 0 steps,
# the same seed), whose W^KQ is what training starts from
LI_TF_INIT_RUNS := $(LI_TF_RUNS:%=%-init)
$(LI)/tf%-init/model.npz $(LI)/tf%-init/log.tsv &: $(LI)/data-tf%.npz $(LIX)/tf%.args $(STAMP)/train-transformer
	$(call train_run,@$(LIX)/tf$*.args --steps 0 --data $<)

# grokking runs g<k>-s<seed>: gK.args with --seed S on data-gK.npz; log.tsv
# comes with model.npz; an interrupted run resumes from its state.npz
li_k_of = $(firstword $(subst -s, ,$1))
$(LI)/g%/model.npz $(LI)/g%/log.tsv: $(LI)/data-g$$(call li_k_of,$$*).npz $(LIX)/g$$(call li_k_of,$$*).args $(STAMP)/train-transformer
	$(call train_run,@$(word 2,$^) --seed $(lastword $(subst -s, ,$*)) --data $< --state $(@D)/state.npz --state-every 1000)

TRAIN_RUNS_li2025 := $(addprefix $(LI)/,$(LI_RUNS) $(LI_NN_SEED_RUNS) nn4-decay $(LI_TF_RUNS) $(LI_TF_EQ_RUNS) $(LI_TF_INIT_RUNS) $(LI_GROK_RUNS))

# each flags file's effective settings, key<TAB>value (the tool's
# --print-config), which the report quotes: config/<name>.tsv for <name>.args;
# nn4-decay's are those of its run, nn4.args then nn4-decay.args
$(LI)/config/data-%.tsv: $(LIX)/data-%.args $(STAMP)/datagen
	$(call print_config,datagen,$<)
$(LI)/config/%.tsv: $$(if $$(filter nn4-decay,$$*),$(LIX)/nn4.args) $(LIX)/%.args $(STAMP)/train
	$(call print_config,train,$(filter %.args,$^))

# LI_THEORY (P:K list of the theory table), LI_CONSTRUCT (the construction
# drawn in Figure X3) and LI_EVERY_<run> (checkpoints of the margin series)
include $(LIX)/profile.mk

# the one-sparse Fourier structure: final network, and step 0 of the trajectory
$(LI)/%/neurons.tsv: $(LI)/%/model.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< -o $@
$(LI)/%/summary.tsv: $(LI)/%/model.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< --summary -o $@
$(LI)/%/waves.tsv: $(LI)/%/model.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< --waves 5 --seed 0 -o $@
$(LI)/%/init-neurons.tsv: $(LI)/%/trajectory.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< --step 0 -o $@
$(LI)/%/init-summary.tsv: $(LI)/%/trajectory.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< --step 0 --summary -o $@
# the final network's maximum normalised power in 50 bins, as fractions of
# the neurons, of sum_i ||theta_i||^2 and of sum_i ||theta_i||^{k+1}
# (secondary measures, not the paper's; Figure X4)
$(LI)/%/power-hist.tsv: $(LI)/%/model.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< --hist 50 -o $@
# the sparsity summary over training (Figures X1b, X5d): a row per checkpoint
# of the trajectory, its step and --summary's values
$(LI)/%/sparsity-series.tsv: $(LI)/%/trajectory.npz $(STAMP)/sparsity
	$(RUN) bin/sparsity $< --series -o $@
# normalised margin over training on all of D_p and on the train split
# (checkpoints after step 0); the final network's is the series' last row,
# the trajectory's last checkpoint being the model file's weights; NN-4's
# settling variant reads NN-4's data and checkpoints (li_data_of)
li_data_of = $(1:-decay=)
$(LI)/%/margin-series.tsv: $(LI)/%/trajectory.npz $(LI)/data-$$(call li_data_of,$$*).npz $(LIX)/profile.mk $(STAMP)/margin
	$(RUN) bin/margin $< --data $(word 2,$^) --every $(LI_EVERY_$(call li_data_of,$*)) --after 0 -o $@
$(LI)/%/margin.tsv: $(LI)/%/margin-series.tsv
	{ head -n 1 $< && tail -n 1 $<; } > $(tmp) $(commit)

# gamma*, widths and the constructions' margins (experiments/li2025/README.md §5.3),
# and the construction of Figure X3 as a model file
$(LI)/theory.tsv: $(LIX)/profile.mk $(STAMP)/margin
	@mkdir -p $(@D)
	$(RUN) bin/margin --theory $(LI_THEORY) -o $@
$(LI)/construct/model.npz: $(LIX)/profile.mk $(STAMP)/margin
	@mkdir -p $(@D)
	$(RUN) bin/margin --construct $(LI_CONSTRUCT) -o $@
$(LI)/construct/margin.tsv: $(LI)/construct/model.npz $(STAMP)/margin
	$(RUN) bin/margin $< -o $@

# transformers: W^KQ of four random heads and every head's 2-D concentration;
# the grokking curves merged over the seeds, and the train-to-validation delay
# at accuracy 0.99 (ours, README §5.8) and, as a secondary measure, at 0.9
$(LI)/%/heads.tsv: $(LI)/%/model.npz $(STAMP)/attention
	$(RUN) bin/attention $< --heads 4 --seed 0 -o $@
$(LI)/%/attn-summary.tsv: $(LI)/%/model.npz $(STAMP)/attention
	$(RUN) bin/attention $< --summary -o $@
$(LI)/grok-g%.tsv: experiments/li2025/grok.awk $(foreach s,$(LI_SEEDS),$(LI)/g%-s$(s)/log.tsv)
	awk -F'\t' -f $< $(filter %/log.tsv,$^) > $(tmp) $(commit)
$(LI)/grok-delay.tsv: experiments/li2025/grok.awk $(LI_GROK_RUNS:%=$(LI)/%/log.tsv)
	{ printf '# k\tdelay\tseeds\tdelay_090\tseeds_090\n'; for k in $(LI_GROK_KS); do \
	    awk -F'\t' -f $< part=delay k=$$k $(foreach s,$(LI_SEEDS),$(LI)/g$$k-s$(s)/log.tsv); done; } > $(tmp) $(commit)

LI_RUN_ANALYSES := neurons.tsv summary.tsv waves.tsv init-neurons.tsv init-summary.tsv margin.tsv margin-series.tsv sparsity-series.tsv
ANALYSES_li2025 := $(foreach r,$(LI_RUNS),$(LI_RUN_ANALYSES:%=$(LI)/$(r)/%)) $(LI)/theory.tsv \
  $(addprefix $(LI)/nn4-decay/,summary.tsv init-summary.tsv margin.tsv) \
  $(LI_NN_RUNS:%=$(LI)/%/power-hist.tsv) $(LI_NN_SEED_RUNS:%=$(LI)/%/summary.tsv) \
  $(addprefix $(LI)/construct/,neurons.tsv summary.tsv waves.tsv margin.tsv) \
  $(foreach r,$(LI_TF_RUNS) $(LI_TF_EQ_RUNS),$(LI)/$(r)/heads.tsv $(LI)/$(r)/attn-summary.tsv) \
  $(LI_TF_INIT_RUNS:%=$(LI)/%/attn-summary.tsv) \
  $(LI_GROK_KS:%=$(LI)/grok-g%.tsv) $(LI)/grok-delay.tsv

-include experiments/li2025/figures.mk
