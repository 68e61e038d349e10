#!/usr/bin/env bash
# Runs everything CI runs: host build, format check, surface check of the device build, all tests.
# Ends with the totals on a line of its own: "N passed, N failed, N skipped".
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
results="$root/artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

step() { printf '\n== %s\n' "$*"; }
fail() { printf '\n%s\n0 passed, 1 failed\n' "$*"; exit 1; }

step "tools (dotnet tool restore: PowerShell for the flash.ps1 tests)"
dotnet tool restore >/dev/null || fail "dotnet tool restore failed (.config/dotnet-tools.json)"

step "host build"
dotnet build host/Telemetry.Host.slnx -c Release -nologo -clp:ErrorsOnly || fail "host build failed"

step "format check (dotnet format --verify-no-changes)"
dotnet format host/Telemetry.Host.slnx --verify-no-changes --no-restore -v quiet || fail "code is not formatted: run 'dotnet format host/Telemetry.Host.slnx'"

step "surface check (device sources against the nanoFramework API listing)"
dotnet artifacts/bin/SurfaceCheck/release/SurfaceCheck.dll --repo "$root" || fail "surface check failed"

step "tests"
status=0
for project in UnitTests HostTests; do
    dotnet test "host/$project" -c Release --no-build -nologo \
        --logger "trx;LogFileName=$project.trx" --results-directory "$results" \
        --logger "console;verbosity=minimal" || status=1
done

# Sum the counters of every test run (one .trx per test project).
read -r passed failed skipped < <(
    sed -n 's/.*<Counters \([^>]*\)\/>.*/\1/p' "$results"/*.trx 2>/dev/null |
        awk '{ for (i = 1; i <= NF; i++) { split($i, kv, "="); gsub(/"/, "", kv[2]); c[kv[1]] += kv[2] } }
             END { printf "%d %d %d\n", c["passed"], c["failed"] + c["error"] + c["timeout"] + c["aborted"], c["total"] - c["executed"] }')
if [ "$status" -ne 0 ] && [ "${failed:-0}" -eq 0 ]; then
    failed=1
fi
printf '\n%s passed, %s failed, %s skipped\n' "${passed:-0}" "${failed:-0}" "${skipped:-0}"
exit "$status"
