# Swaroop 2026 — figures, assembled tables and the numbers the report quotes.
# Included by rules.mk (which defines SW, SWX, the runs and their lists).
#
#   figures/$(PROFILE)/swaroop2026/fig1.pdf … fig5.pdf   the paper's five figures
#   figures/$(PROFILE)/swaroop2026/latent.pdf, seeds.pdf  the trace and the seed study
#   $(SW)/noise.tsv, table2*.tsv, seeds.tsv, seed-stats.tsv, numbers.tsv   paper-level data
#   paper/generated/$(PROFILE)/swaroop2026-*.tex        tables and macros for the report
#
# The lists at the end (FIGURES_swaroop2026, TEX_swaroop2026) are what the
# top-level `figures` target and paper/paper.mk build on (common.mk). A run's
# label noise (and seed) comes from its data.npz (npz-meta.sh), not from its name.

SW_FIG   := figures/$(PROFILE)/swaroop2026
SW_GP    := figures/swaroop2026
SW_SH    := experiments/swaroop2026
SW_PAPER := $(SW_SH)/paper-values.tsv
SW_META  := sh $(SW_SH)/npz-meta.sh
SW_STYLE := figures/style.gp figures/columns.gp
# the runs of the paper's Table 2 and Fig. 5 (Table 2's levels but 0.25)
SW_T2_RUNS   := $(SW_T2_ALPHAS:%=$(SW)/alpha%)
SW_FIG5_RUNS := $(filter-out $(SW)/alpha0.25,$(SW_T2_RUNS))
# the runs that the traces retrace, and the seed study's runs (seed 0 is the run alpha<A>)
SW_TRACED    := $(SW_TRACES:$(SW)/trace%=$(SW)/alpha%)
SW_SEED_TABLE := $(foreach a,$(SW_SEED_ALPHAS),$(SW)/alpha$(a) $(filter $(SW)/seeds/alpha$(a)-s%,$(SW_SEED_RUNS)))
# the structured threshold on per(W_a), in a recipe
sw_structured = $(call sw_setting,$(SW_CONFIG)/spectrum.tsv,structured)

# ------------------------------------------------------------------ data
# six structured neurons of the clean model beside their ideal square waves
$(SW_CLEAN)/waves.tsv: $(SW_CLEAN)/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(call sw_spectrum,--waves 6)

# Per-run tables (run-table.sh: one row per run, NAME=SOURCE:KEY per column). noise.tsv:
# accuracy, periodicity, neuron groups, r, r', steps, and the paper's values beside them
SW_RUN_TABLE := sh $(SW_SH)/run-table.sh
SW_RUN_TABLE_DEPS := $(SW_SH)/run-table.sh $(SW_SH)/npz-meta.sh
SW_ALPHA_COLUMN := alpha=data.npz:--label-noise
SW_NOISE_COLUMNS := $(SW_ALPHA_COLUMN) real=extract.tsv:real mean_per=summary.tsv:mean_periodicity \
  $(foreach k,neurons structured unstructured between r_all r_structured,$k=summary.tsv:$k) \
  steps=model.npz:step sat_step=saturation.npz:step stopped=model.npz:stopped \
  paper_real=paper:table2.final.real paper_r=paper:fig5.r paper_rprime=paper:fig5.rprime \
  r_all_own=summary.tsv:r_all_own r_structured_own=summary.tsv:r_structured_own
$(SW)/noise.tsv: $(SW_RUN_TABLE_DEPS) $(SW_PAPER) \
		$(foreach r,$(SW_RUNS),$(r)/data.npz $(r)/extract.tsv $(r)/summary.tsv $(r)/model.npz $(r)/saturation.npz)
	$(SW_RUN_TABLE) -p $(SW_PAPER) "$(SW_NOISE_COLUMNS)" $(SW_RUNS) > $(tmp) $(commit)

