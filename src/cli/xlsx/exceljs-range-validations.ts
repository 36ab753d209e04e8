import DataValidationsXform from 'exceljs/lib/xlsx/xform/sheet/data-validations-xform.js';

interface ParsingValidations {
  model: Record<string, unknown>;
  _address: string;
  _dataValidation: { formulae?: unknown[]; operator?: string };
}

const PATCHED = Symbol.for('spiral.exceljs.rangeValidations');

/**
 * exceljs 4 expands every validation range into one entry per cell when it loads a file, so a
 * whole-column dropdown (C2:C1048576) costs a million entries and grinds loading to a halt
 * (exceljs issues #1842, #2929). Its writer already accepts range keys, so on load we keep each
 * range as one key. Cell-level lookups (`cell.dataValidation`) then miss them; Spiral never uses those.
 */
export function keepValidationRangesWhole(): void {
  const proto = DataValidationsXform.prototype as typeof DataValidationsXform.prototype & {
    [PATCHED]?: true;
  };
  if (proto[PATCHED]) return;
  const original = proto.parseClose;
  proto.parseClose = function parseClose(this: unknown, name: string): boolean {
    if (name !== 'dataValidation') return original.call(this, name);
    const self = this as ParsingValidations;
    const validation = self._dataValidation;
    if (!validation.formulae?.length) {
      delete validation.formulae;
      delete validation.operator;
    }
    for (const address of self._address.split(/\s+/).filter(Boolean)) self.model[address] = validation;
    return true;
  };
  proto[PATCHED] = true;
}
