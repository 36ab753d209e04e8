import { describe, expect, it } from 'vitest';
import { exportedCell } from '../../../src/core/ingest/exported-text';

describe('exportedCell: text as exports protect it from Excel', () => {
  it('unwraps ="…" and a leading apostrophe, and leaves everything else alone', () => {
    expect(exportedCell('="3123456789012345678"')).toBe('3123456789012345678');
    expect(exportedCell(' ="a ""b"""')).toBe('a "b"');
    expect(exportedCell("'13800138000")).toBe('13800138000');
    expect(exportedCell('=HYPERLINK("x")')).toBe('=HYPERLINK("x")');
    expect(exportedCell('="a"&"b"')).toBe('="a"&"b"');
    expect(exportedCell('1,120.00')).toBe('1,120.00');
    expect(exportedCell(42)).toBe(42);
    expect(exportedCell('')).toBe('');
  });
});
