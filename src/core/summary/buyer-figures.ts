/**
 * Per-buyer figures beside the per-row ones (the desk tools count conversion per buyer: 询单人数,
 * 询单成交人数, 询单转化率), and the shop's sales split by whether an inquiry led to them.
 */
import type { Order } from '../ingest/orders';
import { isPaid } from '../ingest/orders';
import { attribute } from '../matching/attribute';
import type { Inquiry } from '../sheets/records';
import { money } from '../stats/figures';
import { type ChangeLabel, labelChanges, wilson } from '../stats/proportions';
import type { Period } from '../time/periods';
import { periodContains } from '../time/periods';

export interface BuyerChange {
  label: ChangeLabel;
  p: number | null;
  previousBuyers: number;
  previousPaidBuyers: number;
  previousRate: number | null;
}

export interface BuyerFigures {
  /** Distinct buyers with a pre-sale inquiry in the period. */
  buyers: number;
  /** Those with a converted pre-sale inquiry in the period. */
  paidBuyers: number;
  buyerConversionRate: number | null;
  buyerCi95: [number, number];
  buyerChange: BuyerChange;
  /**
   * Sales that inquiries led to: with orders, the paid amounts of orders paid in the period that
   * belong to an inquiry (matching's rule); without, the amounts of converted pre-sale inquiries.
   */
  attributedSales: number;
  /** All orders paid in the period; null when the Orders sheet is empty. */
  storeSales: number | null;
  /** Orders paid in the period by buyers with no inquiry in their window; null without orders. */
  silentSales: number | null;
  /** attributedSales / storeSales; null without orders or sales. */
  inquiryShareOfSales: number | null;
}

const rate = (hits: number, n: number) => (n > 0 ? hits / n : null);

/** Distinct buyers of pre-sale rows, and those of converted ones. */
export function buyerCounts(preSale: readonly Inquiry[]): { buyers: number; paidBuyers: number } {
  const buyers = new Set<string>();
  const paid = new Set<string>();
  for (const r of preSale) {
    const id = buyerId(r);
    buyers.add(id);
    if (r.converted === true) paid.add(id);
  }
  return { buyers: buyers.size, paidBuyers: paid.size };
}

/** A row without a customer ID is a buyer of its own (it cannot be merged with anyone). */
const buyerId = (r: Inquiry): string => r.customerId.trim() || `\u0000row ${r.row}`;

/** Paid orders of the period, and those an inquiry accounts for (matching's rule). */
export interface BuyerSales {
  store: number;
  attributed: number;
}

/**
 * The headline's per-buyer figures from counts: distinct pre-sale buyers this period and last,
 * the period's order sales (null without orders) and, without orders, the converted inquiries' sales.
 */
export function buyerFiguresOf(
  buyers: { current: BuyerCountsLike; previous: BuyerCountsLike },
  sales: BuyerSales | null,
  inquirySales: number,
): BuyerFigures {
  const now = buyers.current;
  const before = buyers.previous;
  const [change] = labelChanges([
    {
      previous: { hits: before.paidBuyers, n: before.buyers },
      current: { hits: now.paidBuyers, n: now.buyers },
    },
  ]);
  return {
    buyers: now.buyers,
    paidBuyers: now.paidBuyers,
    buyerConversionRate: rate(now.paidBuyers, now.buyers),
    buyerCi95: wilson(now.paidBuyers, now.buyers),
    buyerChange: {
      label: change!.label,
      p: change!.p,
      previousBuyers: before.buyers,
      previousPaidBuyers: before.paidBuyers,
      previousRate: rate(before.paidBuyers, before.buyers),
    },
    attributedSales: sales?.attributed ?? money(inquirySales),
    storeSales: sales?.store ?? null,
    silentSales: sales === null ? null : money(sales.store - sales.attributed),
    inquiryShareOfSales: sales === null ? null : rate(sales.attributed, sales.store),
  };
}

interface BuyerCountsLike {
  buyers: number;
  paidBuyers: number;
}

export interface OrderSalesInput {
  period: Period;
  /** Pre-sale inquiries of any date (attribution looks across period edges). */
  preSale: readonly Inquiry[];
  orders: readonly Order[];
  attributionDays: number;
}

/** Orders paid in the period, split by whether an inquiry accounts for them; null without orders. */
export function orderSales(input: OrderSalesInput): BuyerSales | null {
  if (input.orders.length === 0) return null;
  const paid = input.orders.filter(isPaid);
  const { inquiryOf } = attribute(
    input.preSale.map((r) => ({
      ...r,
      customerId: r.customerId.trim(),
      dateTime: r.dateTime ?? `${r.date} 00:00:00`,
    })),
    paid,
    input.attributionDays,
  );
  let store = 0;
  let attributed = 0;
  for (const o of paid) {
    if (!periodContains(input.period, o.paidAt.slice(0, 10))) continue;
    store += o.paidAmount ?? 0;
    if (inquiryOf.has(o.row)) attributed += o.paidAmount ?? 0;
  }
  return { store: money(store), attributed: money(attributed) };
}
