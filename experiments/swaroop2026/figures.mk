# Swaroop 2026 — figures, assembled tables and the numbers the report quotes.
# Included by rules.mk (which defines SW, SWX, SW_ALPHAS and SW_RUNS).
#
#   figures/$(PROFILE)/swaroop2026/fig1.pdf … fig5.pdf   the paper's five figures
#   figures/$(PROFILE)/swaroop2026/latent.pdf, seeds.pdf  the trace and the seed study
#   $(SW)/noise.tsv, table2*.tsv, seeds.tsv, seed-stats.tsv, numbers.tsv   paper-level data
#   paper/generated/$(PROFILE)/swaroop2026-*.tex        tables and macros for the report
#
# Every output is written to a temporary name and renamed when complete. The
# lists at the end (FIGURES, PAPER_SECTIONS, PAPER_INPUTS) are what the
# top-level `figures` target and paper/paper.mk build on.

SW_FIG   := figures/$(PROFILE)/swaroop2026
SW_GP    := figures/swaroop2026
SW_SH    := experiments/swaroop2026
SW_PAPER := $(SW_SH)/paper-values.tsv
SW_GEN   := paper/generated/$(PROFILE)
SW_AWK   := $(AWK_LIB) $(SW_SH)/table2-head.awk -f
SW_STYLE := figures/style.gp
# the paper's rows: Fig. 5 panels and Table 2 noise levels, where we have the run
SW_FIG5_ALPHAS := $(filter 0.00 0.05 0.10 0.15 0.20 0.30,$(SW_ALPHAS))
SW_T2_ALPHAS   := $(filter 0.00 0.05 0.10 0.15 0.20 0.25 0.30,$(SW_ALPHAS))
SW_CLEAN := $(SW)/alpha0.00
# the structured threshold on per(W_a), read from the flags file in a recipe
sw_structured = $$(awk '$$1 == "--structured" { print $$2 }' $(SWX)/spectrum.args)

# ------------------------------------------------------------------ data
# six structured neurons of the clean model beside their ideal square waves
$(SW_CLEAN)/waves.tsv: $(SW_CLEAN)/model.npz $(SWX)/spectrum.args $(STAMP)/spectrum
	$(RUN) bin/spectrum @$(SWX)/spectrum.args --waves 6 $< -o $@

# one row per run: accuracy, periodicity, neuron groups, r, r', steps
$(SW)/noise.tsv: $(SW_SH)/noise-table.sh $(SW_PAPER) \
		$(foreach r,$(SW_RUNS),$(r)/extract.tsv $(r)/summary.tsv $(r)/model.npz $(r)/saturation.npz)
	sh $< $(SW_PAPER) $(SW_RUNS) > $(tmp) $(commit)

# Table 2: unit-amplitude extraction with the phases read at nu (the paper's
# equations), and two variants: amplitude-scaled, and phases read at each
# vector's own dominant bin
SW_T2_RUNS := $(foreach a,$(SW_T2_ALPHAS),$(a)=$(SW)/alpha$(a))
$(SW)/table2.tsv: $(SW_SH)/table2.sh \
		$(foreach a,$(SW_T2_ALPHAS),$(SW)/alpha$(a)/extract.tsv $(SW)/alpha$(a)/extract_sat.tsv)
	sh $< extract.tsv extract_sat.tsv $(SW_T2_RUNS) > $(tmp) $(commit)
$(SW)/table2_amp.tsv: $(SW_SH)/table2.sh \
		$(foreach a,$(SW_T2_ALPHAS),$(SW)/alpha$(a)/extract_amp.tsv $(SW)/alpha$(a)/extract_sat_amp.tsv)
	sh $< extract_amp.tsv extract_sat_amp.tsv $(SW_T2_RUNS) > $(tmp) $(commit)
$(SW)/table2_own.tsv: $(SW_SH)/table2.sh \
		$(foreach a,$(SW_T2_ALPHAS),$(SW)/alpha$(a)/extract_own.tsv $(SW)/alpha$(a)/extract_sat_own.tsv)
	sh $< extract_own.tsv extract_sat_own.tsv $(SW_T2_RUNS) > $(tmp) $(commit)

