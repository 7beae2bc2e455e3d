# He et al. 2026 — the figures (figures/$(PROFILE)/he2026/NAME.pdf from
# figures/he2026/NAME.gp and the tables it reads; README §6), the
# numbers the report quotes ($(HE)/numbers.tsv) and the report's macros and
# tables (paper/generated/$(PROFILE)/he2026-*.tex). Included by rules.mk
# (HE, HEX, HE_RUNS and the checkpoint choices of profile.mk).
HE_FIG   := figures/$(PROFILE)/he2026
HE_GP    := figures/he2026
HE_SH    := experiments/he2026
HE_STYLE := figures/style.gp figures/columns.gp $(HE_GP)/common.gp

# ------------------------------------------------------------------ figures
$(HE_FIG)/f01.pdf $(HE_FIG)/f02.pdf $(HE_FIG)/f18.pdf: $(HE_FIG)/%.pdf: $(HE_GP)/%.gp $(HE_STYLE)
	$(call plot,x=0)
# figures of one table, data= (the figure's .tsv prerequisite); those of one neuron's phases draw them up
# to the profile's last step (last=, HE_LAST_<figure>)
HE_DATA_FIGS := f03 f03b f04 f09 f10 f11 f13b f19 f20 f24
$(HE_DATA_FIGS:%=$(HE_FIG)/%.pdf): $(HE_FIG)/%.pdf: $(HE_GP)/%.gp $(HE_STYLE)
	$(call plot,data='$(filter %.tsv,$^)'$(if $(HE_LAST_$*),; last=$(HE_LAST_$*)))
$(HE_FIG)/f03.pdf: $(HE_GP)/heatmap.gp $(HE)/r1/f3_dft.tsv
$(HE_FIG)/f03b.pdf: $(HE_GP)/heatmap.gp $(HE)/r1/f3_raw.tsv
$(HE_FIG)/f04.pdf: $(HE)/r1/f4_lines.tsv
$(HE_FIG)/f09.pdf: $(HE_GP)/neuron_phase.gp $(HE)/r4/neuron1.tsv $(HEX)/profile.mk
$(HE_FIG)/f10.pdf: $(HE)/r3/neuron40.tsv $(HEX)/profile.mk
$(HE_FIG)/f11.pdf: $(HE)/contour.tsv
$(HE_FIG)/f13b.pdf: $(HE_GP)/neuron_phase.gp $(HE)/r5/neuron10.tsv $(HEX)/profile.mk
$(HE_FIG)/f19.pdf: $(HE_GP)/logits4.gp $(HE)/freqdiv_logits.tsv
$(HE_FIG)/f20.pdf: $(HE_GP)/logits4.gp $(HE)/phasediv_logits.tsv
$(HE_FIG)/f24.pdf: $(HE_GP)/ode.gp $(HE)/ode2_flow.tsv
# the heat maps (rules.mk's HE_HEATMAPS, named after their figure) at the figure's steps
he_heatmap = $(filter %/$1.tsv,$(HE_HEATMAPS))
$(HE_FIG)/f12.pdf $(HE_FIG)/f13a.pdf $(HE_FIG)/f17.pdf $(HE_FIG)/f22.pdf: $(HE_FIG)/%.pdf: $(HE_GP)/%.gp $(HE_GP)/heatmap.gp \
		$(HE_STYLE) $$(call he_heatmap,$$*)
	$(call plot,data='$(call he_heatmap,$*)'; steps='$(call he_words,$(HE_STEPS_$*))')
$(HE_FIG)/f05.pdf $(HE_FIG)/f07.pdf: $(HE_FIG)/%.pdf: $(HE_GP)/%.gp $(HE_STYLE) $(HE)/r1/neurons.tsv $(HE)/r1/summary.tsv
	$(call plot,neurons='$(HE)/r1/neurons.tsv'; summary='$(HE)/r1/summary.tsv')
$(HE_FIG)/f06.pdf: $(HE_GP)/f06.gp $(HE_STYLE) $(HE)/r1/neurons.tsv
	$(call plot,neurons='$(HE)/r1/neurons.tsv'; k=3)
$(HE_FIG)/f08.pdf: $(HE_GP)/f08.gp $(HE_STYLE) $(HE)/r1/logits_x0.tsv $(HE)/r1/swap_square.tsv
	$(call plot,data='$(HE)/r1/logits_x0.tsv'; summary='$(HE)/r1/swap_square.tsv')
$(HE_FIG)/f14.pdf: $(HE_GP)/f14.gp $(HE_STYLE) $(addprefix $(HE)/r2/,log.tsv accuracy.tsv series.tsv) $(HEX)/profile.mk
	$(call plot,dir='$(HE)/r2'; last=$(HE_LAST_f14))
