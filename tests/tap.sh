# tap.sh — a minimal TAP producer for the shell tests (run under prove),
# sourced from the project root:
#
#   . tests/tap.sh
#   echo "1..2"
#   t "description" "shell condition"      # ok N / not ok N
#   copy_project "$tmp"                    # the tracked tree, bin/ and build/
#   exit $((failed > 0))
n=0 failed=0
t() { n=$((n + 1)); if eval "$2"; then echo "ok $n - $1"; else echo "not ok $n - $1"; failed=$((failed + 1)); fi; }

# copy_project DIR: the files git tracks or would track (working-tree
# contents) and the built tools, so that a test can run make there without
# touching this checkout
copy_project() {
    git ls-files -co --exclude-standard -z | xargs -0 cp --parents -p -t "$1"
    cp -pr bin build "$1"/
}
