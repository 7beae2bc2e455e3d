#!/usr/bin/env bash
# errors — every bad-input class of DESIGN.md §Errors against every tool
# (datagen, train, spectrum, idealize, ablate; features and predict for a
# model that records no step): truncated and foreign files,
# wrong dtypes and shapes, NaN weights, unknown flags, missing values,
# values that are not numbers or out of range, missing inputs, unwritable
# outputs, a filesystem that fills up, endless devices as inputs. Each case
# asserts that the tool
#   (a) exits 2 for a usage error, 1 for a runtime error (never a signal or
#       a hang: every run has a time limit),
#   (b) prints exactly one line on stderr, "TOOL: ...", holding a key phrase
#       (and nothing on stdout),
#   (c) leaves its output directory as it found it: every output flag points
#       at an existing sentinel file, which must come out byte-identical, and
#       no other file (no partial output, no *.tmp*) may appear.
# Tiny valid inputs come from bin/datagen (p = 5) and bin/train (4 neurons,
# 3 steps); damaged models are written with python3's standard library
# (cases skipped without python3). Does not test what valid inputs produce.
# Run from the repository root after `make all`.
set -u
for tool in datagen train spectrum idealize ablate features predict; do
    if [ ! -x "bin/$tool" ]; then echo "1..0 # SKIP bin/$tool not built (make all)"; exit 0; fi
done
tmp=$(mktemp -d)
trap 'umount "$tmp/fs" 2>/dev/null; chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
out=$tmp/out # the only directory a failing tool may write to
n=0 failed=0

# The sentinels: what a user already had at the output paths.
SENTINELS="old.npz old.tsv old.log"
fresh_out() {
    chmod -R u+w "$out" 2>/dev/null
    rm -rf "$out" && mkdir "$out" || exit 1
    for s in $SENTINELS; do printf 'a file the user had: %s\n\001\002\n' "$s" > "$out/$s"; done
}
# out_intact: empty when $out holds exactly the sentinels, unchanged; else why not.
out_intact() {
    local s
    [ "$(cd "$out" && ls -A | LC_ALL=C sort | tr '\n' ' ')" = "old.log old.npz old.tsv " ] ||
        echo "output directory holds: $(cd "$out" && ls -A | tr '\n' ' ')"
    for s in $SENTINELS; do
        [ -f "$out/$s" ] && [ "$(cat "$out/$s")" = "$(printf 'a file the user had: %s\n\001\002' "$s")" ] ||
            echo "$s was changed or removed"
    done
}