# Table 2: validation accuracy of the trained model (real) and of its three
# extractions (sq_sq sq_cos cos_cos), at the final checkpoint and at saturation
# (sat_*), from the idealize outputs $1 and $2; table2_amp, table2_own: the variants (rules.mk)
sw_t2_columns = $(foreach k,real sq_sq sq_cos cos_cos,$k=$1:$k) $(foreach k,real sq_sq sq_cos cos_cos,sat_$k=$2:$k)
$(SW)/table2.tsv $(SW)/table2_amp.tsv $(SW)/table2_own.tsv: $(SW)/table2%.tsv: $(SW_RUN_TABLE_DEPS) \
		$(foreach r,$(SW_T2_RUNS),$(r)/data.npz $(r)/extract%.tsv $(r)/extract_sat%.tsv)
	$(SW_RUN_TABLE) "$(SW_ALPHA_COLUMN) $(call sw_t2_columns,extract$*.tsv,extract_sat$*.tsv)" $(SW_T2_RUNS) > $(tmp) $(commit)

# the seed study (rules.mk): Table 2's columns for every seed of each
# alpha in SW_SEED_ALPHAS, and their mean and SD over seeds
$(SW)/seeds.tsv: $(SW_RUN_TABLE_DEPS) $(foreach r,$(SW_SEED_TABLE),$(r)/data.npz $(r)/extract.tsv $(r)/extract_sat.tsv)
	$(SW_RUN_TABLE) "$(SW_ALPHA_COLUMN) seed=data.npz:--seed $(call sw_t2_columns,extract.tsv,extract_sat.tsv)" $(SW_SEED_TABLE) > $(tmp) $(commit)
$(SW)/seed-stats.tsv: $(SW_SH)/seed-stats.awk $(SW)/seeds.tsv
	awk -f $< $(SW)/seeds.tsv > $(tmp) $(commit)

# every paper-level number of ours, keyed like paper-values.tsv, from the
# inputs KIND=FILE (numbers.awk reads FILE as kind=KIND)
SW_NUMBERS_INPUTS := summary=$(SW_CLEAN)/summary.tsv summary_sat=$(SW_CLEAN)/summary_sat.tsv \
  ablate=$(SW_CLEAN)/ablate_unstructured.tsv noise=$(SW)/noise.tsv table2=$(SW)/table2.tsv table2_own=$(SW)/table2_own.tsv \
  table1=$(SW)/table1.tsv seeds=$(SW)/seed-stats.tsv control.init=$(SW)/control-init/extract.tsv \
  control.random=$(SW)/control-random/extract.tsv control.random_sat=$(SW)/control-random/extract_sat.tsv paper=$(SW_PAPER)
$(SW)/numbers.tsv: $(SW_SH)/numbers.awk $(AWK_LIB_DEPS) $(SW_CONFIG)/data.tsv $(SW_CONFIG)/table1.tsv \
		$(foreach i,$(SW_NUMBERS_INPUTS),$(lastword $(subst =, ,$i)))
	$(AWK_LIB) $< p=$(call sw_setting,$(SW_CONFIG)/data.tsv,p) p1=$(call sw_setting,$(SW_CONFIG)/table1.tsv,p) \
	  $(foreach i,$(SW_NUMBERS_INPUTS),kind=$(subst =, ,$i)) > $(tmp) $(commit)

# the faithful run at the largest noise level and the long run on its data (rules.mk)
$(SW)/long-numbers.tsv: $(SW_SH)/long-numbers.awk $(SW_HIGH)/log.tsv $(SW_LONG)/log.tsv $(SW_LONG)/extract.tsv $(SW_LONG)/summary.tsv
	awk -F'\t' -f $< kind=high $(SW_HIGH)/log.tsv kind=long $(SW_LONG)/log.tsv \
	  kind=extract $(SW_LONG)/extract.tsv kind=summary $(SW_LONG)/summary.tsv > $(tmp) $(commit)
# each trace (rules.mk): its label noise and checkpoint interval from its data
$(SW)/trace%/numbers.tsv: $(SW_SH)/trace-numbers.awk $(SW_SH)/npz-meta.sh \
		$(SW)/trace%/extract-series.tsv $(SW)/trace%/log.tsv $(SW)/trace%/traj.npz $(SW)/alpha%/data.npz
	awk -F'\t' -f $< alpha=$$($(SW_META) --label-noise $(SW)/alpha$*/data.npz) \
	  every=$$($(SW_META) --trajectory-every $(@D)/traj.npz) \
	  kind=series $(@D)/extract-series.tsv kind=log $(@D)/log.tsv > $(tmp) $(commit)

