import { describe, expect, it } from 'vitest';
import { gasPorts, SPREADSHEET_ID_KEY } from '../../src/gas/main';
import { createGasFakes } from '../fakes/gas-services';

describe('gasPorts', () => {
  it('uses the active spreadsheet and remembers its id for trigger runs', () => {
    const fakes = createGasFakes({ timeZone: 'Asia/Tokyo' });
    const ports = gasPorts(fakes);
    expect(ports.wb.sheetNames()).toEqual(['Sheet1']);
    expect(ports.timeZone).toBe('Asia/Tokyo');
    expect(fakes.properties.document.store.get(SPREADSHEET_ID_KEY)).toBe('spreadsheet-1');
    ports.properties.set('lastWeekly', '2026-W47');
    expect(fakes.properties.document.store.get('spiral.lastWeekly')).toBe('2026-W47');
    expect(ports.lock.tryAcquire(0)).toBe(true);
    expect(fakes.locks.document.holder).toBe(fakes.executionId);
  });

  it('does not rewrite the id when it is already stored', () => {
    const fakes = createGasFakes();
    gasPorts(fakes);
    fakes.resetCalls();
    gasPorts(fakes);
    expect(fakes.calls['document.setProperty']).toBeUndefined();
  });

  it('opens the remembered spreadsheet by id in a time-driven run', () => {
    const fakes = createGasFakes({ container: 'trigger' });
    fakes.properties.document.store.set(SPREADSHEET_ID_KEY, 'spreadsheet-1');
    const ports = gasPorts(fakes);
    ports.wb.addSheet('Seen');
    expect(fakes.spreadsheet.names()).toContain('Seen');
    expect(fakes.calls.openById).toBe(1);
  });

  it('says how to recover when a run has neither an active nor a remembered spreadsheet', () => {
    expect(() => gasPorts(createGasFakes({ container: 'trigger' }))).toThrow(
      /open it and run Spiral from the menu/,
    );
    expect(() => gasPorts(createGasFakes({ container: 'none' }))).toThrow(/找不到表格/);
  });
});
