# Swaroop 2026, "Latent Algorithmic Structure Precedes Grokking" — the experiment graph.
# Runs: one per label-noise level, defined by $(SWX)/alpha<A>.args; shared data
# and training flags in data.args and train.args. Not in the paper: the
# supplementary long run and traces, the controls and the seed study.
SW  := data/$(PROFILE)/swaroop2026
SWX := experiments/swaroop2026/$(PROFILE)
SW_ALPHAS := $(sort $(patsubst $(SWX)/alpha%.args,%,$(wildcard $(SWX)/alpha*.args)))
# the paper's noise levels (Table 2's rows) where we have the run; the
# largest, the paper's hardest case, also gets the long run and a trace
SW_T2_ALPHAS  := $(filter 0.00 0.05 0.10 0.15 0.20 0.25 0.30,$(SW_ALPHAS))
SW_HIGH_ALPHA := $(lastword $(SW_T2_ALPHAS))
SW_CLEAN := $(SW)/alpha0.00
SW_HIGH  := $(SW)/alpha$(SW_HIGH_ALPHA)
# Table 2's runs first, so that make -j2 finishes them first
SW_RUNS  := $(addprefix $(SW)/alpha,$(SW_T2_ALPHAS) $(filter-out $(SW_T2_ALPHAS),$(SW_ALPHAS)))

# The effective settings of the profile's flags files as each tool reads them (print_config):
# recipes, scripts and the report's \SwArg... macros read these, never the flags files.
SW_CONFIG := $(SW)/config
$(SW_CONFIG)/data.tsv: $(STAMP)/datagen
$(SW_CONFIG)/table1.tsv: $(STAMP)/idealize
$(foreach t,train spectrum ablate,$(SW_CONFIG)/$t.tsv): $(SW_CONFIG)/%.tsv: $(STAMP)/%
# the tool: the stamp among the prerequisites above
$(foreach t,data train spectrum ablate table1,$(SW_CONFIG)/$t.tsv): $(SW_CONFIG)/%.tsv: $(SWX)/%.args
	$(call print_config,$(notdir $(filter $(STAMP)/%,$^)),$<)
# a setting in a recipe: $(call sw_setting,$(SW_CONFIG)/spectrum.tsv,structured)
sw_setting = $$(awk -F'\t' '$$1 == "$2" { print $$2 }' $1)

# dataset of one run: the common split plus its label noise
$(SW)/alpha%/data.npz: $(SWX)/data.args $(SWX)/alpha%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$(SWX)/data.args @$(SWX)/alpha$*.args -o $@

# training in $(@D) from the dataset $<, with train.args and the flags files $1: the
# saturation checkpoint too, resumable from state.npz (rerun make to continue)
sw_train = $(call train_run,@$(SWX)/train.args $1 --data $< --state $(@D)/state.npz --checkpoint-out $(@D)/saturation.npz)
# a run on its own directory's data.npz: alpha runs, control-random (seeds, traces: their rules' shorter stem wins)
$(SW)/%/model.npz $(SW)/%/saturation.npz $(SW)/%/log.tsv: $(SW)/%/data.npz $(SWX)/train.args $(STAMP)/train
	$(call sw_train)

# supplementary: the largest noise level's data trained past the plateau rule (long.args)
SW_LONG := $(SW)/long$(SW_HIGH_ALPHA)
$(SW_LONG)/model.npz $(SW_LONG)/saturation.npz $(SW_LONG)/log.tsv &: \
		$(SW_HIGH)/data.npz $(SWX)/train.args $(SWX)/long.args $(STAMP)/train
	$(call sw_train,@$(SWX)/long.args)
$(SW_LONG)/extract.tsv: $(SW_LONG)/model.npz $(SW_HIGH)/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW_HIGH)/data.npz -o $@

