#!/usr/bin/env bash
# Runs a command as on a bare machine: inside a private mount namespace, no font folders (so no CJK
# font) and no chromium (whited out of /usr/bin by an overlay, its program folder emptied). Linux,
# as root. The project's own set-up (npm ci) must then bring what the tests and the demo need.
#   sudo src/tools/bare-machine.sh bash -c 'CI=true bash .ci/run'
set -euo pipefail
if [ "${SPIRAL_BARE_INSIDE:-}" != "1" ]; then
  exec env SPIRAL_BARE_INSIDE=1 unshare -m --propagation private "$0" "$@"
fi
ns=$(mktemp -d)
mkdir -p "$ns/upper" "$ns/work"
mknod "$ns/upper/chromium" c 0 0
mount -t overlay overlay -o "lowerdir=/usr/bin,upperdir=$ns/upper,workdir=$ns/work" /usr/bin
for dir in /usr/share/fonts /usr/local/share/fonts /usr/lib/chromium; do
  if [ -d "$dir" ]; then mount -t tmpfs tmpfs "$dir"; fi
done
set +e
"$@"
rc=$?
rm -rf "$ns" 2>/dev/null
exit $rc
