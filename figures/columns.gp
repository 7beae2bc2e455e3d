# figures/columns.gp — read the analyses' tables by column name. A table
# names its columns on a comment line before its data ("# step<TAB>loss..."),
# and gnuplot skips lines that start with '#': named(FILE) hands gnuplot the
# file with the last such line first, without its "# ", and the other
# comments dropped, so that it reads using "step":"loss". One-block tables
# only; block files (heat maps, logits, lines) are read by column number, or
# by name where each block has its own "# name<TAB>name..." line:
# named_blocks(FILE) uncomments every such line, and index N finds them.
# gnuplot stops reading once it has its block, so sed's complaint about the
# closed pipe is dropped (a missing file still fails: gnuplot gets no data).
#
#   load 'figures/columns.gp'
#   plot named(data) using "step":"loss"
set datafile separator tab
set datafile columnheaders
named(file) = sprintf("< awk '/^#/ { h = substr($0, 3); next } !n++ { print h } 1' '%s'", file)
named_blocks(file) = sprintf("< sed '/^# [^ ]*\t/s/^# //' '%s' 2> /dev/null", file)
