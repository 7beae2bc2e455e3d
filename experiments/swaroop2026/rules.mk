# Swaroop 2026, "Latent Algorithmic Structure Precedes Grokking" — the experiment graph.
# Runs: one per label-noise level, defined by $(SWX)/alpha<A>.args; shared data
# and training flags in data.args and train.args.
SW  := data/$(PROFILE)/swaroop2026
SWX := experiments/swaroop2026/$(PROFILE)
SW_ALPHAS := $(sort $(patsubst $(SWX)/alpha%.args,%,$(wildcard $(SWX)/alpha*.args)))
# runs of Table 2 and Figure 5 first, so that make -j2 finishes them first
SW_FIRST  := $(foreach a,0.00 0.30 0.05 0.10 0.15 0.20 0.25,$(filter $(a),$(SW_ALPHAS)))
SW_RUNS   := $(addprefix $(SW)/alpha,$(SW_FIRST) $(filter-out $(SW_FIRST),$(SW_ALPHAS)))

# dataset of one run: the common split plus its label noise
$(SW)/alpha%/data.npz: $(SWX)/data.args $(SWX)/alpha%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$(SWX)/data.args @$(SWX)/alpha$*.args -o $@

# training: final model, saturation checkpoint and log in one go; resumable
# from state.npz when interrupted (rerun make to continue)
$(SW)/alpha%/model.npz $(SW)/alpha%/saturation.npz $(SW)/alpha%/log.tsv: \
		$(SW)/alpha%/data.npz $(SWX)/train.args $(STAMP)/train
	$(RUN_TRAIN) bin/train @$(SWX)/train.args --data $< --state $(@D)/state.npz \
	  --checkpoint-out $(@D)/saturation.npz --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 \
	  | tee $(@D)/train.out >&2

# supplementary: the alpha = 0.30 data trained past the plateau rule (long.args)
SW_LONG := $(SW)/long0.30
$(SW_LONG)/model.npz $(SW_LONG)/saturation.npz $(SW_LONG)/log.tsv &: \
		$(SW)/alpha0.30/data.npz $(SWX)/train.args $(SWX)/long.args $(STAMP)/train
	@mkdir -p $(@D)
	$(RUN_TRAIN) bin/train @$(SWX)/train.args @$(SWX)/long.args --data $< --state $(@D)/state.npz \
	  --checkpoint-out $(@D)/saturation.npz --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 \
	  | tee $(@D)/train.out >&2
$(SW_LONG)/summary.tsv: $(SW_LONG)/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(RUN) bin/spectrum @$(SWX)/spectrum.args --summary $< -o $@
$(SW_LONG)/extract.tsv: $(SW_LONG)/model.npz $(SW)/alpha0.30/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW)/alpha0.30/data.npz -o $@

# supplementary: latent structure over training. The clean and the
# alpha = 0.30 runs retraced with a trajectory (trace<A>.args sets its
# interval; same flags, data and seed, so the same run), and every saved
# checkpoint idealised: one row per checkpoint (idealize --extract)
SW_TRACES := $(addprefix $(SW)/trace,$(filter 0.00 0.30,$(SW_ALPHAS)))
$(SW)/trace%/traj.npz $(SW)/trace%/model.npz $(SW)/trace%/log.tsv: \
		$(SW)/alpha%/data.npz $(SWX)/train.args $(SWX)/trace%.args $(STAMP)/train
	@mkdir -p $(@D)
	$(RUN_TRAIN) bin/train @$(SWX)/train.args @$(SWX)/trace$*.args --data $< --trajectory $(@D)/traj.npz \
	  --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 | tee $(@D)/train.out >&2
$(SW)/trace%/extract-series.tsv: $(SW)/trace%/traj.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW)/alpha$*/data.npz -o $@

.PHONY: swaroop2026-train
swaroop2026-train: $(SW_RUNS:%=%/model.npz) $(SW_LONG)/model.npz $(SW_TRACES:%=%/traj.npz)

# ------------------------------------------------------------------ analyses
# Per run: neuron tables and summaries of the final and saturation checkpoints,
# idealised extractions (unit amplitude; amplitude-scaled as the variant).
$(SW)/alpha%/neurons.tsv: $(SW)/alpha%/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(RUN) bin/spectrum @$(SWX)/spectrum.args $< -o $@
$(SW)/alpha%/neurons_sat.tsv: $(SW)/alpha%/saturation.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(RUN) bin/spectrum @$(SWX)/spectrum.args $< -o $@
$(SW)/alpha%/summary.tsv: $(SW)/alpha%/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(RUN) bin/spectrum @$(SWX)/spectrum.args --summary $< -o $@
$(SW)/alpha%/extract.tsv: $(SW)/alpha%/model.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW)/alpha$*/data.npz -o $@
$(SW)/alpha%/extract_sat.tsv: $(SW)/alpha%/saturation.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW)/alpha$*/data.npz -o $@
$(SW)/alpha%/extract_amp.tsv: $(SW)/alpha%/model.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --amplitude --data $(SW)/alpha$*/data.npz -o $@
$(SW)/alpha%/extract_sat_amp.tsv: $(SW)/alpha%/saturation.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --amplitude --data $(SW)/alpha$*/data.npz -o $@
# zeroing the unstructured neurons of the clean model (per(W_a) below the threshold)
$(SW)/alpha%/ablate_unstructured.tsv: $(SW)/alpha%/model.npz $(SW)/alpha%/data.npz $(SWX)/ablate.args $(STAMP)/ablate
	$(RUN) bin/ablate @$(SWX)/ablate.args $< --data $(SW)/alpha$*/data.npz -o $@

# Table 1: idealised networks built without training
$(SW)/table1.tsv: $(SWX)/table1.args $(STAMP)/idealize
	@mkdir -p $(@D)
	$(RUN) bin/idealize @$< -o $@

SW_RUN_ANALYSES := neurons.tsv neurons_sat.tsv summary.tsv extract.tsv extract_sat.tsv extract_amp.tsv extract_sat_amp.tsv
SW_ANALYSES := $(foreach r,$(SW_RUNS),$(SW_RUN_ANALYSES:%=$(r)/%)) $(SW)/alpha0.00/ablate_unstructured.tsv $(SW)/table1.tsv \
  $(SW_LONG)/summary.tsv $(SW_LONG)/extract.tsv $(SW_TRACES:%=%/extract-series.tsv)

.PHONY: swaroop2026-analyses
swaroop2026-analyses: $(SW_ANALYSES)

-include experiments/swaroop2026/figures.mk
