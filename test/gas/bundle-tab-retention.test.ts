/**
 * Issue 22 item 5 through the built bundle over the fake: the daily run removes summary tabs older
 * than the retention settings when they still hold what Spiral wrote; an edited one is kept, and
 * both are named in the Run log.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { say } from '../../src/core/messages/catalogue';
import { build } from '../../src/tools/build';
import { LOG, setUpBook } from './bundle-book';

beforeAll(async () => {
  await build();
}, 240_000);

const inquiry = (date: string) => ({
  date,
  agent: '小美',
  customerId: `buyer-${date}`,
  stage: 'pre-sale',
  question: '有优惠吗',
  converted: true,
  amount: 199,
});

/** Shanghai's wall clock (UTC+8) on a November day of 2026. */
const shanghai = (day: number, hour: number) => new Date(Date.UTC(2026, 10, day, hour - 8, 10)).toISOString();

describe('summary tab retention', () => {
  it('removes old unedited weekly tabs, keeps an edited one, and lists both in the Run log', async () => {
    const b = await setUpBook({}, '2026-11-09T03:00:00Z');
    b.setSetting('triggerHour', 7);
    b.setSetting('lookBackWeeks', 6);
    b.setSetting('lookBackMonths', 1);
    b.append('inquiries', [inquiry('2026-09-28'), inquiry('2026-11-03'), inquiry('2026-11-10')]);
    await b.run('turnOnAutomation', 'active');
    await b.run('runDueTrigger', 'trigger', shanghai(10, 9));
    const weeks = ['W40', 'W41', 'W42', 'W43', 'W44', 'W45'].map((w) => `周报 2026-${w}`);
    expect(b.summaryTabs().sort()).toEqual([...weeks, '月报 2026-10'].sort());
    // A colleague writes a note into the oldest tab.
    b.wb.write('周报 2026-W40', 2, 1, [['这周有促销，数字偏高']]);
    b.setSetting('lookBackWeeks', 2);
    b.setSetting('keepWeeklyTabs', 2);
    await b.run('runDueTrigger', 'trigger', shanghai(17, 9));
    // W46 is new; W45 and W46 are the two kept; W41–W44 held what Spiral wrote and go; W40 was edited.
    expect(b.summaryTabs().sort()).toEqual(
      ['周报 2026-W40', '周报 2026-W45', '周报 2026-W46', '月报 2026-10'].sort(),
    );
    const line = String(b.runLog().at(-1)?.[LOG.actions] ?? '');
    expect(line).toContain(say('zh', 'automation.log.tabsRemoved', { tabs: weeks.slice(1, 5).join(', ') }));
    expect(line).toContain(say('zh', 'automation.log.tabsKept', { tabs: '周报 2026-W40' }));
    // The next day nothing more goes, and the edited tab is named again.
    await b.run('runDueTrigger', 'trigger', shanghai(18, 9));
    expect(b.summaryTabs()).toContain('周报 2026-W40');
  });
});
