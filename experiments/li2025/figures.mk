# Li et al. 2025 — the figures (figNN the paper's, xN ours), the numbers the
# report quotes and its tables. Included by rules.mk.
LI_FIG := figures/$(PROFILE)/li2025
LI_GP  := figures/li2025
LI_SH  := experiments/li2025
LI_STYLE := figures/style.gp figures/columns.gp $(LI_GP)/common.gp
# $(call li_waves,RUN,LABEL), $(call li_hist,RUN,LABEL,INIT): the weights
# (waves.gp) and the histograms (hist.gp) of a run; INIT is init- where the
# run has a trajectory, whose step 0 panel (b) draws
li_waves = $(call plot,data='$(LI)/$1/waves.tsv'; label='$2')
li_hist  = $(call plot,summary='$(LI)/$1/summary.tsv'; final='$(LI)/$1/neurons.tsv'; init='$(LI)/$1/$3neurons.tsv'; label='$2')
li_hist_inputs = $(addprefix $(LI)/$1/,neurons.tsv init-neurons.tsv summary.tsv)
# the paper's name of the run nnK or tfK: NN-K or TF-K (k = K)
li_name = $(subst nn,NN-,$(subst tf,TF-,$1)) (k = $(subst nn,,$(subst tf,,$1)))
# the run that the paper's figure figNN ($*) draws (Fig. 4: the grokking runs)
li_run = $(word $(*:fig%=%),nn4 nn4 tf4 - nn3 nn3 nn5 nn5 tf3 tf5)

# the paper's figures: weights (1, 5, 7) and histograms (2, 6, 8) of NN-4, NN-3, NN-5
$(LI_FIG)/fig01.pdf $(LI_FIG)/fig05.pdf $(LI_FIG)/fig07.pdf: $(LI_FIG)/%.pdf: $(LI_GP)/waves.gp $(LI_STYLE) $(LI)/$$(li_run)/waves.tsv
	$(call li_waves,$(li_run),$(call li_name,$(li_run)): trained weights and their power spectra)
$(LI_FIG)/fig02.pdf $(LI_FIG)/fig06.pdf $(LI_FIG)/fig08.pdf: $(LI_FIG)/%.pdf: $(LI_GP)/hist.gp $(LI_STYLE) $$(call li_hist_inputs,$$(li_run))
	$(call li_hist,$(li_run),$(call li_name,$(li_run)),init-)

# X1: margins over training; X2: the Morwani baseline; X3: the construction
$(LI_FIG)/x1-margin.pdf: $(LI_GP)/margin.gp $(LI_STYLE) $(LI_RUNS:%=$(LI)/%/margin-series.tsv) $(LI_RUNS:%=$(LI)/%/sparsity-series.tsv)
	$(call plot,$(foreach r,$(LI_RUNS),$(r)='$(LI)/$(r)/margin-series.tsv'; s$(r)='$(LI)/$(r)/sparsity-series.tsv';))
$(LI_FIG)/x2-weights.pdf: $(LI_GP)/waves.gp $(LI_STYLE) $(LI)/morwani/waves.tsv
	$(call li_waves,morwani,Morwani baseline k = 2: trained weights and power spectra)
$(LI_FIG)/x2-hist.pdf: $(LI_GP)/hist.gp $(LI_STYLE) $(call li_hist_inputs,morwani)
	$(call li_hist,morwani,Morwani baseline k = 2,init-)
$(LI_FIG)/x2-margin.pdf: $(LI_GP)/morwani-margin.gp $(LI_STYLE) $(LI)/morwani/margin-series.tsv $(LI)/morwani/log.tsv
	$(call plot,series='$(LI)/morwani/margin-series.tsv'; log='$(LI)/morwani/log.tsv')
$(LI_FIG)/x3-weights.pdf: $(LI_GP)/waves.gp $(LI_STYLE) $(LI)/construct/waves.tsv
	$(call li_waves,construct,Max-margin construction p:k = $(LI_CONSTRUCT): weights and power spectra)
