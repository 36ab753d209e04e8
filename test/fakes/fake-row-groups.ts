/**
 * Row groups of a fake sheet as Sheets keeps them: a group depth per row (0–8), where the groups of
 * depth d are the runs of rows at depth d or more; a collapsed flag per group; hidden rows. What the
 * documentation leaves open is modelled the strict way: clear() keeps groups and hidden rows, and a
 * group removed while collapsed leaves its rows hidden, so a writer must show them itself.
 */

/** Sheets' deepest row group. */
export const MAX_GROUP_DEPTH = 8;

export interface FakeGroup {
  first: number;
  last: number;
  depth: number;
  collapsed: boolean;
}

export type ControlPosition = 'BEFORE' | 'AFTER';

export class FakeRowGroups {
  /** Depth of row r at [r - 1]; missing rows are at depth 0. */
  private depths: number[] = [];
  /** Collapsed groups by `depth:first`. */
  private collapsedKeys = new Set<string>();
  readonly hidden = new Set<number>();
  control: ControlPosition = 'AFTER';

  depthOf(row: number): number {
    return this.depths[row - 1] ?? 0;
  }

  /** Every group, shallow first, then top to bottom. */
  groups(): FakeGroup[] {
    const out: FakeGroup[] = [];
    let deepest = 0;
    for (const d of this.depths) deepest = Math.max(deepest, d ?? 0);
    for (let depth = 1; depth <= deepest; depth++) {
      let first = 0;
      for (let r = 1; r <= this.depths.length + 1; r++) {
        const inside = this.depthOf(r) >= depth;
        if (inside && first === 0) first = r;
        if (!inside && first > 0) {
          out.push({ first, last: r - 1, depth, collapsed: this.collapsedKeys.has(`${depth}:${first}`) });
          first = 0;
        }
      }
    }
    return out;
  }

  /** shiftRowGroupDepth over rows first–last: depths move by delta, within 0–8. */
  shift(first: number, last: number, delta: number): void {
    for (let r = first; r <= last; r++)
      this.depths[r - 1] = Math.min(MAX_GROUP_DEPTH, Math.max(0, this.depthOf(r) + delta));
    this.forgetGone();
  }

  /** Sheet.collapseAllRowGroups: needs at least one group, as the documentation says. */
  collapseAll(): void {
    const all = this.groups();
    if (all.length === 0) throw new Error('This sheet has no row groups.');
    for (const g of all) this.collapse(g);
  }

  /** Rows inserted (insert > 0) or deleted (remove > 0) after row `at`: depths and hidden rows move with them. */
  splice(at: number, remove: number, insert: number): void {
    // A row inserted inside a group joins it, as in Sheets; at a group's edge it stays outside.
    const inherited = Math.min(this.depthOf(at), this.depthOf(at + 1));
    if (this.depths.length > at) this.depths.splice(at, remove, ...new Array<number>(insert).fill(inherited));
    const moved = [...this.hidden]
      .map((r) => (r > at + remove ? r - remove + insert : r > at ? 0 : r))
      .filter((r) => r > 0);
    this.hidden.clear();
    for (const r of moved) this.hidden.add(r);
    this.forgetGone();
  }

  private collapse(g: FakeGroup): void {
    this.collapsedKeys.add(`${g.depth}:${g.first}`);
    for (let r = g.first; r <= g.last; r++) this.hidden.add(r);
  }

  /** A collapsed flag outlives its group only while a group still starts there at that depth. */
  private forgetGone(): void {
    const starts = new Set(this.groups().map((g) => `${g.depth}:${g.first}`));
    for (const key of [...this.collapsedKeys]) if (!starts.has(key)) this.collapsedKeys.delete(key);
  }
}
