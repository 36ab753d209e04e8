/**
 * Masked buyer names. Order reports often hide the middle of 买家会员名 (`t**1`, `小**`), so an order
 * can name a buyer only up to the characters it shows. The one decision, asked by every join of
 * orders to buyers: a masked name stands for a known buyer only when exactly one known buyer fits
 * it; with none or several it stands for nobody (the order is a store sale no inquiry accounts for).
 */

/** Two or more stars (half- or full-width) hide part of the name. */
const STARS = /[*＊]{2,}/u;

/** Whether an export masked this buyer name (some characters hidden behind `**`). */
export function isMaskedBuyer(name: string): boolean {
  return STARS.test(name);
}

/**
 * Whether `name` could be the buyer behind `mask`: it starts with the characters shown before the
 * stars, ends with those after them, and has at least one character in between. A masked name
 * fits itself (a chat export may mask the same way).
 */
export function fitsMask(mask: string, name: string): boolean {
  if (mask === name) return true;
  const stars = STARS.exec(mask);
  if (stars === null) return false;
  const head = [...mask.slice(0, stars.index)];
  const tail = [...mask.slice(stars.index + stars[0].length)];
  const chars = [...name];
  if (chars.length < head.length + tail.length + 1) return false;
  return (
    head.every((c, i) => chars[i] === c) && tail.every((c, i) => chars[chars.length - tail.length + i] === c)
  );
}

/** How an order's buyer name resolved against the known buyers. */
export interface ResolvedBuyer {
  /** The known buyer it stands for; null for a masked name that fits none or several. */
  buyer: string | null;
  masked: boolean;
  /** A masked name that fits more than one known buyer (so it stands for nobody). */
  ambiguous: boolean;
}

export type BuyerResolver = (name: string) => ResolvedBuyer;

/**
 * A resolver over the known buyers (those who asked, by 客户ID). A plain name stands for itself,
 * known or not; a masked one for the single known buyer that fits it. Answers are cached per name,
 * and known names are indexed by first character, so thousands of orders cost one scan per mask.
 */
export function buyerResolver(known: Iterable<string>): BuyerResolver {
  const byFirst = new Map<string, string[]>();
  const all: string[] = [];
  for (const name of new Set(known)) {
    if (name === '') continue;
    all.push(name);
    const first = [...name][0]!;
    const list = byFirst.get(first);
    if (list) list.push(name);
    else byFirst.set(first, [name]);
  }
  const cache = new Map<string, ResolvedBuyer>();
  return (name) => {
    if (!isMaskedBuyer(name)) return { buyer: name, masked: false, ambiguous: false };
    const cached = cache.get(name);
    if (cached) return cached;
    const first = [...name][0]!;
    const candidates = STARS.exec(name)!.index === 0 ? all : (byFirst.get(first) ?? []);
    const fits = candidates.filter((k) => fitsMask(name, k));
    const resolved: ResolvedBuyer = {
      buyer: fits.length === 1 ? fits[0]! : null,
      masked: true,
      ambiguous: fits.length > 1,
    };
    cache.set(name, resolved);
    return resolved;
  };
}
