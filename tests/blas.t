#!/usr/bin/env bash
# blas — the tools run OpenBLAS on the CPU's vector kernels (src/lib/blas.h):
# an OpenBLAS that does not know the CPU falls back to SSE3 kernels a
# quarter as fast, and the tools then re-execute themselves with
# OPENBLAS_CORETYPE set. train records the kernels in its model's meta
# (blas=); a core the user sets is kept; the re-execution keeps the
# command line and the standard streams.
set -u
cd "$(dirname "$0")/.."
for tool in datagen train; do
    if [ ! -x "bin/$tool" ]; then echo "1..0 # SKIP bin/$tool not built (make all)"; exit 0; fi
done
echo "1..4"
. tests/tap.sh
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

flags=$(grep -m1 '^flags' /proc/cpuinfo 2>/dev/null)
has() { [[ " $flags " == *" $1 "* ]]; }
core_of() { unzip -p "$1" meta.txt | sed -n 's/^blas=//p'; }
old_cores=' prescott katmai coppermine northwood core2 penryn dunnington nehalem atom sandybridge unknown '

unset OPENBLAS_CORETYPE
bin/datagen --p 13 --train-frac 0.5 --seed 1 -o "$tmp/data.npz" 2> "$tmp/err"
train() { bin/train --data "$1" --hidden 16 --act relu --steps 5 --eval-every 5 --log-every 5 "${@:2}"; }

# datagen's output piped through train's stdin: the re-executed train still reads it
bin/datagen --p 13 --train-frac 0.5 --seed 1 -o - | train - -o "$tmp/native.npz" 2>> "$tmp/err"
core=$(core_of "$tmp/native.npz")
t "train records the OpenBLAS core it ran on (blas=$core)" '[ -n "$core" ]'
lower=$(echo "$core" | tr '[:upper:]' '[:lower:]')
if has avx2 && has fma; then
    t "on a CPU with AVX2 and FMA the core is not a pre-AVX2 one ($core)" '[[ $old_cores != *" $lower "* ]]'
else
    t "no AVX2 on this CPU: the core is OpenBLAS's own choice ($core) # SKIP no AVX2" true
fi
OPENBLAS_CORETYPE=Prescott train "$tmp/data.npz" -o "$tmp/prescott.npz" 2>> "$tmp/err"
t "a core set in OPENBLAS_CORETYPE is kept" '[ "$(core_of "$tmp/prescott.npz")" = Prescott ]'
same_weights() { for w in W_in.npy W_out.npy; do cmp -s <(unzip -p "$1" $w) <(unzip -p "$2" $w) || return 1; done; }
t "the re-executed run trains from the piped data as from the file" \
  'train "$tmp/data.npz" -o "$tmp/file.npz" 2>> "$tmp/err" && same_weights "$tmp/native.npz" "$tmp/file.npz"'

[ "$failed" = 0 ] || { echo "# stderr:"; sed 's/^/# /' "$tmp/err"; }
exit $((failed > 0))
