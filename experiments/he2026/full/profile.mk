# He et al. 2026, full profile: where the runs start and which checkpoints
# the figures read (the paper's choices, experiments/he2026/README.md §6).
# Initial weights: the authors' (checkpoint 0 of each run, in authors/).
HE_INIT := fixtures
HE_SPLIT_DEPS := $(HE_FIX)/r2_grokking_train_mask.npy
HE_LAST_f09   := 7000
HE_LAST_f10   := 7800
HE_STEPS_f12  := 0,1000,5000
HE_STEPS_f13a := 0,5000
HE_LAST_f13b  := 9000
HE_LAST_f14   := 19999
HE_STEP_f15   := 2200
HE_STEPS_f16  := 0,1000,2200
HE_STEPS_f17  := 0,2200,10000
HE_MARK_f21   := 3800
HE_STEPS_f22  := 0,3800
HE_LEAK_STEPS := 5000 10000
