# Li et al. 2025, quick profile: small moduli (NN-3 p = 11, NN-4 p = 7,
# NN-5 p = 5, Morwani p = 11) so that every figure renders in a minute.
LI_THEORY    := 11:2,11:3,7:4,5:5
LI_CONSTRUCT := 7:4
LI_EVERY_nn3 := 100
LI_EVERY_nn4 := 100
LI_EVERY_nn5 := 100
LI_EVERY_morwani := 100
