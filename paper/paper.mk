# paper/paper.mk — the report: paper/report.pdf from the full profile,
# paper/report-quick.pdf from the quick one (make paper PROFILE=quick).
#
# Include it after the experiments' rules.mk files: each paper in PAPERS has
# a section paper/<key>.tex, and its figures and generated .tex files, in
# PAPER_INPUTS (experiments/common.mk), are what the report depends on.
#
# pdflatex runs twice from the repository root with its output in
# build/paper/$(PROFILE)/; TEXINPUTS finds paper/generated/$(PROFILE)/ (the
# generated macros and tables of this profile) before paper/, and figures are
# included by their path from the root. The PDF is copied into place under a
# temporary name and renamed, so a failed build leaves the old report intact.

PAPER_BUILD  := build/paper/$(PROFILE)
REPORT_PDF   := paper/report$(if $(filter quick,$(PROFILE)),-quick).pdf
PAPER_TEX    := paper/report.tex $(PAPERS:%=paper/%.tex)
PAPER_COMMON := $(GEN)/profile.tex $(GEN)/versions.tex $(GEN)/performance.tex \
                $(GEN)/verdicts.tex $(GEN)/verdicts-defs.tex $(GEN)/critical-path.tex
PDFLATEX     ?= pdflatex

# \Profile, \FigDir, \MakeCmd (the make command that rebuilds a figure of
# this profile) and \ifQuick, for the report's text and captions
$(GEN)/profile.tex: paper/paper.mk | $(GEN)
	{ printf '\\newcommand{\\Profile}{%s}\n' '$(PROFILE)'; \
	  printf '\\newcommand{\\FigDir}{figures/%s}\n' '$(PROFILE)'; \
	  printf '\\newcommand{\\MakeCmd}{make%s}\n' '$(if $(filter quick,$(PROFILE)), PROFILE=quick)'; \
	  printf '\\newcommand{\\ReportPdf}{%s}\n' '$(REPORT_PDF)'; \
	  printf '\\newif\\ifQuick\\Quick%s\n' '$(if $(filter quick,$(PROFILE)),true,false)'; } > $(tmp) $(commit)

# Regenerated on every make, but replaced only when its content changes, so
# an unchanged toolchain or benchmark does not rebuild the report.
$(GEN)/versions.tex: paper/versions.sh paper-force | $(GEN)
	@sh $< '$(CC)' > $(tmp) $(commit_changed)
$(GEN)/performance.tex: paper/performance.awk paper-force | $(GEN)
	@awk -f $< $(or $(wildcard data/bench/*.tsv),/dev/null) > $(tmp) $(commit_changed)
# The training time of the profile and its critical path, from the runs'
# train.out (paper/critical-path.awk): made after every figure and table, so
# after every run, and like the two above replaced only when it changes.
# make critical-path prints it as text, to size a cluster request.
train_outs = $$(find data/$(PROFILE) -name train.out 2> /dev/null | LC_ALL=C sort) /dev/null
$(GEN)/critical-path.tex: paper/critical-path.awk $(PAPER_INPUTS) paper-force | $(GEN)
	@awk -v format=tex -f $< $(train_outs) > $(tmp) $(commit_changed)

# The verdicts at a glance: the rules of paper/verdicts.tsv applied by
# paper/verdicts.awk to the macros of every paper's generated files; the
# table, and what it reads first (the files it names, its thresholds).
PAPER_MACROS := $(filter $(GEN)/%.tex,$(PAPER_INPUTS))
VERDICTS_DEPS := paper/verdicts.tsv paper/verdicts.awk $(AWK_LIB_DEPS) $(PAPER_MACROS)
verdicts = $(AWK_LIB) paper/verdicts.awk part=$(1) kind=rules paper/verdicts.tsv kind=macros $(PAPER_MACROS) > $(tmp) $(commit)
$(GEN)/verdicts.tex: $(VERDICTS_DEPS) | $(GEN)
	$(call verdicts,table)
$(GEN)/verdicts-defs.tex: $(VERDICTS_DEPS) | $(GEN)
	$(call verdicts,defs)

.PHONY: paper-force critical-path
paper-force:
critical-path:
	@awk -f paper/critical-path.awk $(train_outs)

$(REPORT_PDF): $(PAPER_TEX) $(PAPER_COMMON) $(PAPER_INPUTS)
	@rm -rf $(PAPER_BUILD) && mkdir -p $(PAPER_BUILD)
	@for pass in 1 2; do \
	  echo "$(PDFLATEX) paper/report.tex (pass $$pass, $(PROFILE) profile) > $(PAPER_BUILD)/pass$$pass.out"; \
	  TEXINPUTS=$(GEN):paper: $(PDFLATEX) -interaction=nonstopmode -halt-on-error -file-line-error \
	    -output-directory $(PAPER_BUILD) paper/report.tex > $(PAPER_BUILD)/pass$$pass.out 2>&1 \
	  || { grep -A6 -E '^(.*:[0-9]+:|!)' $(PAPER_BUILD)/pass$$pass.out | head -n 30 >&2; \
	       echo "pdflatex failed: see $(PAPER_BUILD)/report.log" >&2; exit 1; }; \
	done
	@n=$$(grep -c -E '^(Overfull|Underfull) \\hbox' $(PAPER_BUILD)/report.log || true); \
	  [ "$$n" = 0 ] || echo "paper: $$n over/underfull boxes (see $(PAPER_BUILD)/report.log)"; \
	  grep -E 'LaTeX Warning: (Reference|Citation|There were undefined)' $(PAPER_BUILD)/report.log >&2 || true
	cp $(PAPER_BUILD)/report.pdf $(tmp) $(commit)