$(HE_FIG)/f15.pdf: $(HE_GP)/f15.gp $(HE_GP)/pairgrid.gp $(HE_STYLE) $(HE)/r2/pairs_$(HE_STEP_f15).tsv
	$(call plot,data='$(HE)/r2/pairs_$(HE_STEP_f15).tsv'; step=$(HE_STEP_f15))
HE_F16_FILES := $(foreach s,$(call he_words,$(HE_STEPS_f16)),$(HE)/r2/pairs_$(s).tsv)
$(HE_FIG)/f16.pdf: $(HE_GP)/f16.gp $(HE_GP)/pairgrid.gp $(HE_STYLE) $(HE_F16_FILES)
	$(call plot,d0='$(word 1,$(HE_F16_FILES))'; d1='$(word 2,$(HE_F16_FILES))'; d2='$(word 3,$(HE_F16_FILES))'; steps='$(call he_words,$(HE_STEPS_f16))')
$(HE_FIG)/f21.pdf: $(HE_GP)/f21.gp $(HE_STYLE) $(HE)/r6/log.tsv $(HE)/r6/series.tsv $(HEX)/profile.mk
	$(call plot,dir='$(HE)/r6'; mark=$(HE_MARK_f21))
$(HE_FIG)/f23.pdf: $(HE_GP)/f23.gp $(HE_GP)/ode.gp $(HE_STYLE) $(HE)/ode1_flow.tsv
	$(call plot,data='$(HE)/ode1_flow.tsv'; vline=500)
$(HE_FIG)/losses.pdf: $(HE_GP)/losses.gp $(HE_STYLE) $(foreach r,$(HE_RUNS),$(HE)/$(r)/log.tsv $(HE)/$(r)/authors.tsv)
	$(call plot,dir='$(HE)')

# ------------------------------------------------------------------ numbers and report inputs
$(HE)/numbers.tsv: $(HE_SH)/numbers.sh $(HEX)/profile.mk $(HE_NUMBER_INPUTS)
	sh $< $(HE) $(HE_LAST_f10) $(HE_LAST_f09) $(HE_LAST_f13b) $(HE_MARK_f21) $(HE_LEAK_STEPS) > $(tmp) $(commit)

# the report's tables and the checks (tables.awk, part= the table's name)
HE_PAPER := $(HE_SH)/paper-values.tsv
HE_TABLE_INPUTS := kind=numbers $(HE)/numbers.tsv kind=paper $(HE_PAPER) kind=rows $(HE_SH)/headline.tsv kind=checks $(HE_SH)/checks.tsv
HE_TABLE_DEPS := $(HE_SH)/tables.awk $(AWK_LIB_DEPS) $(filter-out kind=%,$(HE_TABLE_INPUTS))
HE_TABLES := $(foreach t,checks headline t1 t2 t3 t4,$(GEN)/he2026-$(t).tex)
$(HE_TABLES): $(GEN)/he2026-%.tex: $(HE_TABLE_DEPS) | $(GEN)
	$(AWK_LIB) $< part=$* $(HE_TABLE_INPUTS) > $(tmp) $(commit)
$(GEN)/he2026-numbers.tex: $(HE_TABLE_DEPS) $(TEX_MACROS_DEPS) $(HE)/config.tsv $(HEX)/profile.mk | $(GEN)
	{ $(AWK_LIB) $< part=checks-macros $(HE_TABLE_INPUTS); \
	  printf 'StepsFTwelve\t%s\nStepsFThirteenA\t%s\nStepsFSeventeen\t%s\nStepsFSixteen\t%s\nStepsFTwentyTwo\t%s\nStepFFifteen\t%s\nInit\t%s\n' \
	    '$(HE_STEPS_f12)' '$(HE_STEPS_f13a)' '$(HE_STEPS_f17)' '$(HE_STEPS_f16)' '$(HE_STEPS_f22)' '$(HE_STEP_f15)' '$(HE_INIT)'; } \
	| $(TEX_MACROS) prefix=He kind=numbers $(HE)/numbers.tsv prefix=HePaper kind=paper $(HE_PAPER) \
	    prefix=HeArg kind=config $(HE)/config.tsv prefix=He kind=latex - > $(tmp) $(commit)

# ------------------------------------------------------------------ lists
FIGURES_he2026 := $(patsubst $(HE_GP)/%.gp,$(HE_FIG)/%.pdf,$(wildcard $(HE_GP)/f[0-9]*.gp)) \
  $(if $(filter fixtures,$(HE_INIT)),$(HE_FIG)/losses.pdf)
TEX_he2026     := $(GEN)/he2026-numbers.tex $(HE_TABLES)
