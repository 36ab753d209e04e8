/** The one exceljs module Spiral reaches into; see exceljs-range-validations.ts for why. */
declare module 'exceljs/lib/xlsx/xform/sheet/data-validations-xform.js' {
  const DataValidationsXform: { prototype: { parseClose(this: unknown, name: string): boolean } };
  export default DataValidationsXform;
}