# fails TOOL STATUS PHRASE DESCRIPTION ARGS...: runs bin/TOOL ARGS with
# stdin from /dev/null and checks (a), (b) and (c). STDOUT=FILE (an
# environment prefix) sends stdout there instead of checking it is empty.
fails() {
    local tool=$1 status=$2 phrase=$3 what=$4 problems=() rc lines
    shift 4
    local stdout=${STDOUT:-$tmp/stdout}
    fresh_out
    : > "$tmp/stdout"
    timeout 60 ${AS_LIMIT:+prlimit --as="$AS_LIMIT" --} "bin/$tool" "$@" < /dev/null > "$stdout" 2> "$tmp/stderr"
    rc=$?
    n=$((n + 1))
    [ "$rc" = 124 ] && problems+=("timed out (hangs?)")
    [ "$rc" -gt 128 ] && [ "$rc" != 124 ] && problems+=("killed by signal $((rc - 128))")
    [ "$rc" = "$status" ] || problems+=("exit status $rc, expected $status")
    lines=$(wc -l < "$tmp/stderr")
    [ "$lines" = 1 ] || problems+=("$lines lines on stderr, expected 1")
    case "$(head -1 "$tmp/stderr")" in
    "$tool: "*"$phrase"*) ;;
    *) problems+=("stderr does not read '$tool: ...$phrase...'") ;;
    esac
    [ -s "$tmp/stdout" ] && problems+=("wrote $(wc -c < "$tmp/stdout") bytes on stdout")
    local bad
    bad=$(out_intact)
    [ -n "$bad" ] && problems+=("$bad")
    if [ ${#problems[@]} = 0 ]; then
        echo "ok $n - $tool: $what"
    else
        echo "not ok $n - $tool: $what"
        local p
        for p in "${problems[@]}"; do echo "#   $p"; done
        echo "#   command: bin/$tool $*"
        sed 's/^/#   stderr: /' "$tmp/stderr"
        failed=$((failed + 1))
    fi
}
skip() { n=$((n + 1)); echo "ok $n - $1 # SKIP $2"; }

# ------------------------------------------------------------ valid inputs
D=$tmp/data.npz M=$tmp/model.npz MASK=$tmp/mask.npy
# a (25,) uint8 mask of ones: .npy 1.0, header length 118, data at byte 128
printf "\x93NUMPY\x01\x00\x76\x00{'descr': '|u1', 'fortran_order': False, 'shape': (25,), }" > "$MASK"
printf "%$((128 - 1 - $(wc -c < "$MASK")))s\n" "" >> "$MASK"
head -c 25 /dev/zero | tr '\0' '\1' >> "$MASK"
bin/datagen --p 5 --train-frac 0.6 --seed 1 -o "$D" &&
    bin/datagen --p 5 --split mask --mask "$MASK" -o "$tmp/masked.npz" &&
    bin/train --data "$D" --hidden 4 --steps 3 -o "$M" 2> /dev/null ||
    { echo "Bail out! cannot make the valid inputs with bin/datagen and bin/train"; exit 1; }
O=$out/old.tsv ON=$out/old.npz OL=$out/old.log

# ----------------------------------------------------------- damaged inputs
size=$(wc -c < "$M")
CUTS="0 3 30 200 $((size / 2)) $((size - 22)) $((size - 1))" # 22: the end-of-directory record
for c in $CUTS; do head -c "$c" "$M" > "$tmp/cut$c.npz"; done
head -c $(($(wc -c < "$D") / 2)) "$D" > "$tmp/data_cut.npz"
head -c 100 "$MASK" > "$tmp/mask_cut100.npy"
head -c 140 "$MASK" > "$tmp/mask_cut140.npy"
printf 'step\tloss\n0\t1.5\n' > "$tmp/text.npz"
echo "a file, not a directory" > "$tmp/file"
mkdir "$tmp/readonly" && chmod 555 "$tmp/readonly"
# A device output is written in place, never replaced by a renamed file. As
# root, test that on a private copy of /dev/full, so that a tool getting it
# wrong cannot replace the system's.
FULL=/dev/full
if [ "$(id -u)" = 0 ] && mknod "$tmp/full" c "0x$(stat -c %t /dev/full)" "0x$(stat -c %T /dev/full)" 2> /dev/null; then
    FULL=$tmp/full
fi
# truncation message: a zip cut anywhere is "truncated"; fewer bytes than a signature are "not an .npz"
cut_phrase() { if [ "$1" -lt 4 ]; then echo "not an .npz"; else echo "truncated"; fi; }

have_python=0
if command -v python3 > /dev/null 2>&1 && python3 - "$tmp" <<'EOF'; then have_python=1; fi
# Rewrites the trained model with one member damaged (stdlib only, no numpy).
import ast, struct, sys, zipfile
tmp = sys.argv[1]

def npy(descr, shape, raw):  # .npy 1.0, header padded so the data starts at a multiple of 64
    d = "{'descr': '%s', 'fortran_order': False, 'shape': %r, }" % (descr, tuple(shape))
    d += ' ' * ((64 - (10 + len(d) + 1) % 64) % 64) + '\n'
    return b'\x93NUMPY\x01\x00' + struct.pack('<H', len(d)) + d.encode() + raw

def parse(b):
    hl = struct.unpack('<H', b[8:10])[0]
    h = ast.literal_eval(b[10:10 + hl].decode())
    return h['descr'], h['shape'], b[10 + hl:]

src = zipfile.ZipFile(tmp + '/model.npz')
members = {name: src.read(name) for name in src.namelist()}

def write(name, member, change):
    with zipfile.ZipFile(tmp + '/' + name, 'w') as z:
        for m, b in members.items():
            z.writestr(m, change(*parse(b)) if m == member + '.npy' else b)

def as_f64(descr, shape, raw):
    return npy('<f8', shape, struct.pack('<%dd' % (len(raw) // 4), *struct.unpack('<%df' % (len(raw) // 4), raw)))

def drop_column(descr, shape, raw):  # (H, C) -> (H, C-1)
    rows, cols = shape
    return npy(descr, (rows, cols - 1), b''.join(raw[4 * r * cols:4 * (r * cols + cols - 1)] for r in range(rows)))

write('dtype.npz', 'W_in', as_f64)
write('shape.npz', 'W_in', drop_column)
write('nan.npz', 'W_out', lambda descr, shape, raw: npy(descr, shape, raw[:8] + struct.pack('<f', float('nan')) + raw[12:]))
# a trajectory with no checkpoint: every member with a leading axis of 0, no steps
with zipfile.ZipFile(tmp + '/traj_empty.npz', 'w') as z:
    for m, b in members.items():
        z.writestr(m, npy(parse(b)[0], (0,) + tuple(parse(b)[1]), b'') if m.endswith('.npy') else b)
    z.writestr('steps.npy', npy('<i8', (0,), b''))
# datasets: an empty training split, meta.txt with p=59abc, no meta.txt
data = zipfile.ZipFile(tmp + '/data.npz')
data_members = {name: data.read(name) for name in data.namelist()}

def write_data(name, change):  # change(member, bytes): the new bytes, or None to leave the member out
    with zipfile.ZipFile(tmp + '/' + name, 'w') as z:
        for m, b in data_members.items():
            if change(m, b) is not None:
                z.writestr(m, change(m, b))

write_data('data_empty_train.npz', lambda m, b: npy('<i4', (0,), b'') if m in ('train_idx.npy', 'train_y.npy') else b)
write_data('data_meta_p.npz', lambda m, b: b.replace(b'p=5\n', b'p=59abc\n') if m == 'meta.txt' else b)
write_data('data_no_meta.npz', lambda m, b: None if m == 'meta.txt' else b)
open(tmp + '/mask_f32.npy', 'wb').write(npy('<f4', (25,), struct.pack('<25f', *[1.0] * 25)))
open(tmp + '/mask_24.npy', 'wb').write(npy('|u1', (24,), bytes([1] * 24)))
EOF
# py_fails: fails, for a case whose input needs python3
py_fails() { if [ "$have_python" = 1 ]; then fails "$@"; else skip "$1: $4" "python3 not available"; fi; }
# model_cases TOOL ARGS_BEFORE -- ARGS_AFTER: every damaged-model class, the model between the two
model_cases() {
    local tool=$1 pre=() post=() c
    shift
    while [ "$1" != -- ]; do pre+=("$1"); shift; done
    shift
    post=("$@")
    fails "$tool" 1 "cannot open" "missing model file" "${pre[@]}" "$tmp/absent.npz" "${post[@]}"
    for c in $CUTS; do
        fails "$tool" 1 "$(cut_phrase "$c")" "model truncated to $c bytes" "${pre[@]}" "$tmp/cut$c.npz" "${post[@]}"
    done
    fails "$tool" 1 "not an .npz" "text file as model" "${pre[@]}" "$tmp/text.npz" "${post[@]}"
    fails "$tool" 1 "no member W_out" "dataset file as model" "${pre[@]}" "$D" "${post[@]}"
    py_fails "$tool" 1 "member W_in has dtype float64, expected float32" "W_in of dtype float64" \
        "${pre[@]}" "$tmp/dtype.npz" "${post[@]}"
    py_fails "$tool" 1 "member W_in has shape (4,9), expected (4,10)" "W_in with a column missing" \
        "${pre[@]}" "$tmp/shape.npz" "${post[@]}"
    py_fails "$tool" 1 "member W_out holds NaN" "NaN in W_out" "${pre[@]}" "$tmp/nan.npz" "${post[@]}"
}
# output_cases TOOL FLAG ARGS...: unwritable places for the output given by FLAG
output_cases() {
    local tool=$1 flag=$2
    shift 2
    fails "$tool" 1 "cannot write" "$flag into a missing directory" "$@" "$flag" "$tmp/absent/x"
    fails "$tool" 1 "cannot write" "$flag below a regular file" "$@" "$flag" "$tmp/file/x"
    if [ "$(id -u)" = 0 ]; then skip "$tool: $flag into a read-only directory" "running as root"
    else fails "$tool" 1 "cannot write" "$flag into a read-only directory" "$@" "$flag" "$tmp/readonly/x"; fi
    fails "$tool" 1 "write failed" "$flag /dev/full (device written in place)" "$@" "$flag" "$FULL"
    [ -c "$FULL" ] || { echo "Bail out! $FULL is no longer a device"; exit 1; }
}
# usage_cases TOOL VALID_ARGS...: flag errors on an otherwise valid command line
usage_cases() {
    local tool=$1
    shift
    fails "$tool" 2 "unknown option '--bogus'" "unknown flag" "$@" --bogus
    fails "$tool" 2 "unknown option '-x'" "unknown short flag" "$@" -x
    fails "$tool" 2 "--output needs a value" "missing value of -o" "$@" -o
}

# ------------------------------------------------------------------ datagen
G=(--p 5 --train-frac 0.5)
usage_cases datagen "${G[@]}" -o "$ON"
fails datagen 2 "--p needs a value" "missing value of --p" --train-frac 0.5 -o "$ON" --p
fails datagen 2 "--p: 'five' is not an integer" "--p five" --p five --train-frac 0.5 -o "$ON"
fails datagen 2 "--p: '5.5' is not an integer" "--p 5.5" --p 5.5 --train-frac 0.5 -o "$ON"
fails datagen 2 "--train-frac: 'half' is not a number" "--train-frac half" --p 5 --train-frac half -o "$ON"
fails datagen 2 "--p: 1 is out of range" "--p 1" --p 1 --train-frac 0.5 -o "$ON"
fails datagen 2 "--label-noise: 1.0 is out of range" "--label-noise 1.0" "${G[@]}" --label-noise 1.0 -o "$ON"
fails datagen 2 "--label-noise: -0.1 is out of range" "--label-noise -0.1" "${G[@]}" --label-noise -0.1 -o "$ON"
fails datagen 2 "--train-frac: 1.5 is out of range" "--train-frac 1.5" --p 5 --train-frac 1.5 -o "$ON"
fails datagen 2 "--p is required" "no --p" --train-frac 0.5 -o "$ON"
fails datagen 2 "no output file" "no -o" "${G[@]}"
fails datagen 2 "flags file" "missing @FILE" @"$tmp/absent.args" -o "$ON"
printf -- '--p 5\n\0--train-frac 0.5\n' > "$tmp/nul.args" # flags after the NUL would be dropped unseen
fails datagen 2 "flags file $tmp/nul.args: contains a NUL byte" "@FILE with a NUL byte" @"$tmp/nul.args" -o "$ON"
fails datagen 1 "cannot open" "missing --mask file" --p 5 --split mask --mask "$tmp/absent.npy" -o "$ON"
fails datagen 1 "header claims 118 bytes, only 90 present" "--mask cut in its header" \
    --p 5 --split mask --mask "$tmp/mask_cut100.npy" -o "$ON"
fails datagen 1 "data is 12 bytes, shape (25) uint8 needs 25" "--mask cut in its data" \
    --p 5 --split mask --mask "$tmp/mask_cut140.npy" -o "$ON"
fails datagen 1 "truncated" "--mask a truncated .npz" --p 5 --split mask --mask "$tmp/cut200.npz" -o "$ON"
fails datagen 1 "not an .npz" "text file as --mask" --p 5 --split mask --mask "$tmp/text.npz" -o "$ON"
py_fails datagen 1 "mask has dtype float32" "--mask of dtype float32" --p 5 --split mask --mask "$tmp/mask_f32.npy" -o "$ON"
py_fails datagen 1 "mask has 24 entries, expected p^k = 25" "--mask of the wrong size" --p 5 --split mask --mask "$tmp/mask_24.npy" -o "$ON"
output_cases datagen -o "${G[@]}"
STDOUT=/dev/full fails datagen 1 "write failed" "-o - into /dev/full" "${G[@]}" -o -

# -------------------------------------------------------------------- train
T=(--data "$D" --hidden 4 --steps 3)
usage_cases train "${T[@]}" -o "$ON"
fails train 2 "--steps needs a value" "missing value of --steps" --data "$D" --hidden 4 -o "$ON" --steps
fails train 2 "--lr: 'fast' is not a number" "--lr fast" "${T[@]}" --lr fast -o "$ON"
fails train 2 "--steps: '1e3x' is not an integer" "--steps 1e3x" --data "$D" --hidden 4 --steps 1e3x -o "$ON"
fails train 2 "--hidden: 0 is out of range" "--hidden 0" --data "$D" --hidden 0 -o "$ON"
fails train 2 "--beta1: 1 is out of range" "--beta1 1" "${T[@]}" --beta1 1 -o "$ON"
fails train 2 "--act: 'tanh' is not an activation" "--act tanh" "${T[@]}" --act tanh -o "$ON"
fails train 2 "--data is required" "no --data" --hidden 4 -o "$ON"
fails train 1 "cannot open" "missing --data file" --data "$tmp/absent.npz" --hidden 4 -o "$ON"
fails train 1 "truncated" "truncated --data" --data "$tmp/data_cut.npz" --hidden 4 -o "$ON"
fails train 1 "not an .npz" "text file as --data" --data "$tmp/text.npz" --hidden 4 -o "$ON"
model_cases train "${T[@]}" --log "$OL" -o "$ON" --init-from --
output_cases train -o "${T[@]}" --log "$OL" --checkpoint-out "$out/old.tsv" --checkpoint-train-acc 0
STDOUT=/dev/full fails train 1 "write failed" "-o - into /dev/full, with --log and --trajectory" \
    "${T[@]}" --log "$OL" --trajectory "$ON" -o -
fails train 1 "named as two outputs" "-o and --log the same file" "${T[@]}" --log "$ON" -o "$ON"
# a write larger than the stream's buffer fails in fwrite itself; the outputs
# opened after it (-o a new file: stat fails with ENOENT) must not change the cause
fails train 1 "$FULL: write failed: No space left on device" "--trajectory $FULL larger than a buffer, -o a new file" \
    --data "$D" --hidden 256 --steps 3 --trajectory "$FULL" -o "$out/new.npz"
py_fails train 1 "data_empty_train.npz: the training split is empty" "--data with an empty training split (not a NaN loss)" \
    --data "$tmp/data_empty_train.npz" --hidden 4 --steps 3 --log "$OL" -o "$ON"
py_fails train 1 "data_meta_p.npz: meta.txt p=59abc is not an integer" "--data whose meta.txt says p=59abc" \
    --data "$tmp/data_meta_p.npz" --hidden 4 --steps 3 -o "$ON"
py_fails train 1 "data_no_meta.npz: no member meta.txt" "--data without meta.txt" \
    --data "$tmp/data_no_meta.npz" --hidden 4 --steps 3 -o "$ON"
output_cases train --log "${T[@]}" -o "$ON"
fails train 1 "train accuracy never reached" "--checkpoint-out never reached, with --log" \
    "${T[@]}" --checkpoint-train-acc 1 --checkpoint-out "$O" --log "$OL" -o "$ON"
fails train 1 "training loss is" "diverging run, with --log" --data "$D" --hidden 4 --steps 50 --act cube --optim sgd \
    --lr 1e6 --log "$OL" -o "$ON"
# the message names the step and the value: "train: step 3: training loss is inf; stopping without writing weights ..."
n=$((n + 1))
msg=$(timeout 60 bin/train --data "$D" --hidden 4 --steps 50 --act cube --optim sgd --lr 1e6 --state "$tmp/div_state.npz" \
    --state-every 1 -o "$tmp/div.npz" 2>&1 > /dev/null < /dev/null)
if [[ $msg =~ ^train:\ step\ [1-9][0-9]*:\ training\ loss\ is\ (-?inf|-?nan)\;\ stopping\ without\ writing\ weights ]] &&
    [ ! -e "$tmp/div.npz" ]; then
    echo "ok $n - train: a diverging run names the step and the loss, and writes no weights"
else
    echo "not ok $n - train: a diverging run names the step and the loss, and writes no weights"
    echo "#   stderr: $msg"
    failed=$((failed + 1))
fi

# ----------------------------------------------------------------- spectrum
usage_cases spectrum "$M" -o "$O"
fails spectrum 2 "--structured needs a value" "missing value of --structured" "$M" -o "$O" --structured
fails spectrum 2 "--structured: 'high' is not a number" "--structured high" "$M" --structured high -o "$O"
fails spectrum 2 "--waves: 0 is out of range" "--waves 0" "$M" --waves 0 -o "$O"
fails spectrum 2 "--waves: 'six' is not an integer" "--waves six" "$M" --waves six -o "$O"
fails spectrum 2 "--summary and --waves" "--summary with --waves" "$M" --summary --waves 6 -o "$O"
fails spectrum 2 "--unstructured 20 is above --structured 12" "--unstructured above --structured" "$M" --summary --unstructured 20 -o "$O"
fails spectrum 2 "missing argument" "no MODEL" -o "$O"
fails spectrum 2 "unexpected argument" "two MODELs" "$M" "$M" -o "$O"
model_cases spectrum -- -o "$O"
fails spectrum 1 "truncated" "--waves, model truncated" --waves 2 "$tmp/cut200.npz" -o "$O"
py_fails spectrum 1 "member W_out holds NaN" "--waves, NaN in W_out" --waves 2 "$tmp/nan.npz" -o "$O"
fails spectrum 1 "not an .npz" "empty stdin as MODEL" - -o "$O"
output_cases spectrum -o "$M"
STDOUT=/dev/full fails spectrum 1 "write failed" "stdout into /dev/full" "$M"

# ----------------------------------------------------------------- idealize
X=(--extract "$M" --data "$D")
C=(--construct --p 5 --widths "2,4" --seeds 2)
usage_cases idealize "${X[@]}" -o "$O"
fails idealize 2 "--seeds needs a value" "missing value of --seeds" --construct -o "$O" --seeds
fails idealize 2 "--seeds: 'many' is not an integer" "--seeds many" "${C[@]}" --seeds many -o "$O"
fails idealize 2 "--seeds: 1 is out of range" "--seeds 1" "${C[@]}" --seeds 1 -o "$O"
fails idealize 2 "--widths: '16,0'" "width 0 in --widths" --construct --p 5 --widths 16,0 -o "$O"
fails idealize 2 "--widths: '16,x'" "width x in --widths" --construct --p 5 --widths 16,x -o "$O"
fails idealize 2 "--widths: '16,'" "empty width in --widths" --construct --p 5 --widths 16, -o "$O"
fails idealize 2 "exactly one of --construct and --extract" "--construct with --extract" "${C[@]}" --extract "$M" -o "$O"
fails idealize 2 "--wave: 'sq_tri'" "--wave sq_tri" "${X[@]}" --write-model "$ON" --wave sq_tri -o "$O"
fails idealize 2 "--phases: 'nu' is not at-nu or own-bin" "--phases nu" "${X[@]}" --phases nu -o "$O"
fails idealize 2 "--phases goes with --extract" "--phases with --construct" "${C[@]}" --phases own-bin -o "$O"
model_cases idealize --data "$D" --write-model "$ON" -o "$O" --extract --
fails idealize 1 "cannot open" "missing --data file" --extract "$M" --data "$tmp/absent.npz" -o "$O"
bin/train "${T[@]}" --trajectory "$tmp/traj.npz" -o "$tmp/traj_model.npz" 2> /dev/null
fails idealize 2 "--write-model needs a model file" "--write-model with a trajectory" \
    --extract "$tmp/traj.npz" --data "$D" --write-model "$ON" -o "$O"
py_fails idealize 1 "the trajectory holds no checkpoint" "a trajectory of no checkpoint" \
    --extract "$tmp/traj_empty.npz" --data "$D" -o "$O"
fails idealize 1 "truncated" "truncated --data" --extract "$M" --data "$tmp/data_cut.npz" -o "$O"
output_cases idealize -o "${X[@]}" --write-model "$ON"
output_cases idealize --write-model "${X[@]}" -o "$O"
output_cases idealize -o "${C[@]}" --per-seed "$OL"
STDOUT=/dev/full fails idealize 1 "write failed" "--extract -o - into /dev/full, with --write-model" \
    "${X[@]}" --write-model "$ON" -o -
STDOUT=/dev/full fails idealize 1 "write failed" "--construct -o - into /dev/full, with --per-seed" \
    "${C[@]}" --per-seed "$OL" -o -

# ------------------------------------------------------------------- ablate
A=(--data "$D")
usage_cases ablate "$M" "${A[@]}" -o "$O"
fails ablate 2 "--zero-periodicity-below needs a value" "missing value of --zero-periodicity-below" \
    "$M" "${A[@]}" -o "$O" --zero-periodicity-below
fails ablate 2 "--zero-periodicity-below: 'low' is not a number" "--zero-periodicity-below low" \
    "$M" "${A[@]}" --zero-periodicity-below low -o "$O"
fails ablate 2 "--zero-periodicity-below: -1 is out of range" "--zero-periodicity-below -1" \
    "$M" "${A[@]}" --zero-periodicity-below -1 -o "$O"
fails ablate 2 "--zero: neuron 4 is out of range" "--zero 4 of 4 neurons" "$M" "${A[@]}" --zero 0,4 -o "$O"
fails ablate 2 "--zero: '1,x'" "--zero 1,x" "$M" "${A[@]}" --zero 1,x -o "$O"
fails ablate 2 "--split: 'val'" "--split val" "$M" "${A[@]}" --split val -o "$O"
fails ablate 2 "--data is required" "no --data" "$M" -o "$O"
model_cases ablate -- "${A[@]}" -o "$O"
fails ablate 1 "cannot open" "missing --data file" "$M" --data "$tmp/absent.npz" -o "$O"
fails ablate 1 "truncated" "truncated --data" "$M" --data "$tmp/data_cut.npz" -o "$O"
fails ablate 1 "no member train_idx" "model as --data" "$M" --data "$M" -o "$O"
py_fails ablate 1 "data_no_meta.npz: no member meta.txt" "--data without meta.txt" "$M" --data "$tmp/data_no_meta.npz" -o "$O"
output_cases ablate -o "$M" "${A[@]}"
STDOUT=/dev/full fails ablate 1 "write failed" "stdout into /dev/full" "$M" "${A[@]}"

# ---------------------------------------------- features and predict: no step
# The authors' checkpoints record no step: their step is unknown, never 0.
NOSTEP=experiments/he2026/authors/r1_relu_adamw_final.npz
fails features 1 "no checkpoint at step 0 (the file records no step)" "--step 0 of a model that records no step" \
    "$NOSTEP" --step 0 --summary -o "$O"
fails predict 1 "no checkpoint at step 0 (the file records no step)" "--step 0 of a model that records no step" \
    "$NOSTEP" --step 0 --summary -o "$O"
bin/train --data "$D" --hidden 4 --shared --steps 3 -o "$tmp/shared.npz" 2> /dev/null
# says TOOL DESCRIPTION WANT ARGS...: bin/TOOL ARGS prints the line WANT
says() {
    local tool=$1 what=$2 want=$3
    shift 3
    n=$((n + 1))
    if timeout 60 "bin/$tool" "$@" < /dev/null 2> "$tmp/stderr" | grep -qx "$want"; then echo "ok $n - $tool: $what"; else
        echo "not ok $n - $tool: $what"
        sed 's/^/#   stderr: /' "$tmp/stderr"
        failed=$((failed + 1))
    fi
}
says features "--summary of a model that records no step: step unknown" "$(printf 'step\tunknown')" "$NOSTEP" --summary
says predict "--summary of a model that records no step: step unknown" "$(printf 'step\tunknown')" "$NOSTEP" --summary
says predict "--series of a model that records no step: its row starts with unknown" "unknown	1	.*" "$NOSTEP" --series
says features "--summary of a model trained 3 steps: step 3" "$(printf 'step\t3')" "$tmp/shared.npz" --summary --moment-freq 1
says predict "--summary of a model trained 3 steps: step 3" "$(printf 'step\t3')" "$tmp/shared.npz" --summary --example 1,2

# ------------------------------------------------------- endless devices
# A device as an input is refused as soon as it yields a byte (/dev/null
# still reads as empty): /dev/zero or /dev/full would otherwise be read into
# memory without end. These cases run with 4 GiB of address space, so that a
# regression fails instead of filling the machine's memory; not under
# AddressSanitizer (make sanitize), which reserves terabytes of it.
AS_LIMIT=$((4 << 30))
ldd bin/spectrum 2> /dev/null | grep -q 'libasan\|libclang_rt.asan' && AS_LIMIT=
command -v prlimit > /dev/null || AS_LIMIT=
AS_LIMIT=$AS_LIMIT fails spectrum 1 "/dev/zero: cannot read: a device" "/dev/zero as MODEL" /dev/zero -o "$O"
AS_LIMIT=$AS_LIMIT fails train 1 "/dev/zero: cannot read: a device" "/dev/zero as --data" --data /dev/zero --hidden 4 -o "$ON"
AS_LIMIT=$AS_LIMIT fails train 1 "$FULL: cannot read: a device" "--state $FULL (a device is no state file)" \
    "${T[@]}" --state "$FULL" -o "$ON"
AS_LIMIT=$AS_LIMIT fails datagen 1 "/dev/zero: cannot read: a device" "@/dev/zero as a flags file" @/dev/zero -o "$ON"
AS_LIMIT=

# ------------------------------------------------------- a full filesystem
# A real "No space left on device" (not /dev/full, which fails the first
# write): a 40 KiB tmpfs, mounted when running as root, else skipped.
#   an output larger than the filesystem: one line, exit 1, the user's old
#     file kept, no temporary file left;
#   a run whose --state saves fill the filesystem: it stops at the first
#     save that does not fit, keeping the last complete state, from which
#     the same command resumes once there is room.
# report DESCRIPTION CONDITION: a TAP line, with stderr as diagnostics on failure
report() {
    n=$((n + 1))
    if eval "$2"; then echo "ok $n - $1"; else
        echo "not ok $n - $1"
        sed 's/^/#   stderr: /' "$tmp/stderr"
        ls -A "$fs" 2> /dev/null | sed 's/^/#   on the filesystem: /'
        failed=$((failed + 1))
    fi
}
fs=$tmp/fs
if [ "$(id -u)" = 0 ] && mkdir "$fs" && mount -t tmpfs -o size=40k tmpfs "$fs" 2> /dev/null; then
    printf 'what the user had\n' > "$fs/model.npz"
    timeout 60 bin/train --data "$D" --hidden 1000 --steps 1 -o "$fs/model.npz" < /dev/null > /dev/null 2> "$tmp/stderr"
    rc=$?
    report "train: -o on a full filesystem: exit 1, one line, the old file kept, no temporary file" \
        "[ $rc = 1 ] && [ \$(wc -l < $tmp/stderr) = 1 ] &&
         grep -q '^train: $fs/model.npz: write failed: No space left on device' $tmp/stderr &&
         [ \"\$(cat $fs/model.npz)\" = 'what the user had' ] && [ \"\$(ls -A $fs)\" = model.npz ]"
    rm -f "$fs/model.npz"
    # 100 hidden units: a state of some 24 KiB, so a second one (written beside the first) does not fit
    S=(--data "$D" --hidden 100 --steps 20 --state "$fs/state.npz" --state-every 1 -o "$tmp/model_fs.npz")
    timeout 60 bin/train "${S[@]}" < /dev/null > /dev/null 2> "$tmp/stderr"
    rc=$?
    report "train --state on a filesystem that fills up: exit 1, one line, no model, the last state kept, no temporary file" \
        "[ $rc = 1 ] && [ \$(wc -l < $tmp/stderr) = 1 ] &&
         grep -q '^train: $fs/state.npz: write failed: No space left on device' $tmp/stderr &&
         [ ! -e $tmp/model_fs.npz ] && [ \"\$(ls -A $fs)\" = state.npz ]"
    mount -o remount,size=1m "$fs"
    timeout 60 bin/train "${S[@]}" < /dev/null > /dev/null 2> "$tmp/stderr"
    rc=$?
    report "train: with room again, the same command resumes from that state and finishes" \
        "[ $rc = 0 ] && grep -q 'resuming from $fs/state.npz at step 1\$' $tmp/stderr && [ -s $tmp/model_fs.npz ] && [ ! -e $fs/state.npz ]"
    umount "$fs"
else
    for what in "-o on a full filesystem" "--state on a filesystem that fills up" "resuming once there is room"; do
        skip "train: $what" "needs root to mount a small tmpfs"
    done
fi

# ------------------------------------------------------------------ a FIFO
# The other side of the device rule: a FIFO given as -o is written in place
# and stays a FIFO; the reader gets exactly what a regular file would hold.
mkfifo "$tmp/fifo"
cat "$tmp/fifo" > "$tmp/fifo.out" &
reader=$!
timeout 60 bin/spectrum "$M" -o "$tmp/fifo" < /dev/null 2> "$tmp/stderr"
rc=$?
# unless the tool opened the FIFO and succeeded, nothing will ever write to the reader
if [ "$rc" = 0 ] && [ -p "$tmp/fifo" ]; then wait "$reader"; else kill "$reader" 2> /dev/null; wait "$reader" 2> /dev/null; fi
bin/spectrum "$M" -o "$tmp/direct.tsv"
n=$((n + 1))
if [ "$rc" = 0 ] && [ -p "$tmp/fifo" ] && [ ! -s "$tmp/stderr" ] && cmp -s "$tmp/fifo.out" "$tmp/direct.tsv"; then
    echo "ok $n - spectrum: -o FIFO is written in place and stays a FIFO"
else
    echo "not ok $n - spectrum: -o FIFO is written in place and stays a FIFO"
    echo "#   exit status $rc; $([ -p "$tmp/fifo" ] && echo "still a FIFO" || echo "no longer a FIFO")"
    sed 's/^/#   stderr: /' "$tmp/stderr"
    failed=$((failed + 1))
fi

echo "1..$n"
[ "$failed" = 0 ]
