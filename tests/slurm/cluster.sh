#!/usr/bin/env bash
# cluster.sh — a single-node Slurm cluster on this machine, for
# `make cluster-check`: munged, slurmctld and slurmd from Debian's munge and
# slurm-wlm packages, started by hand (no systemd, no cgroups).
#
#   tests/slurm/cluster.sh run CMD [ARG...]   start what is not running, run CMD
#                                             with SLURM_CONF set, then stop what
#                                             was started once no one else uses it
#   tests/slurm/cluster.sh start              start it and keep it (prints SLURM_CONF=...)
#   tests/slurm/cluster.sh stop               stop it: only the daemons this script started
#   tests/slurm/cluster.sh status             the daemons, the node, the queue
#
# Idempotent: a daemon that already answers (munged, or this script's
# slurmctld and slurmd from an earlier call) is used as it is, and only the
# daemons this script started are ever stopped, cancelling the cluster's jobs
# first. Each `run` and a `start` register as users of the cluster; the last
# one out stops it, so two runs at once share it. Starting needs root.
#
# Everything lives in $SLURM_CLUSTER_DIR (default /tmp/modfourier-slurm):
# slurm.conf (SLURM_CONF points there; /etc/slurm is never touched), the
# daemons' logs and spool, `started` (name and pid of each daemon this script
# started) and users/ (one file per user of the cluster). The ports are
# $SLURM_CLUSTER_PORT and the next one (default 6817, 6818).
set -euo pipefail
me=${0##*/}
die() { echo "$me: $*" >&2; exit 1; }
dir=${SLURM_CLUSTER_DIR:-/tmp/modfourier-slurm}
port=${SLURM_CLUSTER_PORT:-6817}
conf=$dir/slurm.conf
export SLURM_CONF=$conf

# true when process PID runs program NAME
alive() { [ -n "$2" ] && [ "$(cat /proc/"$2"/comm 2> /dev/null)" = "$1" ]; }
pidfile() { cat "$1" 2> /dev/null || true; }
munge_ok() { munge -n < /dev/null 2> /dev/null | unmunge > /dev/null 2>&1; }
ctld_ok() { [ -f "$conf" ] && scontrol ping 2> /dev/null | grep -q 'is UP'; }
slurmd_ok() { alive slurmd "$(pidfile "$dir/slurmd.pid")"; }
# waits up to $2 tenths of a second for condition $1
await() { local i; for ((i = 0; i < $2; i++)); do eval "$1" && return 0; sleep 0.1; done; return 1; }
# after a failed start: the daemon, the last error of its log, the log
failed() {
    local why=$(grep -iE 'error|fatal' "$2" 2> /dev/null | tail -n 1 | sed 's/^\[[^]]*\] *//')
    die "$1 did not start${why:+: $why} (see $2)"
}
record() { echo "$1 $2" >> "$dir/started"; }

write_conf() {
    local host node
    host=$(hostname -s)
    # this machine as slurmd sees it (CPUs, sockets, cores, threads, memory)
    node=$(slurmd -C | head -n 1)
    [[ $node == NodeName=* ]] || die "slurmd -C did not describe this node: $node"
    mkdir -p "$dir/spool" "$dir/state"
    cat > "$conf.new" << EOF
# written by tests/slurm/cluster.sh: one node, no cgroups, no accounting
ClusterName=modfourier
SlurmctldHost=$host(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SwitchType=switch/none
MpiDefault=none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/none
MailProg=/bin/true
ReturnToService=2
KillWait=10
SchedulerParameters=batch_sched_delay=0
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/slurmctld.pid
SlurmdPidFile=$dir/slurmd.pid
SlurmctldLogFile=$dir/slurmctld.log
SlurmdLogFile=$dir/slurmd.log
$node NodeAddr=127.0.0.1 State=UNKNOWN
PartitionName=main Nodes=ALL Default=YES MaxTime=INFINITE State=UP
EOF
    mv -f "$conf.new" "$conf"
}

start_daemons() {
    command -v slurmctld > /dev/null && command -v slurmd > /dev/null && command -v munged > /dev/null ||
        die "slurm-wlm and munge are not installed (apt-get install --no-install-recommends slurm-wlm munge)"
    local root=$([ "$(id -u)" = 0 ] && echo 1 || echo "")
    if ! munge_ok; then
        [ -n "$root" ] || die "munged is not running, and starting it needs root"
        install -d -o munge -g munge -m 0755 /run/munge
        runuser -u munge -- munged > /dev/null 2>&1 9>&- || failed munged /var/log/munge/munged.log
        await munge_ok 50 || failed munged /var/log/munge/munged.log
        record munged "$(pidfile /run/munge/munged.pid)"
    fi
    if ! ctld_ok; then
        [ -n "$root" ] || die "slurmctld is not running, and starting it needs root"
        # slurmd reads the same file: a slurmd of ours still running has it already
        slurmd_ok || write_conf
        [ -f "$conf" ] || write_conf
        slurmctld -c -f "$conf" 9>&- || failed slurmctld "$dir/slurmctld.log"
        await ctld_ok 100 || failed slurmctld "$dir/slurmctld.log"
        record slurmctld "$(pidfile "$dir/slurmctld.pid")"
    fi
    if ! slurmd_ok; then
        [ -n "$root" ] || die "slurmd is not running, and starting it needs root"
        slurmd -f "$conf" 9>&- || failed slurmd "$dir/slurmd.log"
        await slurmd_ok 50 || failed slurmd "$dir/slurmd.log"
        record slurmd "$(pidfile "$dir/slurmd.pid")"
    fi
    # the node answers and takes jobs
    local node=$(sed -n 's/^NodeName=\([^ ]*\).*/\1/p' "$conf")
    if ! await "sinfo -h -n $node -o %T 2> /dev/null | grep -qE '^(idle|mixed|allocated)'" 100; then
        scontrol update NodeName="$node" State=RESUME 2> /dev/null || true
        await "sinfo -h -n $node -o %T 2> /dev/null | grep -qE '^(idle|mixed|allocated)'" 50 ||
            failed "node $node ($(sinfo -h -n "$node" -o %T 2> /dev/null))" "$dir/slurmd.log"
    fi
}

# stops the daemons of `started`, newest first, after cancelling every job of
# the cluster (the cluster is ours: slurmctld was started here)
stop_daemons() {
    [ -s "$dir/started" ] || return 0
    if grep -q '^slurmctld ' "$dir/started" && ctld_ok; then
        local jobs=$(squeue -h -o %i 2> /dev/null)
        if [ -n "$jobs" ]; then
            scancel $jobs 2> /dev/null || true
            await '[ -z "$(squeue -h -o %i 2> /dev/null)" ]' 300 || echo "$me: jobs still in the queue: $(squeue -h -o %i | tr '\n' ' ')" >&2
        fi
    fi
    local name pid
    tac "$dir/started" | while read -r name pid; do
        if alive "$name" "$pid"; then
            kill -TERM "$pid"
            await "! alive $name $pid" 100 || echo "$me: $name ($pid) did not stop" >&2
        fi
    done
    rm -f "$dir/started"
}

# users of the cluster: users/<pid> for a `run`, users/start for a `start`;
# entries of processes that are gone are dropped
live_users() {
    local f
    for f in "$dir"/users/*; do
        [ -e "$f" ] || continue
        case ${f##*/} in
            start) echo start ;;
            *) if kill -0 "${f##*/}" 2> /dev/null; then echo "${f##*/}"; else rm -f "$f"; fi ;;
        esac
    done
}
# the lock is fd 9, which the daemons must not inherit (they would hold it)
locked() { exec 9> "$dir/lock" && flock 9; }
unlock() { { flock -u 9 && exec 9>&-; } 2> /dev/null || true; }
leave() {
    unlock # held when a start failed
    locked
    rm -f "$dir/users/$1"
    [ -n "$(live_users)" ] || stop_daemons
    unlock
}

