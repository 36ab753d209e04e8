#!/usr/bin/env bash
# 1. A new workbook with Spiral's sheets (Chinese headers; add --lang en for English ones).
set -euo pipefail
OUT=${OUT:-out/examples}
mkdir -p "$OUT"
rm -f "$OUT/shop.xlsx"
npx spiral init "$OUT/shop.xlsx"
