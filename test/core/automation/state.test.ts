import { describe, expect, it } from 'vitest';
import {
  automationWarning,
  recordAutomaticRun,
  setAutomationEnabled,
} from '../../../src/core/automation/state';
import { MemoryProperties } from '../../fakes/memory-ports';

const at = (iso: string) => new Date(iso);

describe('automationWarning', () => {
  it('says nothing while automation is off', () => {
    expect(automationWarning(new MemoryProperties(), at('2026-11-30T00:00:00Z'), 'zh')).toBeNull();
  });
  it('warns when the last automatic run is more than two days old', () => {
    const properties = new MemoryProperties();
    setAutomationEnabled(properties, at('2026-11-01T00:00:00Z'));
    recordAutomaticRun(properties, at('2026-11-20T06:00:00Z'));
    expect(automationWarning(properties, at('2026-11-22T06:00:00Z'), 'en')).toBeNull();
    expect(automationWarning(properties, at('2026-11-23T06:00:01Z'), 'en')).toBe(
      'Automatic summaries have not run for 3 days. See the Run log, or turn automation off and on again.',
    );
    expect(automationWarning(properties, at('2026-11-23T06:00:01Z'), 'zh')).toContain('3 天');
  });
  it('counts from the moment automation was turned on when no run has happened yet', () => {
    const properties = new MemoryProperties();
    setAutomationEnabled(properties, at('2026-11-20T00:00:00Z'));
    expect(automationWarning(properties, at('2026-11-21T00:00:00Z'), 'en')).toBeNull();
    expect(automationWarning(properties, at('2026-11-22T00:00:01Z'), 'en')).toContain('have not run yet');
    setAutomationEnabled(properties, null);
    expect(automationWarning(properties, at('2026-11-29T00:00:00Z'), 'en')).toBeNull();
  });
});
