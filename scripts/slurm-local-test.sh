#!/usr/bin/env bash
# A real single-node Slurm (Debian's slurm-wlm and munge; slurmctld, slurmd and munged started by
# hand, no systemd) running a jdarts experiment grid from the files 'jdarts experiment table9
# --emit slurm' writes: the smoke budget on the sample data, with three faults, each followed by
# the scheduler's requeue: a task SIGTERMed during its start-up (before its first checkpoint), a
# task SIGTERMed mid-run, and a task whose node dies (slurmd and the task SIGKILLed, its lock left
# naming another host; Slurm requeues it once the node stops answering, and the rerun takes the
# lock over when its lease has run out). The grid must still complete and the table be collected.
#
# Usage (as root, after 'mvn -q -DskipTests package'):  scripts/slurm-local-test.sh [WORK_DIR]
#   JDARTS_DATA  sample data folder (default: ../shared/cifar10-sample)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(realpath -m "${1:-/tmp/jdarts-slurm}")"
data="$(realpath "${JDARTS_DATA:-$repo/../shared/cifar10-sample}")"
host="$(hostname -s)"
say() { printf '\n== %s\n' "$*"; }

say "1. packages"
if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi
slurmctld -V

say "2. munge"
mkdir -p /etc/munge /var/lib/munge /var/log/munge /run/munge
[[ -s /etc/munge/munge.key ]] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 status=none
chown -R munge:munge /etc/munge /var/lib/munge /var/log/munge /run/munge
chmod 0400 /etc/munge/munge.key
pgrep -x munged >/dev/null || runuser -u munge -- munged
munge -n | unmunge | grep STATUS

say "3. slurm.conf (one node: $host, $(nproc) CPUs)"
mkdir -p /etc/slurm /var/spool/slurmctld /var/spool/slurmd /var/log/slurm
memory=$(( $(awk '/MemTotal/ {print $2}' /proc/meminfo) / 1024 - 1024 ))
cat > /etc/slurm/slurm.conf <<CONF
ClusterName=jdarts-local
SlurmctldHost=$host
SlurmUser=root
AuthType=auth/munge
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SchedulerType=sched/backfill
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
JobRequeue=1
SlurmdTimeout=10
StateSaveLocation=/var/spool/slurmctld
SlurmdSpoolDir=/var/spool/slurmd
SlurmctldLogFile=/var/log/slurm/slurmctld.log
SlurmdLogFile=/var/log/slurm/slurmd.log
AccountingStorageType=accounting_storage/none
JobCompType=jobcomp/filetxt
JobCompLoc=/var/log/slurm/jobcomp.log
JobAcctGatherType=jobacct_gather/none
MpiDefault=none
NodeName=$host CPUs=$(nproc) RealMemory=$memory State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP OverSubscribe=NO
CONF

say "4. daemons"
pkill -x slurmctld 2>/dev/null || true
pkill -x slurmd 2>/dev/null || true
sleep 1
slurmctld -c
slurmd
for _ in $(seq 30); do sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mixed' && break; sleep 1; done
sinfo

say "5. the grid's Slurm files (smoke budget, 2-epoch searches so that a task can stop mid-run)"
rm -rf "$work"; mkdir -p "$work"
grid=(experiment table9 --budget smoke --set search.epochs=2 --data "$data" --out "$work/grid")
"$repo/jdarts" "${grid[@]}" --emit slurm --partition debug --gpus 0 --time-limit 00:30:00 --max-parallel 1
cat "$work/grid/table9-task.sbatch"

say "6. submit (a lease of 20 s, passed on to every task)"
export JDARTS_LOCK_LEASE=20
bash "$work/grid/table9-submit.sh" | tee "$work/submit.txt"
searches=$(awk '{print $4}' "$work/submit.txt")
searches=${searches%;*}