# supplementary: latent structure over training. A run alpha<A> retraced
# with a trajectory for each trace<A>.args (it sets the interval; same
# flags, data and seed, so the same run), and every saved checkpoint
# idealised: one row per checkpoint (idealize --extract)
SW_TRACES := $(sort $(patsubst $(SWX)/%.args,$(SW)/%,$(wildcard $(SWX)/trace*.args)))
$(SW)/trace%/traj.npz $(SW)/trace%/model.npz $(SW)/trace%/log.tsv: \
		$(SW)/alpha%/data.npz $(SWX)/train.args $(SWX)/trace%.args $(STAMP)/train
	$(call train_run,@$(SWX)/train.args @$(SWX)/trace$*.args --data $< --trajectory $(@D)/traj.npz)
$(SW)/trace%/extract-series.tsv: $(SW)/trace%/traj.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW)/alpha$*/data.npz -o $@
$(SW)/trace%/extract-series-own.tsv: $(SW)/trace%/traj.npz $(SW)/alpha%/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --phases own-bin --data $(SW)/alpha$*/data.npz -o $@

# Controls, not in the paper: the extraction must sit at chance (1/p) where
# no structure was learned. control-init: the clean run's initial weights
# (its flags, data and seed, trained zero steps). control-random: a run of
# the same recipe on near-random labels (random-labels.args: all but 1 % of
# the training labels moved to a wrong class), extracted at its checkpoints.
SW_CONTROLS := $(SW)/control-init $(SW)/control-random
$(SW)/control-init/model.npz: $(SW_CLEAN)/data.npz $(SWX)/train.args $(SWX)/init.args $(STAMP)/train
	@mkdir -p $(@D)
	$(RUN_TRAIN) bin/train @$(SWX)/train.args @$(SWX)/init.args --data $< -o $@
$(SW)/control-init/extract.tsv: $(SW)/control-init/model.npz $(SW_CLEAN)/data.npz $(STAMP)/idealize
	$(RUN) bin/idealize --extract $< --data $(SW_CLEAN)/data.npz -o $@
$(SW)/control-random/data.npz: $(SWX)/data.args $(SWX)/random-labels.args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$(SWX)/data.args @$(SWX)/random-labels.args -o $@

# Seeds, not in the paper (one run per alpha there): the runs alpha<A> for A
# in SW_SEED_ALPHAS again with seed S = 1, 2, ... (seed<S>.args), which
# draws the split, the noisy labels and the initialisation anew; the run
# alpha<A> itself is seed 0. Run seeds/alpha<A>-s<S>.
SW_SEEDS       := $(sort $(patsubst $(SWX)/seed%.args,%,$(wildcard $(SWX)/seed*.args)))
SW_SEED_ALPHAS := $(filter 0.00 0.05 $(SW_HIGH_ALPHA),$(SW_ALPHAS))
SW_SEED_RUNS   := $(foreach a,$(SW_SEED_ALPHAS),$(SW_SEEDS:%=$(SW)/seeds/alpha$(a)-s%))
sw_alpha_of = $(firstword $(subst -s, ,$1))
sw_seed_of  = $(lastword $(subst -s, ,$1))
$(SW)/seeds/alpha%/data.npz: $(SWX)/data.args $$(SWX)/alpha$$(call sw_alpha_of,$$*).args \
		$$(SWX)/seed$$(call sw_seed_of,$$*).args $(STAMP)/datagen
	@mkdir -p $(@D)
	$(RUN) bin/datagen @$(word 1,$^) @$(word 2,$^) @$(word 3,$^) -o $@
$(SW)/seeds/alpha%/model.npz $(SW)/seeds/alpha%/saturation.npz $(SW)/seeds/alpha%/log.tsv: \
		$(SW)/seeds/alpha%/data.npz $(SWX)/train.args $$(SWX)/seed$$(call sw_seed_of,$$*).args $(STAMP)/train
	$(call sw_train,@$(word 3,$^))

