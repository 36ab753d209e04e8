#!/usr/bin/env bash
# 4. The week's summary tab in the workbook, and the same week as an HTML page to send round.
set -euo pipefail
OUT=${OUT:-out/examples}
npx spiral summary "$OUT/shop.xlsx" --week 2026-W47
npx spiral report "$OUT/shop.xlsx" --week 2026-W47 --out "$OUT/report-2026-W47.html"
