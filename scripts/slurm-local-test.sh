#!/usr/bin/env bash
# A real single-node Slurm (Debian's slurm-wlm and munge; slurmctld, slurmd and munged started by
# hand, no systemd) running a jdarts experiment grid from the files 'jdarts experiment table9
# --emit slurm' writes: the smoke budget on the sample data, one task stopped mid-run with SIGTERM
# (scancel --signal=TERM), requeued, resumed from its checkpoint, and the collected table checked.
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

say "6. submit"
bash "$work/grid/table9-submit.sh" | tee "$work/submit.txt"
searches=$(awk '{print $4}' "$work/submit.txt")
searches=${searches%;*}

say "7. SIGTERM to the darts-ir search task once it has a checkpoint (scancel --signal=TERM --batch)"
target="${searches}_1"
for _ in $(seq 3600); do [[ -f "$work/grid/darts-ir/search-1/checkpoint.bin" ]] && break; sleep 0.5; done  # up to 30 min
[[ -f "$work/grid/darts-ir/search-1/checkpoint.bin" ]] || { echo "darts-ir search never got a checkpoint"; exit 1; }
scancel --signal=TERM --batch "$target"
squeue -a -o '%.14i %.22j %.9T %.10M %R'

say "8. wait for every job"
while squeue -h | grep -q .; do sleep 5; done
squeue -a
sacct --completion -a -o JobID%16,JobName%24,State,ExitCode,Elapsed 2>/dev/null | tee "$work/sacct.txt"  # (filetxt: raw job ids)

say "9. checks"
grep -q "requeueing ${target}" "$work"/grid/slurm-logs/*.out || { echo "task $target was not requeued"; exit 1; }
grep -q '"resumptions" : \[ {' "$work/grid/darts-ir/search-1/provenance.json" || { echo "not resumed"; exit 1; }
grep -q "6 of 6 grid cells finished" "$work/grid/table9.md" || { echo "table incomplete"; exit 1; }
sed -n '/^## The table/,/^## Against/p' "$work/grid/table9.md"
echo "slurm-local-test: OK"
