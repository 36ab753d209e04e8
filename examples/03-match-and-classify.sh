#!/usr/bin/env bash
# 3. Paid orders matched to the conversations before them; questions classified by the taxonomy.
set -euo pipefail
OUT=${OUT:-out/examples}
npx spiral match "$OUT/shop.xlsx" --now 2026-11-30T06:00:00+08:00
npx spiral classify "$OUT/shop.xlsx"
