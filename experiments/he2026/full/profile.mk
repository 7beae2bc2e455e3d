# He et al. 2026, full profile: where the runs start and which checkpoints
# the figures read (the paper's choices, experiments/he2026/README.md §6).
# Initial weights: the authors' (checkpoint 0 of each run, in authors/).
HE_INIT := fixtures
HE_SPLIT_DEPS := $(HE_FIX)/r2_grokking_train_mask.npy
HE_F9_LAST    := 7000
HE_F10_LAST   := 7800
HE_F12_STEPS  := 0,1000,5000
HE_F13A_STEPS := 0,5000
HE_F13B_LAST  := 9000
HE_F14_LAST   := 19999
HE_F15_STEP   := 2200
HE_F16_STEPS  := 0,1000,2200
HE_F17_STEPS  := 0,2200,10000
HE_F21_MARK   := 3800
HE_F22_STEPS  := 0,3800
HE_LEAK_STEPS := 5000 10000
