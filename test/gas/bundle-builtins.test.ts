/**
 * The built bundle runs where only what Apps Script documents exists (issue 22, item 7): loaded with
 * the builtins its reference does not list removed, it sets up, imports, runs the daily trigger and
 * serves the panel.
 */
import { beforeAll, expect, it } from 'vitest';
import { build } from '../../src/tools/build';
import { createGasFakes } from '../fakes/gas-services';
import { loadBundle, UNDOCUMENTED_BUILTINS } from './bundle-harness';

beforeAll(async () => {
  await build();
}, 240_000);

it('runs set-up, automation and the panel without the builtins Apps Script does not document', async () => {
  const first = createGasFakes();
  first.clock.time = Date.parse('2026-11-09T03:00:00Z');
  const load = (fakes: typeof first) => loadBundle(fakes, undefined, { without: UNDOCUMENTED_BUILTINS });
  const setUp = load(first);
  for (const name of UNDOCUMENTED_BUILTINS) expect(setUp.evaluate(`typeof ${name}`)).toBe('undefined');
  await setUp.call('setUpSheets');
  await load(first.nextExecution()).call('turnOnAutomation');
  const trigger = first.nextExecution({ container: 'trigger' });
  trigger.clock.time = Date.parse('2026-11-09T23:00:00Z');
  await load(trigger).call('runDueTrigger');
  const panel = load(first.nextExecution());
  expect(panel.call('sidebarHealth', 'zh')).toMatchObject({ automation: { enabled: true } });
  const errors = [first, trigger].flatMap((f) => f.console.lines.filter((l) => l.level === 'error'));
  expect(errors).toEqual([]);
  expect(first.ui.alerts.map((a) => a.prompt).join('\n')).not.toMatch(/is not defined/);
});
