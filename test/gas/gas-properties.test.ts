import { describe, expect, it } from 'vitest';
import { GasProperties, namespaced } from '../../src/gas/gas-properties';
import { createGasFakes } from '../fakes/gas-services';

describe('GasProperties', () => {
  it('stores values under spiral.* keys in the given store', () => {
    const fakes = createGasFakes();
    const props = new GasProperties(fakes.properties.document);
    expect(props.get('lastWeekly')).toBeNull();
    props.set('lastWeekly', '2026-W47');
    expect(props.get('lastWeekly')).toBe('2026-W47');
    expect(fakes.properties.document.getProperties()).toEqual({ 'spiral.lastWeekly': '2026-W47' });
    props.remove('lastWeekly');
    expect(props.get('lastWeekly')).toBeNull();
  });

  it('does not prefix a key twice', () => {
    expect(namespaced('spiral.spreadsheetId')).toBe('spiral.spreadsheetId');
    expect(namespaced('spreadsheetId')).toBe('spiral.spreadsheetId');
  });
});
