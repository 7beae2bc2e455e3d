# Li et al. 2025, full profile: the theory table is the spec's §4.4 (every
# configuration of the paper and of Morwani et al.), the construction drawn
# is NN-4's (p = 47, k = 4), and the margin series read every checkpoint of
# the Morwani run and the NN runs' checkpoints at multiples of 5000 steps
# (each evaluation of an NN network passes over all p^k tuples).
LI_THEORY    := 71:2,97:3,47:4,23:5,31:4,61:3,17:5,97:2,31:3,11:4,5:5
LI_CONSTRUCT := 47:4
LI_EVERY_nn3 := 5000
LI_EVERY_nn4 := 5000
LI_EVERY_nn5 := 5000
LI_EVERY_morwani := 500