TRAIN_RUNS_swaroop2026 := $(SW_RUNS) $(SW_LONG) $(SW_TRACES) $(SW_CONTROLS) $(SW_SEED_RUNS)

# ------------------------------------------------------------------ analyses
# Per run directory $(SW)/RUN holding data.npz, model.npz and
# saturation.npz (alpha runs, seed runs, control-random): neuron tables and
# summaries of the final and saturation checkpoints, and idealised
# extractions with the phases read at W_a's frequency nu (unit amplitude;
# amplitude-scaled as a variant), and with the phases read at each vector's
# own dominant bin as the other variant (idealize --phases own-bin).
sw_spectrum = $(RUN) bin/spectrum @$(SWX)/spectrum.args $1 $< -o $@
sw_extract  = $(RUN) bin/idealize --extract $< $1 --data $(@D)/data.npz -o $@
$(SW)/%/neurons.tsv: $(SW)/%/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(call sw_spectrum)
$(SW)/%/neurons_sat.tsv: $(SW)/%/saturation.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(call sw_spectrum)
$(SW)/%/summary.tsv: $(SW)/%/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(call sw_spectrum,--summary)
$(SW)/%/summary_sat.tsv: $(SW)/%/saturation.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(call sw_spectrum,--summary)
$(SW)/%/extract.tsv: $(SW)/%/model.npz $(SW)/%/data.npz $(STAMP)/idealize
	$(call sw_extract)
$(SW)/%/extract_sat.tsv: $(SW)/%/saturation.npz $(SW)/%/data.npz $(STAMP)/idealize
	$(call sw_extract)
$(SW)/%/extract_amp.tsv: $(SW)/%/model.npz $(SW)/%/data.npz $(STAMP)/idealize
	$(call sw_extract,--amplitude)
$(SW)/%/extract_sat_amp.tsv: $(SW)/%/saturation.npz $(SW)/%/data.npz $(STAMP)/idealize
	$(call sw_extract,--amplitude)
$(SW)/%/extract_own.tsv: $(SW)/%/model.npz $(SW)/%/data.npz $(STAMP)/idealize
	$(call sw_extract,--phases own-bin)
$(SW)/%/extract_sat_own.tsv: $(SW)/%/saturation.npz $(SW)/%/data.npz $(STAMP)/idealize
	$(call sw_extract,--phases own-bin)
# zeroing the unstructured neurons of the clean model (per(W_a) below the threshold)
$(SW)/%/ablate_unstructured.tsv: $(SW)/%/model.npz $(SW)/%/data.npz $(SWX)/ablate.args $(STAMP)/ablate
	$(RUN) bin/ablate @$(SWX)/ablate.args $< --data $(@D)/data.npz -o $@

# Table 1: idealised networks built without training
$(SW)/table1.tsv: $(SWX)/table1.args $(STAMP)/idealize
	@mkdir -p $(@D)
	$(RUN) bin/idealize @$< -o $@

SW_RUN_ANALYSES := neurons.tsv neurons_sat.tsv summary.tsv extract.tsv extract_sat.tsv extract_amp.tsv extract_sat_amp.tsv \
  extract_own.tsv extract_sat_own.tsv
ANALYSES_swaroop2026 := $(foreach r,$(SW_RUNS),$(SW_RUN_ANALYSES:%=$(r)/%)) $(SW_CLEAN)/ablate_unstructured.tsv $(SW_CLEAN)/summary_sat.tsv $(SW)/table1.tsv \
  $(SW_LONG)/summary.tsv $(SW_LONG)/extract.tsv $(SW_TRACES:%=%/extract-series.tsv) $(SW_TRACES:%=%/extract-series-own.tsv) \
  $(SW)/control-init/extract.tsv $(SW)/control-random/extract.tsv $(SW)/control-random/extract_sat.tsv \
  $(foreach r,$(SW_SEED_RUNS),$(r)/extract.tsv $(r)/extract_sat.tsv)

-include experiments/swaroop2026/figures.mk
