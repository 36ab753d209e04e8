#!/usr/bin/env bash
# 2. The platform's order report and chat log, as exported: each chat becomes an inquiry row.
set -euo pipefail
OUT=${OUT:-out/examples}
DATA="$(dirname "$0")/data"
npx spiral import "$OUT/shop.xlsx" --sheet orders --file "$DATA/orders.csv"
npx spiral import "$OUT/shop.xlsx" --sheet chats --file "$DATA/chats.csv"