# the seed study (rules.mk): Table 2's columns for every seed of each
# alpha in SW_SEED_ALPHAS (seed 0 is the run alpha<A> itself), and their
# mean and SD over seeds
SW_SEED_TABLE := $(foreach a,$(SW_SEED_ALPHAS),$(a):0=$(SW)/alpha$(a) $(foreach s,$(SW_SEEDS),$(a):$(s)=$(SW)/seeds/alpha$(a)-s$(s)))
$(SW)/seeds.tsv: $(SW_SH)/table2.sh \
		$(foreach r,$(SW_SEED_TABLE),$(lastword $(subst =, ,$(r)))/extract.tsv $(lastword $(subst =, ,$(r)))/extract_sat.tsv)
	sh $< -c "alpha seed" extract.tsv extract_sat.tsv $(SW_SEED_TABLE) > $(tmp) $(commit)
$(SW)/seed-stats.tsv: $(SW_SH)/seed-stats.awk $(SW)/seeds.tsv
	awk -f $< $(SW)/seeds.tsv > $(tmp) $(commit)

# every paper-level number of ours, keyed like paper-values.tsv
$(SW)/numbers.tsv: $(SW_SH)/numbers.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW_PAPER) $(SWX)/data.args $(SWX)/table1.args \
		$(SW_CLEAN)/summary.tsv $(SW_CLEAN)/summary_sat.tsv $(SW_CLEAN)/ablate_unstructured.tsv \
		$(SW)/noise.tsv $(SW)/table2.tsv $(SW)/table2_own.tsv $(SW)/table1.tsv $(SW)/seed-stats.tsv \
		$(SW)/control-init/extract.tsv $(SW)/control-random/extract.tsv $(SW)/control-random/extract_sat.tsv
	$(SW_AWK) $< p=$$(awk '$$1 == "--p" { print $$2 }' $(SWX)/data.args) \
	  p1=$$(awk '$$1 == "--p" { print $$2 }' $(SWX)/table1.args) \
	  kind=summary $(SW_CLEAN)/summary.tsv kind=summary_sat $(SW_CLEAN)/summary_sat.tsv kind=ablate $(SW_CLEAN)/ablate_unstructured.tsv \
	  kind=noise $(SW)/noise.tsv kind=table2 $(SW)/table2.tsv kind=table2_own $(SW)/table2_own.tsv \
	  kind=table1 $(SW)/table1.tsv kind=seeds $(SW)/seed-stats.tsv \
	  kind=control name=init $(SW)/control-init/extract.tsv kind=control name=random $(SW)/control-random/extract.tsv \
	  kind=control name=random_sat $(SW)/control-random/extract_sat.tsv \
	  kind=paper $(SW_PAPER) > $(tmp) $(commit)

# ------------------------------------------------------------------ figures
$(SW_FIG)/fig1.pdf: $(SW_GP)/fig1.gp $(SW_STYLE) $(SW_CLEAN)/waves.tsv
	@mkdir -p $(@D)
	gnuplot -e "data='$(SW_CLEAN)/waves.tsv'; out='$(tmp)'" $< $(commit)
$(SW_FIG)/fig2.pdf: $(SW_GP)/fig2.gp $(SW_GP)/fig1.gp $(SW_STYLE) $(SW_CLEAN)/waves.tsv
	@mkdir -p $(@D)
	gnuplot -e "data='$(SW_CLEAN)/waves.tsv'; out='$(tmp)'" $< $(commit)
$(SW_FIG)/fig3.pdf: $(SW_GP)/fig3.gp $(SW_STYLE) $(SW)/noise.tsv
	@mkdir -p $(@D)
	gnuplot -e "data='$(SW)/noise.tsv'; out='$(tmp)'" $< $(commit)
$(SW_FIG)/fig4.pdf: $(SW_GP)/fig4.gp $(SW_STYLE) $(SW_CLEAN)/neurons.tsv $(SW_CLEAN)/summary.tsv $(SWX)/spectrum.args
	@mkdir -p $(@D)
	gnuplot -e "neurons='$(SW_CLEAN)/neurons.tsv'; summary='$(SW_CLEAN)/summary.tsv'; \
	  thr=$(sw_structured); out='$(tmp)'" $< $(commit)
$(SW_FIG)/seeds.pdf: $(SW_GP)/seeds.gp $(SW_STYLE) $(SW)/seeds.tsv $(SW)/seed-stats.tsv $(SW_PAPER)
	@mkdir -p $(@D)
	gnuplot -e "seeds='$(SW)/seeds.tsv'; stats='$(SW)/seed-stats.tsv'; paper='$(SW_PAPER)'; out='$(tmp)'" $< $(commit)
