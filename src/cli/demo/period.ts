import { isDate, isoWeekday } from '../../core/time';

/** The stretch of days the demo covers, and the weeks where its planted signals change. */
export interface DemoPeriod {
  start: string;
  weeks: number;
  days: number;
  /** First week of the last three: the gift crunch (赠品不满意 rises). */
  lateFromWeek: number;
  /** First week after our agents adopt the "praise me in your review" script. */
  praiseRampWeek: number;
}

export function demoPeriod(start: string, weeks: number): DemoPeriod {
  if (!isDate(start)) throw new RangeError(`not a date 'YYYY-MM-DD': ${start}`);
  if (isoWeekday(start) !== 1) throw new RangeError(`demo start must be a Monday: ${start}`);
  if (!Number.isInteger(weeks) || weeks < 1 || weeks > 104) {
    throw new RangeError(`demo weeks must be a whole number from 1 to 104: ${weeks}`);
  }
  return {
    start,
    weeks,
    days: weeks * 7,
    lateFromWeek: Math.max(0, weeks - 3),
    praiseRampWeek: Math.floor(weeks * 0.4),
  };
}

/** 双11: the shopping festival's first eleven days of November, when the desk is swamped. */
export function isFestival(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '11-01' && monthDay <= '11-11';
}

/** After 双11: the buyers have stocked up and the shop goes quiet for eleven days (双11 后的透支期). */
export function isLull(date: string): boolean {
  const monthDay = date.slice(5);
  return monthDay >= '11-12' && monthDay <= '11-22';
}
