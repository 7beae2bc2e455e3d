# He et al. 2026, quick profile: our own seeded initial weights (mkinit,
# rN.init.args) and checkpoints that exist in the shortened runs.
HE_INIT := mkinit
HE_SPLIT_DEPS :=
HE_LAST_f09   := 2000
HE_LAST_f10   := 2000
HE_STEPS_f12  := 0,1000,2000
HE_STEPS_f13a := 0,2000
HE_LAST_f13b  := 2000
HE_LAST_f14   := 4000
HE_STEP_f15   := 2000
HE_STEPS_f16  := 0,1000,2000
HE_STEPS_f17  := 0,2000,4000
HE_MARK_f21   := 1000
HE_STEPS_f22  := 0,1000
HE_LEAK_STEPS := 1000 2000