$(LI_FIG)/x3-hist.pdf: $(LI_GP)/hist.gp $(LI_STYLE) $(LI)/construct/neurons.tsv $(LI)/construct/summary.tsv
	$(call li_hist,construct,Max-margin construction p:k = $(LI_CONSTRUCT): (b) and (c) both show it,)

# X4 (companion to Figs 2c, 6c, 8c) and X5 (dormant neurons): the secondary
# one-sparse measures of NN-3, NN-4, NN-5, not the paper's measure
li_x_args = $(foreach i,1 2 3,$1$(i)='$(LI)/$(word $(i),$(LI_NN_RUNS))/$2';)
li_x_labels = $(foreach i,1 2 3,t$(i)='$(call li_name,$(word $(i),$(LI_NN_RUNS)))';)
$(LI_FIG)/x4-weighted-hist.pdf: $(LI_GP)/weighted-hist.gp $(LI_STYLE) $(LI_NN_RUNS:%=$(LI)/%/power-hist.tsv) $(LI_NN_RUNS:%=$(LI)/%/summary.tsv)
	$(call plot,$(call li_x_args,h,power-hist.tsv) $(call li_x_args,s,summary.tsv) $(li_x_labels))
$(LI_FIG)/x5-dormant.pdf: $(LI_GP)/dormant.gp $(LI_STYLE) $(foreach r,$(LI_NN_RUNS),$(addprefix $(LI)/$(r)/,neurons.tsv summary.tsv sparsity-series.tsv))
	$(call plot,$(call li_x_args,n,neurons.tsv) $(call li_x_args,s,summary.tsv) $(call li_x_args,q,sparsity-series.tsv) $(li_x_labels))

# transformers: W^KQ heat maps (Figs 3, 9, 10 of TF-4, TF-3, TF-5, and beside
# them the equals-sequence variants' x6-tfK-equals.pdf) and grokking (Fig. 4)
$(LI_FIG)/fig03.pdf $(LI_FIG)/fig09.pdf $(LI_FIG)/fig10.pdf: $(LI_FIG)/%.pdf: $(LI_GP)/attn.gp $(LI_STYLE) $(LI)/$$(li_run)/heads.tsv
	$(call plot,data='$(LI)/$(li_run)/heads.tsv'; label='$(call li_name,$(li_run)): W^{KQ} in token coordinates and its 2-D power')
$(LI_FIG)/x6-tf%-equals.pdf: $(LI_GP)/attn.gp $(LI_STYLE) $(LI)/tf%-eq/heads.tsv
	$(call plot,data='$(LI)/tf$*-eq/heads.tsv'; label='$(call li_name,tf$*) on the equals sequence (variant): W^{KQ} and its 2-D power')
# Fig. 4's panels name k and p as the datasets hold them (grok.gp reads their meta.txt)
$(LI_FIG)/fig04.pdf: $(LI_GP)/grok.gp $(LI_STYLE) $(LI_GROK_KS:%=$(LI)/grok-g%.tsv) $(LI_GROK_KS:%=$(LI)/data-g%.npz)
	$(call plot,$(foreach k,$(LI_GROK_KS),g$(k)='$(LI)/grok-g$(k).tsv'; d$(k)='$(LI)/data-g$(k).npz';))

# numbers.tsv: the k-input networks, the baseline and the theory;
# numbers-tf.tsv: the transformers; the settings they quote from config/
$(LI)/numbers.tsv: $(LI_SH)/numbers.sh $(foreach r,$(LI_RUNS) nn4-decay,$(addprefix $(LI)/$(r)/,summary.tsv init-summary.tsv margin.tsv log.tsv)) \
  $(foreach r,$(LI_NN_SEED_RUNS),$(LI)/$(r)/summary.tsv $(LI)/$(r)/log.tsv) $(addprefix $(LI)/construct/,summary.tsv margin.tsv) \
  $(LI)/theory.tsv $(foreach r,$(LI_NN_RUNS),$(LI)/config/$(r).tsv $(LI)/config/data-$(r).tsv) $(LI)/config/nn4-decay.tsv
	sh $< $(LI) nn "$(LI_RUNS) nn4-decay" "nn3 $(LI_NN_SEED_RUNS)" > $(tmp) $(commit)