# ------------------------------------------------------------------ figures
# Fig. 1 and Fig. 2: W_a and W_b of six structured neurons of the clean model (fig2.gp loads fig1.gp)
$(SW_FIG)/fig1.pdf $(SW_FIG)/fig2.pdf: $(SW_FIG)/%.pdf: $(SW_GP)/%.gp $(SW_GP)/fig1.gp $(SW_STYLE) $(SW_CLEAN)/waves.tsv
	$(call plot,data='$(SW_CLEAN)/waves.tsv')
# Fig. 3: accuracy and periodicity against the label noise
$(SW_FIG)/fig3.pdf: $(SW_GP)/fig3.gp $(SW_STYLE) $(SW)/noise.tsv
	$(call plot,data='$(SW)/noise.tsv')
# Fig. 4: the phase sum of the clean model
$(SW_FIG)/fig4.pdf: $(SW_GP)/fig4.gp $(SW_STYLE) $(SW_CLEAN)/neurons.tsv $(SW_CLEAN)/summary.tsv $(SW_CONFIG)/spectrum.tsv
	$(call plot,neurons='$(SW_CLEAN)/neurons.tsv'; summary='$(SW_CLEAN)/summary.tsv'; \
	  thr=$(sw_structured))
# Fig. 5: the phase sum at the paper's six noise levels
$(SW_FIG)/fig5.pdf: $(SW_GP)/fig5.gp $(SW_STYLE) $(SW_CONFIG)/spectrum.tsv $(SW_SH)/npz-meta.sh \
		$(foreach r,$(SW_FIG5_RUNS),$(r)/data.npz $(r)/neurons.tsv $(r)/summary.tsv)
	$(call plot,neurons='$(SW_FIG5_RUNS:%=%/neurons.tsv)'; summaries='$(SW_FIG5_RUNS:%=%/summary.tsv)'; \
	  alphas='$$($(SW_META) --label-noise $(SW_FIG5_RUNS:%=%/data.npz))'; thr=$(sw_structured))
# supplementary: the extraction over training, one panel per trace
$(SW_FIG)/latent.pdf: $(SW_GP)/latent.gp $(SW_STYLE) $(SW_SH)/npz-meta.sh $(SW_TRACED:%=%/data.npz) $(SW_TRACED:%=%/saturation.npz) \
		$(foreach t,$(SW_TRACES),$(t)/extract-series.tsv $(t)/extract-series-own.tsv $(t)/log.tsv)
	$(call plot,series='$(SW_TRACES:%=%/extract-series.tsv)'; own='$(SW_TRACES:%=%/extract-series-own.tsv)'; \
	  logs='$(SW_TRACES:%=%/log.tsv)'; alphas='$$($(SW_META) --label-noise $(SW_TRACED:%=%/data.npz))'; \
	  sats='$$($(SW_META) step $(SW_TRACED:%=%/saturation.npz))')
# supplementary: Table 2 over seeds
$(SW_FIG)/seeds.pdf: $(SW_GP)/seeds.gp $(SW_STYLE) $(SW)/seeds.tsv $(SW)/seed-stats.tsv $(SW_PAPER)
	$(call plot,seeds='$(SW)/seeds.tsv'; stats='$(SW)/seed-stats.tsv'; paper='$(SW_PAPER)')

# ------------------------------------------------------------------ report inputs
# macros: ours (numbers.tsv), the paper's (paper-values.tsv), the settings
# of every tool run (config/*.tsv: \SwArgTrain..., \SwArgTableOne...), the
# check verdicts (checks.awk) and Fig. 5's noise levels (\SwFigFiveAlphas)
SW_ARG_MACROS := prefix=SwArgTrain kind=config $(SW_CONFIG)/train.tsv prefix=SwArgData kind=config $(SW_CONFIG)/data.tsv \
  prefix=SwArgSpectrum kind=config $(SW_CONFIG)/spectrum.tsv prefix=SwArgAblate kind=config $(SW_CONFIG)/ablate.tsv \
  prefix=SwArgTableOne kind=config $(SW_CONFIG)/table1.tsv