$(SW_FIG)/fig5.pdf: $(SW_GP)/fig5.gp $(SW_STYLE) $(SWX)/spectrum.args \
		$(foreach a,$(SW_FIG5_ALPHAS),$(SW)/alpha$(a)/neurons.tsv $(SW)/alpha$(a)/summary.tsv)
	@mkdir -p $(@D)
	gnuplot -e "dir='$(SW)'; alphas='$(SW_FIG5_ALPHAS)'; thr=$(sw_structured); out='$(tmp)'" $< $(commit)

# ------------------------------------------------------------------ report inputs
# macros: ours (numbers.tsv), the paper's (paper-values.tsv), the flags of
# every tool run (with train's defaults for flags left out), the check verdicts
$(SW_GEN)/swaroop2026-numbers.tex: $(SW_SH)/tex-macros.awk $(SW_SH)/checks.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk \
		$(SW)/numbers.tsv $(SW_PAPER) $(STAMP)/train $(SW_SH)/figures.mk \
		$(SWX)/train.args $(SWX)/data.args $(SWX)/spectrum.args $(SWX)/ablate.args $(SWX)/table1.args
	@mkdir -p $(@D)
	{ bin/train --help | $(SW_AWK) $< kind=numbers $(SW)/numbers.tsv kind=paper $(SW_PAPER) \
	    kind=help name=Train - kind=args name=Train $(SWX)/train.args name=Data $(SWX)/data.args \
	    name=Spectrum $(SWX)/spectrum.args name=Ablate $(SWX)/ablate.args name=TableOne $(SWX)/table1.args; \
	  $(SW_AWK) $(SW_SH)/checks.awk part=macros kind=numbers $(SW)/numbers.tsv kind=paper $(SW_PAPER); \
	  printf '\\newcommand{\\SwFigFiveAlphas}{%s}\n' "$$(echo $(SW_FIG5_ALPHAS) | sed 's/ /, /g')"; } > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-checks.tex: $(SW_SH)/checks.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/numbers.tsv $(SW_PAPER)
	@mkdir -p $(@D)
	$(SW_AWK) $< kind=numbers $(SW)/numbers.tsv kind=paper $(SW_PAPER) > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-table1.tex: $(SW_SH)/tex-table1.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/table1.tsv $(SW_PAPER) $(SWX)/table1.args
	@mkdir -p $(@D)
	$(SW_AWK) $< p=$$(awk '$$1 == "--p" { print $$2 }' $(SWX)/table1.args) \
	  kind=paper $(SW_PAPER) kind=ours $(SW)/table1.tsv > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-table2.tex: $(SW_SH)/tex-table2.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/table2.tsv $(SW_PAPER)
	@mkdir -p $(@D)
	$(SW_AWK) $< kind=paper $(SW_PAPER) kind=ours $(SW)/table2.tsv > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-table2amp.tex: $(SW_SH)/tex-table2.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/table2_amp.tsv $(SW_PAPER)
	@mkdir -p $(@D)
	$(SW_AWK) $< label='ours (scaled)' kind=paper $(SW_PAPER) kind=ours $(SW)/table2_amp.tsv > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-table2own.tex: $(SW_SH)/tex-table2.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/table2_own.tsv $(SW_PAPER)
	@mkdir -p $(@D)
	$(SW_AWK) $< label='ours (own bins)' kind=paper $(SW_PAPER) kind=ours $(SW)/table2_own.tsv > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-seeds.tex: $(SW_SH)/tex-seeds.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/seed-stats.tsv $(SW_PAPER)
	@mkdir -p $(@D)
	$(SW_AWK) $< kind=paper $(SW_PAPER) kind=ours $(SW)/seed-stats.tsv > $(tmp) $(commit)
$(SW_GEN)/swaroop2026-noise.tex: $(SW_SH)/tex-noise.awk $(AWK_LIB_DEPS) $(SW_SH)/table2-head.awk $(SW)/noise.tsv
	@mkdir -p $(@D)
	$(SW_AWK) $< $(SW)/noise.tsv > $(tmp) $(commit)

# the faithful alpha = 0.30 run (when its best validation accuracy came, when
# it stopped) and the supplementary long run on its data (rules.mk)
$(SW_GEN)/swaroop2026-long.tex: $(SW_SH)/figures.mk $(SW)/alpha0.30/log.tsv $(SW_LONG)/extract.tsv $(SW_LONG)/summary.tsv $(SW_LONG)/log.tsv
	@mkdir -p $(@D)
	{ awk '!/^#/ && (best == "" || $$6 > best) { best = $$6; at = $$1 } END { \
	    printf "\\newcommand{\\SwHighBestStep}{%d}\n\\newcommand{\\SwHighSteps}{%d}\n", at, $$1 }' $(SW)/alpha0.30/log.tsv; \
	  awk 'END { printf "\\newcommand{\\SwLongSteps}{%d}\n", $$1 }' $(SW_LONG)/log.tsv; \
	  awk '$$1 == "real" { printf "\\newcommand{\\SwLongReal}{%.4f}\n", $$2 } \
	       $$1 == "sq_cos" { printf "\\newcommand{\\SwLongSqCos}{%.4f}\n", $$2 }' $(SW_LONG)/extract.tsv; \
	  awk '$$1 == "structured" { printf "\\newcommand{\\SwLongStructured}{%d}\n", $$2 }' $(SW_LONG)/summary.tsv; \
	} > $(tmp) $(commit)