$(LI)/numbers-tf.tsv: $(LI_SH)/numbers.sh $(LI_SH)/attn-stats.awk $(foreach r,$(LI_TF_RUNS) $(LI_TF_EQ_RUNS) $(LI_TF_INIT_RUNS),$(LI)/$(r)/attn-summary.tsv $(LI)/$(r)/log.tsv) \
  $(LI)/grok-delay.tsv $(LI_GROK_RUNS:%=$(LI)/%/log.tsv) $(foreach r,$(LI_TF_RUNS),$(LI)/config/$(r).tsv $(LI)/config/data-$(r).tsv) $(LI_GROK_KS:%=$(LI)/config/g%.tsv)
	sh $< $(LI) tf "$(LI_TF_RUNS)" "$(LI_GROK_RUNS)" > $(tmp) $(commit)
# the macros, and the tables: every head of TF-3, TF-4, TF-5 (top-4 share,
# strongest bin, the 2-D cosine fit) and the theory table
$(GEN)/li2025-numbers.tex: $(LI)/numbers.tsv
$(GEN)/li2025-tf-numbers.tex: $(LI)/numbers-tf.tsv
$(GEN)/li2025-numbers.tex $(GEN)/li2025-tf-numbers.tex: $(TEX_MACROS_DEPS) | $(GEN)
	$(TEX_MACROS) prefix=Li kind=latex $(filter %.tsv,$^) > $(tmp) $(commit)
$(GEN)/li2025-attn.tex: $(foreach r,$(LI_TF_RUNS),$(LI)/config/data-$(r).tsv $(LI)/$(r)/attn-summary.tsv)
$(GEN)/li2025-theory.tex: $(LI)/theory.tsv
$(GEN)/li2025-attn.tex $(GEN)/li2025-theory.tex: $(GEN)/li2025-%.tex: $(LI_SH)/tex-%.awk $(AWK_LIB_DEPS) | $(GEN)
	$(AWK_LIB) $< $(filter %.tsv,$^) > $(tmp) $(commit)

FIGURES_li2025 := $(patsubst %,$(LI_FIG)/%.pdf,fig01 fig02 fig03 fig04 fig05 fig06 fig07 fig08 fig09 fig10 x1-margin x2-weights x2-hist \
  x2-margin x3-weights x3-hist x4-weighted-hist x5-dormant x6-tf3-equals x6-tf4-equals x6-tf5-equals)
TEX_li2025     := $(addprefix $(GEN)/li2025-,numbers.tex tf-numbers.tex theory.tex attn.tex)
# the k-input networks, the baseline and the construction alone (no transformer run)
LI_NN_FIGURES := $(filter-out $(LI_FIG)/fig03.pdf $(LI_FIG)/fig04.pdf $(LI_FIG)/fig09.pdf $(LI_FIG)/fig10.pdf $(LI_FIG)/x6-%,$(FIGURES_li2025))
# the longest trainings first, so that make -j2 starts them before the short
# ones: NN-5 and NN-4 with their margin series are the critical path, TF-5
# (60,000 steps) the longest transformer run. A run whose dataset is still being
# generated when make reaches it waits for make's next pass, so that NN-5 may
# start after shorter runs (from an empty data directory: at 24 minutes, after NN-3)
LONGEST_li2025 := $(addprefix $(LI)/,nn5 nn4 nn3 tf5)
.PHONY: li2025-nn
li2025-nn: $(LI_NN_FIGURES) $(GEN)/li2025-numbers.tex $(GEN)/li2025-theory.tex
