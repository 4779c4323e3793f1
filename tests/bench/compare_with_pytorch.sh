#!/usr/bin/env bash
# Runs `cohort-cli bench train` and, where Debian's python3-torch is installed, the same
# training loop in PyTorch's eager Python API, then prints the speed ratio per batch size.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cli=${1:-$here/../../build/bin/cohort-cli}
# Debian's python3-torch belongs to the system interpreter, not to any other python3 on PATH.
python=${PYTHON:-/usr/bin/python3}
cohort=$("$cli" bench train --import-mb 0 --json)
echo "Cohort (LibTorch, hand-written backward, flat Adam):"
echo "$cohort" | "$python" -c 'import json,sys; d=json.load(sys.stdin)["train_samples_per_second"]; [print(f"  {k}: {v:,.0f} samples/s") for k,v in d.items()]'
if ! "$python" -c 'import torch' 2>/dev/null; then
    echo "PyTorch comparison skipped: python3-torch is not installed (apt-get install python3-torch)."
    exit 0
fi
inputs=$(echo "$cohort" | "$python" -c 'import json,sys; print(json.load(sys.stdin)["model"]["input_width"])')
classes=$(echo "$cohort" | "$python" -c 'import json,sys; print(json.load(sys.stdin)["model"]["classes"])')
# The same single-threaded BLAS as Cohort sets for itself, so neither side spins idle threads.
pytorch=$(OPENBLAS_NUM_THREADS=1 "$python" "$here/pytorch_train_loop.py" --inputs "$inputs" --classes "$classes")
echo "PyTorch $("$python" -c "import torch; print(torch.__version__)") eager loop, same network:"
"$python" - "$cohort" "$pytorch" <<'PY'
import json, sys
cohort = json.loads(sys.argv[1])["train_samples_per_second"]
pytorch = json.loads(sys.argv[2])
for key in ("batch_64", "batch_256"):
    print(f"  {key}: {pytorch[key]:,.0f} samples/s; Cohort / PyTorch = {cohort[key] / pytorch[key]:.2f}x")
PY
