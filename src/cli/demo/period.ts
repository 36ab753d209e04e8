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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function toUtc(date: string): Date {
  const match = ISO_DATE.exec(date);
  const parsed = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!parsed || parsed.toISOString().slice(0, 10) !== date)
    throw new RangeError(`not a date 'YYYY-MM-DD': ${date}`);
  return parsed;
}

export function addDays(date: string, days: number): string {
  const value = toUtc(date);
  value.setUTCDate(value.getUTCDate() + days);
  return value.toISOString().slice(0, 10);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return toUtc(date).getUTCDay();
}

export function demoPeriod(start: string, weeks: number): DemoPeriod {
  if (dayOfWeek(start) !== 1) throw new RangeError(`demo start must be a Monday: ${start}`);
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