SW_CHECKS_INPUTS := kind=numbers $(SW)/numbers.tsv kind=paper $(SW_PAPER) kind=checks $(SW_SH)/checks.tsv
$(GEN)/swaroop2026-numbers.tex: $(SW_SH)/checks.awk $(TEX_MACROS_DEPS) $(SW_SH)/npz-meta.sh $(filter-out kind=%,$(SW_CHECKS_INPUTS)) \
		$(SW_FIG5_RUNS:%=%/data.npz) $(filter %.tsv,$(SW_ARG_MACROS)) | $(GEN)
	{ printf 'fig5.alphas\t%s\n' "$$($(SW_META) --label-noise $(SW_FIG5_RUNS:%=%/data.npz) | sed 's/ /, /g')" | \
	    $(TEX_MACROS) prefix=Sw kind=numbers $(SW)/numbers.tsv prefix=SwPaper kind=scalars $(SW_PAPER) $(SW_ARG_MACROS) \
	      prefix=Sw kind=paper -; \
	  $(AWK_LIB) $< part=macros $(SW_CHECKS_INPUTS); } > $(tmp) $(commit)
$(GEN)/swaroop2026-checks.tex: $(SW_SH)/checks.awk $(AWK_LIB_DEPS) $(filter-out kind=%,$(SW_CHECKS_INPUTS)) | $(GEN)
	$(AWK_LIB) $< $(SW_CHECKS_INPUTS) > $(tmp) $(commit)
$(GEN)/swaroop2026-table1.tex: $(SW_SH)/tex-table1.awk $(AWK_LIB_DEPS) $(SW)/table1.tsv $(SW_PAPER) $(SW_CONFIG)/table1.tsv | $(GEN)
	$(AWK_LIB) $< p=$(call sw_setting,$(SW_CONFIG)/table1.tsv,p) kind=paper $(SW_PAPER) kind=ours $(SW)/table1.tsv > $(tmp) $(commit)
# Table 2 and its variants: $1 labels our rows
sw_tex_table2 = $(AWK_LIB) $< label='$1' kind=paper $(SW_PAPER) kind=ours $(word 2,$^) > $(tmp) $(commit)
$(GEN)/swaroop2026-table2.tex: $(SW_SH)/tex-table2.awk $(SW)/table2.tsv $(AWK_LIB_DEPS) $(SW_PAPER) | $(GEN)
	$(call sw_tex_table2,ours)
$(GEN)/swaroop2026-table2amp.tex: $(SW_SH)/tex-table2.awk $(SW)/table2_amp.tsv $(AWK_LIB_DEPS) $(SW_PAPER) | $(GEN)
	$(call sw_tex_table2,ours (scaled))
$(GEN)/swaroop2026-table2own.tex: $(SW_SH)/tex-table2.awk $(SW)/table2_own.tsv $(AWK_LIB_DEPS) $(SW_PAPER) | $(GEN)
	$(call sw_tex_table2,ours (own bins))
$(GEN)/swaroop2026-seeds.tex: $(SW_SH)/tex-table2.awk $(AWK_LIB_DEPS) $(SW)/seed-stats.tsv $(SW_PAPER) | $(GEN)
	$(AWK_LIB) $< kind=paper $(SW_PAPER) kind=seeds $(SW)/seed-stats.tsv > $(tmp) $(commit)
$(GEN)/swaroop2026-noise.tex: $(SW_SH)/tex-noise.awk $(AWK_LIB_DEPS) $(SW)/noise.tsv | $(GEN)
	$(AWK_LIB) $< $(SW)/noise.tsv > $(tmp) $(commit)
# the long run and the traces: plain key -> macro lists (\SwLongReal, \SwTraceHighMaxSqCos, ...)
$(GEN)/swaroop2026-long.tex: $(SW)/long-numbers.tsv $(TEX_MACROS_DEPS) | $(GEN)
	$(TEX_MACROS) prefix=Sw kind=numbers $< > $(tmp) $(commit)
$(GEN)/swaroop2026-trace.tex: $(SW_TRACES:%=%/numbers.tsv) $(TEX_MACROS_DEPS) | $(GEN)
	$(TEX_MACROS) prefix=Sw kind=numbers $(SW_TRACES:%=%/numbers.tsv) > $(tmp) $(commit)

# ------------------------------------------------------------------ lists
FIGURES_swaroop2026 := $(foreach n,1 2 3 4 5,$(SW_FIG)/fig$(n).pdf) $(SW_FIG)/latent.pdf $(SW_FIG)/seeds.pdf
TEX_swaroop2026     := $(foreach t,numbers checks table1 table2 table2amp table2own seeds noise long trace,$(GEN)/swaroop2026-$(t).tex)
