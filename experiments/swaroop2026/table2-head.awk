# table2-head.awk — the header rows that Swaroop's Table 2-shaped tables
# share (tex-table2.awk, tex-seeds.awk): loaded after experiments/lib.awk.

# table2_head(second): the header rows of a Table 2-shaped tabular (alpha, a
# second column headed `second`, then Real and the three extractions at the
# final and at the saturation checkpoint), from \toprule to \midrule
function table2_head(second,    h) {
    print "\\toprule"
    print " & & \\multicolumn{4}{c}{Final checkpoint} & \\multicolumn{4}{c}{Saturation checkpoint} \\\\"
    print "\\cmidrule(lr){3-6}\\cmidrule(l){7-10}"
    h = "Real & Sq$\\to$Sq & Sq$\\to$Cos & Cos$\\to$Cos"
    print "$\\alpha$ & " second (second == "" ? "& " : " & ") h " & " h " \\\\"
    print "\\midrule"
}
