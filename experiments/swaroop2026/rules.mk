# Swaroop 2026, "Latent Algorithmic Structure Precedes Grokking" — the experiment graph.
# Runs: one per label-noise level, defined by $(SWX)/alpha<A>.args; shared data
# and training flags in data.args and train.args.
SW  := data/$(PROFILE)/swaroop2026
SWX := experiments/swaroop2026/$(PROFILE)
SW_ALPHAS := $(sort $(patsubst $(SWX)/alpha%.args,%,$(wildcard $(SWX)/alpha*.args)))
SW_RUNS   := $(SW_ALPHAS:%=$(SW)/alpha%)

# dataset of one run: the common split plus its label noise
$(SW)/alpha%/data.npz: $(SWX)/data.args $(SWX)/alpha%.args $(STAMP)/datagen
	@mkdir -p $(@D)
	bin/datagen @$(SWX)/data.args @$(SWX)/alpha$*.args -o $@

# training: final model, saturation checkpoint and log in one go; resumable
# from state.npz when interrupted (rerun make to continue)
$(SW)/alpha%/model.npz $(SW)/alpha%/saturation.npz $(SW)/alpha%/log.tsv: \
		$(SW)/alpha%/data.npz $(SWX)/train.args $(STAMP)/train
	bin/train @$(SWX)/train.args --data $< --state $(@D)/state.npz \
	  --checkpoint-out $(@D)/saturation.npz --log $(@D)/log.tsv -o $(@D)/model.npz 2>&1 \
	  | tee $(@D)/train.out >&2

.PHONY: swaroop2026-train
swaroop2026-train: $(SW_RUNS:%=%/model.npz)