# the traces (rules.mk): when the Sq->Cos extraction passes one half and
# what the trained network has there, when the network itself passes one
# half, and the best extraction of the alpha = 0.30 trace; "--" for never
$(SW_GEN)/swaroop2026-trace.tex: $(SW_SH)/figures.mk $(SW_TRACES:%=%/extract-series.tsv) $(SW_TRACES:%=%/log.tsv) \
		$(SW_TRACES:$(SW)/%=$(SWX)/%.args)
	@mkdir -p $(@D)
	{ for a in $(SW_TRACES:$(SW)/trace%=%); do \
	    name=$$([ $$a = 0.00 ] && echo Clean || echo High); \
	    printf '\\newcommand{\\SwTrace%sAlpha}{%s}\n' $$name $$a; \
	    awk -v n=$$name '$$1 == "--trajectory-every" { printf "\\newcommand{\\SwTrace%sEvery}{%d}\n", n, $$2 }' \
	      $(SWX)/trace$$a.args; \
	    awk -v n=$$name '!/^#/ && h == "" && $$4 >= 0.5 { h = $$1; r = sprintf("%.4f", $$2) } \
	      !/^#/ && $$4 > m { m = $$4; at = $$1 } \
	      END { printf "\\newcommand{\\SwTrace%sHalfStep}{%s}\n\\newcommand{\\SwTrace%sHalfReal}{%s}\n", \
	              n, h == "" ? "--" : h, n, h == "" ? "--" : r; \
	            printf "\\newcommand{\\SwTrace%sMaxSqCos}{%.4f}\n\\newcommand{\\SwTrace%sMaxSqCosStep}{%d}\n", n, m, n, at }' \
	      $(SW)/trace$$a/extract-series.tsv; \
	    awk -v n=$$name '!/^#/ && h == "" && $$6 >= 0.5 { h = $$1 } \
	      END { printf "\\newcommand{\\SwTrace%sRealHalfStep}{%s}\n", n, h == "" ? "--" : h }' $(SW)/trace$$a/log.tsv; \
	  done; } > $(tmp) $(commit)

$(SW_FIG)/latent.pdf: $(SW_GP)/latent.gp $(SW_STYLE) $(SW)/noise.tsv \
		$(foreach a,0.00 0.30,$(SW)/trace$(a)/extract-series.tsv $(SW)/trace$(a)/extract-series-own.tsv $(SW)/trace$(a)/log.tsv)
	@mkdir -p $(@D)
	gnuplot -e "series0='$(SW)/trace0.00/extract-series.tsv'; own0='$(SW)/trace0.00/extract-series-own.tsv'; \
	  log0='$(SW)/trace0.00/log.tsv'; series1='$(SW)/trace0.30/extract-series.tsv'; \
	  own1='$(SW)/trace0.30/extract-series-own.tsv'; log1='$(SW)/trace0.30/log.tsv'; \
	  sat0=$$(awk '$$1 == "0.00" { print $$11 }' $(SW)/noise.tsv); sat1=$$(awk '$$1 == "0.30" { print $$11 }' $(SW)/noise.tsv); \
	  out='$(tmp)'" $< $(commit)

# ------------------------------------------------------------------ lists
SW_FIGURES := $(foreach n,1 2 3 4 5,$(SW_FIG)/fig$(n).pdf) $(SW_FIG)/latent.pdf $(SW_FIG)/seeds.pdf
SW_TEX     := $(foreach t,numbers checks table1 table2 table2amp table2own seeds noise long trace,$(SW_GEN)/swaroop2026-$(t).tex)
FIGURES        += $(SW_FIGURES)
PAPER_SECTIONS += swaroop2026
PAPER_INPUTS   += $(SW_FIGURES) $(SW_TEX)

.PHONY: swaroop2026-figures swaroop2026-tables
swaroop2026-figures: $(SW_FIGURES)
swaroop2026-tables: $(SW_TEX)