mkdir -p "$dir/users"
case ${1:-} in
    run)
        shift
        [ $# -gt 0 ] || die "usage: $me run CMD [ARG...]"
        # stop on the way out, also after a failed start, Ctrl-C or a kill
        # (the daemons have sessions of their own: Ctrl-C does not reach them)
        locked
        touch "$dir/users/$$"
        trap 'leave $$' EXIT
        start_daemons
        unlock
        trap 'exit 130' INT
        trap 'exit 143' TERM
        status=0
        "$@" || status=$?
        exit $status
        ;;
    start)
        locked
        touch "$dir/users/start"
        trap 'leave start' EXIT # a failed start stops what it started
        start_daemons
        trap - EXIT
        unlock
        echo "SLURM_CONF=$conf"
        ;;
    stop)
        locked
        rm -f "$dir/users/start"
        users=$(live_users)
        if [ -n "$users" ]; then
            echo "$me: still in use by process $(echo $users), left running" >&2
        else
            stop_daemons
        fi
        unlock
        ;;
    status)
        munge_ok && echo "munged: up" || echo "munged: down"
        ctld_ok && echo "slurmctld: up" || echo "slurmctld: down"
        slurmd_ok && echo "slurmd: up" || echo "slurmd: down"
        [ -s "$dir/started" ] && sed 's/^/started here: /' "$dir/started"
        if ctld_ok; then sinfo -N; squeue; fi
        ;;
    *) die "usage: $me run CMD [ARG...] | start | stop | status" ;;
esac