say "7. SIGTERM to the darts search task during its start-up: once it holds its lock, before any checkpoint"
starting="${searches}_0"
for _ in $(seq 36000); do [[ -f "$work/grid/darts/search-1/run.lock" ]] && break; sleep 0.05; done
[[ -f "$work/grid/darts/search-1/checkpoint.bin" ]] && { echo "too late: the darts search already checkpointed"; exit 1; }
# (a job still in launch answers "can not be altered now": try again until the task says it got it)
for _ in $(seq 100); do
  timeout 5 scancel --signal=TERM --batch "$starting" 2>/dev/null && break
  grep -qs 'SIGTERM' "$work/grid/slurm-logs/${searches}_0.out" && break
  sleep 0.2
done

say "8. SIGTERM to the darts-ir search task once it has a checkpoint (scancel --signal=TERM --batch)"
target="${searches}_1"
for _ in $(seq 3600); do [[ -f "$work/grid/darts-ir/search-1/checkpoint.bin" ]] && break; sleep 0.5; done  # up to 30 min
[[ -f "$work/grid/darts-ir/search-1/checkpoint.bin" ]] || { echo "darts-ir search never got a checkpoint"; exit 1; }
scancel --signal=TERM --batch "$target"
squeue -a -o '%.14i %.22j %.9T %.10M %R'

say "9. the node of the darts-sandglass search task dies once the task has a checkpoint"
dying="$work/grid/darts-sandglass/search-1"
for _ in $(seq 3600); do [[ -f "$dying/checkpoint.bin" ]] && break; sleep 0.5; done
[[ -f "$dying/checkpoint.bin" ]] || { echo "darts-sandglass search never got a checkpoint"; exit 1; }
pkill -9 -x slurmd; pkill -9 -x slurmstepd || true; pkill -9 -f 'experiment table9' || true
sleep 1
[[ -f "$dying/run.lock" ]] || { echo "the killed task left no lock"; exit 1; }
# the lock of a process on a node that is gone: only its lease can free it
sed -i 's/"host" *: *"[^"]*"/"host" : "node-a-dead"/' "$dying/run.lock"
cat "$dying/run.lock"; echo
for _ in $(seq 120); do sinfo -h -o %T | grep -qE 'down|not_responding' && break; sleep 1; done
sinfo
slurmd  # the node comes back (ReturnToService=2); Slurm requeued the task it lost
for _ in $(seq 60); do sinfo -h -o %T 2>/dev/null | grep -qE 'idle|mixed|allocated' && break; sleep 1; done
sinfo
squeue -a -o '%.14i %.22j %.9T %.10M %R'

say "10. wait for every job"
while squeue -h | grep -q .; do sleep 5; done
squeue -a
sacct --completion -a -o JobID%16,JobName%24,State,ExitCode,Elapsed 2>/dev/null | tee "$work/sacct.txt"  # (filetxt: raw job ids)

say "11. checks"
logs=("$work"/grid/slurm-logs/*.out)
grep -q "requeueing ${starting}" "${logs[@]}" || { echo "task $starting (stopped in start-up) was not requeued"; exit 1; }
grep -h "stopped by a signal after 0 finished epoch" "${logs[@]}" | head -1
grep -q '"resumptions" : \[ {' "$work/grid/darts/search-1/provenance.json" || { echo "darts: not resumed"; exit 1; }
grep -q "requeueing ${target}" "${logs[@]}" || { echo "task $target was not requeued"; exit 1; }
grep -q '"resumptions" : \[ {' "$work/grid/darts-ir/search-1/provenance.json" || { echo "darts-ir: not resumed"; exit 1; }
grep -h "taking over the lock of process .* on node-a-dead" "$work"/grid/slurm-logs/*.out /dev/null | head -1 | grep . \
  || { echo "the dead node's lock was not taken over"; exit 1; }
grep -q '"resumptions" : \[ {' "$dying/provenance.json" || { echo "darts-sandglass: not resumed"; exit 1; }
grep -q "6 of 6 grid cells finished" "$work/grid/table9.md" || { echo "table incomplete"; exit 1; }
sed -n '/^## The table/,/^## Against/p' "$work/grid/table9.md"
echo "slurm-local-test: OK"
