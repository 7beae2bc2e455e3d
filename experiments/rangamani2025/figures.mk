# Rangamani 2025 — figures (README.md §6), the numbers the report quotes and
# its tables and macros (paper/generated/$(PROFILE)/rangamani2025-*.tex).
# Included by rules.mk (RG, RGX, the runs).
RG_FIG := figures/$(PROFILE)/rangamani2025
RG_GP  := figures/rangamani2025
RG_SH  := experiments/rangamani2025

# ------------------------------------------------------------ figure data
# ablation.tsv by ablated key (ablation_single.tsv, Fig. 5a) and by number of
# ablated frequencies (ablation_multi.tsv, Fig. 5b)
$(RG)/main/ablation_%.tsv: $(RG)/main/ablation.tsv $(RG_SH)/ablation.awk
	awk -F'\t' -v mode=$* -f $(RG_SH)/ablation.awk $< > $(tmp) $(commit)
# sparsity and robustness of every ReLU run (README.md §5.7), picked by their config.tsv
$(RG)/tradeoff.tsv: $(RG_SH)/tradeoff.sh $(foreach r,$(RG_RUNS),$(addprefix $(RG)/$(r)/,config.tsv log.tsv energies.tsv ablation.tsv))
	sh $< $(RG) $(RG_RUNS) > $(tmp) $(commit)

# ------------------------------------------------------------------ figures
# FIG.pdf: figures/rangamani2025/FIG.gp (it loads style.gp, and columns.gp to read a TSV's columns by
# name) on the data below, with data='the last prerequisite' or, where set, the arguments rg_plot_FIG
FIGURES_rangamani2025 := $(patsubst $(RG_GP)/%.gp,$(RG_FIG)/%.pdf,$(wildcard $(RG_GP)/*.gp))
$(FIGURES_rangamani2025): $(RG_FIG)/%.pdf: $(RG_GP)/%.gp figures/style.gp figures/columns.gp
	$(call plot,$(or $(rg_plot_$*),data='$(lastword $^)'))
$(RG_FIG)/fig1.pdf: $(RG_MAIN_RUNS:%=$(RG)/%/log.tsv)
rg_plot_fig1 = dir='$(RG)'
$(RG_FIG)/fig2.pdf: $(RG)/main/energies.tsv
$(RG_FIG)/fig3a.pdf: $(RG)/main/sigma.tsv
$(RG_FIG)/fig3b.pdf: $(RG_VEC_MATS:%=$(RG)/main/vec_%.tsv)
rg_plot_fig3b = dir='$(RG)/main'
$(RG_FIG)/fig4.pdf: $(RG)/main/fmgrid.tsv
$(RG_FIG)/fig5a.pdf: $(RG)/main/ablation_single.tsv
# p (for chance, 1/p) from the model's meta.txt
$(RG_FIG)/fig5b.pdf: $(RG)/main/ablation_multi.tsv $(RG)/main/model.npz
rg_plot_fig5b = data='$(RG)/main/ablation_multi.tsv'; p=$$(unzip -p $(RG)/main/model.npz meta.txt | sed -n 's/^p=//p')
$(RG_FIG)/fig6.pdf: $(RG)/main/neurons.tsv
$(RG_FIG)/fig7.pdf: $(RG)/tradeoff.tsv

# ------------------------------------------------------------------ numbers
$(RG)/numbers.tsv: $(RG_SH)/numbers.sh $(ANALYSES_rangamani2025) $(RG)/tradeoff.tsv
	sh $< $(RG) $(RG_MAIN_RUNS) > $(tmp) $(commit)
# the macros: \Rg<Key> (ours) and \RgPaper<Key> (the paper's), sorted so that their order does not
# hang on awk's order of numbers.tsv's keys; then the checks' tally
$(GEN)/rangamani2025-numbers.tex: $(TEX_MACROS_DEPS) $(RG_SH)/tex.awk $(RG)/numbers.tsv $(RG_SH)/paper-values.tsv $(RG_SH)/checks.tsv | $(GEN)
	{ $(TEX_MACROS) prefix=Rg kind=numbers $(RG)/numbers.tsv prefix=RgPaper kind=paper $(RG_SH)/paper-values.tsv | sort; \
	  $(AWK_LIB) $(RG_SH)/tex.awk part=tally kind=numbers $(RG)/numbers.tsv kind=checks $(RG_SH)/checks.tsv; } > $(tmp) $(commit)
TEX_rangamani2025 := $(addprefix $(GEN)/rangamani2025-,numbers.tex table1.tex table2.tex checks.tex tradeoff.tex)
$(filter-out %-numbers.tex,$(TEX_rangamani2025)): $(GEN)/rangamani2025-%.tex: $(RG_SH)/tex.awk $(AWK_LIB_DEPS) $(RG)/numbers.tsv $(RG_SH)/paper-values.tsv $(RG_SH)/checks.tsv $(RG)/tradeoff.tsv | $(GEN)
	$(AWK_LIB) $< part=$* kind=numbers $(RG)/numbers.tsv kind=paper $(RG_SH)/paper-values.tsv \
	  kind=checks $(RG_SH)/checks.tsv kind=tradeoff $(RG)/tradeoff.tsv > $(tmp) $(commit)
