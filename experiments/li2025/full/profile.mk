# Li et al. 2025, full profile: the theory table of experiments/li2025/README.md
# §5.3 (every configuration of the paper and of Morwani et al.), NN-4's
# construction, and margin series at every checkpoint of the Morwani run but at
# the final step alone of NN-4 and NN-5 (each evaluation passes over all p^k
# tuples, up to 6.4 million, in double precision)
LI_THEORY    := 71:2,97:3,47:4,23:5,31:4,61:3,17:5,97:2,31:3,11:4,5:5
LI_CONSTRUCT := 47:4
LI_EVERY_nn3 := 20000
LI_EVERY_nn4 := 100000
LI_EVERY_nn5 := 100000
LI_EVERY_morwani := 500
