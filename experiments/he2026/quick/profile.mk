# He et al. 2026, quick profile: our own seeded initial weights (mkinit,
# rN.init.args) and checkpoints that exist in the shortened runs.
HE_INIT := mkinit
HE_SPLIT_DEPS :=
HE_F9_LAST    := 2000
HE_F10_LAST   := 2000
HE_F12_STEPS  := 0,1000,2000
HE_F13A_STEPS := 0,2000
HE_F13B_LAST  := 2000
HE_F14_LAST   := 4000
HE_F15_STEP   := 2000
HE_F16_STEPS  := 0,1000,2000
HE_F17_STEPS  := 0,2000,4000
HE_F21_MARK   := 1000
HE_F22_STEPS  := 0,1000
HE_LEAK_STEPS := 1000 2000
