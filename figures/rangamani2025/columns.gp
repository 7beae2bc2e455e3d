# figures/rangamani2025/columns.gp — read the analyses' tables by column name.
# Each TSV names its columns on its first line, "# k<TAB>E<TAB>...": gnuplot
# skips a line starting with '#', so tsv(FILE) hands it the file without the
# "# " and the first line is read as the names (using "k":"E").
#
#   load 'figures/rangamani2025/columns.gp'
#   plot tsv(data) using "k":"E"
set datafile separator tab
set datafile columnheaders
tsv(f) = "< sed '1s/^# //' '".f."'"
