import type { Channel, CustomerType } from '../../core/sheets';
import { addDays } from '../../core/time';
import {
  type DemoProduct,
  NICK_HEADS,
  REGIONS,
  WHOLESALE_SUFFIXES,
  WHOLESALE_TOWNS,
  WHOLESALE_WORDS,
} from './catalog';
import type { Rng } from './random';

export interface Customer {
  id: string;
  type: CustomerType;
  channel: Channel;
  region: string;
  product: string;
}

const CHANNEL_WEIGHTS: Record<CustomerType, readonly (readonly [Channel, number])[]> = {
  new: [
    ['chat', 72],
    ['wechat', 6],
    ['phone', 5],
    ['1688', 7],
    ['other', 10],
  ],
  returning: [
    ['chat', 55],
    ['wechat', 30],
    ['phone', 8],
    ['1688', 2],
    ['other', 5],
  ],
  wholesaler: [
    ['1688', 60],
    ['phone', 20],
    ['wechat', 15],
    ['chat', 5],
  ],
  distributor: [
    ['1688', 55],
    ['wechat', 30],
    ['chat', 10],
    ['phone', 5],
  ],
};

/** Who is talking: new nicknames, earlier buyers coming back, and a fixed circle of wholesale buyers. */
export class CustomerBook {
  private readonly rng: Rng;
  private readonly used = new Set<string>();
  /** Buyers in the order (and so the date order) they bought. */
  private readonly buyers: { customer: Customer; date: string }[] = [];
  private readonly retailBuyers: { customer: Customer; date: string }[] = [];
  private readonly trade: Customer[] = [];

  constructor(rng: Rng) {
    this.rng = rng;
    for (let i = 0; i < 24; i++) {
      const [town, province] = rng.pick(WHOLESALE_TOWNS);
      const id = this.unique(() => town + rng.pick(WHOLESALE_WORDS) + rng.pick(WHOLESALE_SUFFIXES));
      const type: CustomerType = i % 2 === 0 ? 'wholesaler' : 'distributor';
      this.trade.push({ id, type, channel: '1688', region: province, product: '' });
    }
  }

  forPreSale(type: CustomerType, product: string, date: string): Customer {
    const rng = this.rng;
    if (type === 'wholesaler' || type === 'distributor') {
      const buyer = rng.pick(this.trade.filter((candidate) => candidate.type === type));
      return { ...buyer, channel: rng.weighted(CHANNEL_WEIGHTS[type]), product };
    }
    const earlier = countBefore(this.retailBuyers, date);
    if (type === 'returning' && earlier > 0 && rng.chance(0.7)) {
      const buyer = this.retailBuyers[rng.int(0, earlier - 1)]!.customer;
      return { ...buyer, type, channel: rng.weighted(CHANNEL_WEIGHTS.returning), product };
    }
    return this.stranger(type, product);
  }

  /** Most after-sale chats come from someone who bought at least three days earlier (the parcel had to arrive). */
  forAfterSale(type: CustomerType, product: () => DemoProduct, date: string): Customer {
    const arrived = countBefore(this.buyers, addDays(date, -2));
    if (arrived > 0 && this.rng.chance(0.75)) return this.buyers[this.rng.int(0, arrived - 1)]!.customer;
    if (type === 'wholesaler' || type === 'distributor') return this.forPreSale(type, product().name, date);
    return this.stranger(type, product().name);
  }

  bought(customer: Customer, date: string): void {
    this.buyers.push({ customer, date });
    if (customer.type === 'new' || customer.type === 'returning') this.retailBuyers.push({ customer, date });
  }

  private stranger(type: CustomerType, product: string): Customer {
    const rng = this.rng;
    const id = this.unique(() =>
      rng.chance(0.3) ? `tb${rng.int(10_000_000, 99_999_999)}` : rng.pick(NICK_HEADS) + rng.int(1, 9999),
    );
    return { id, type, channel: rng.weighted(CHANNEL_WEIGHTS[type]), region: rng.weighted(REGIONS), product };
  }

  private unique(make: () => string): string {
    let id = make();
    while (this.used.has(id)) id = `${make()}${this.rng.int(1, 99)}`;
    this.used.add(id);
    return id;
  }
}

/** How many entries of a date-ordered list fall before the date (binary search). */
function countBefore(list: readonly { date: string }[], date: string): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (list[middle]!.date < date) low = middle + 1;
    else high = middle;
  }
  return low;
}
