/** The exceljs modules Spiral reaches into; see exceljs-range-validations.ts and xlsx-row-groups.ts for why. */
declare module 'exceljs/lib/xlsx/xform/sheet/data-validations-xform.js' {
  const DataValidationsXform: { prototype: { parseClose(this: unknown, name: string): boolean } };
  export default DataValidationsXform;
}

declare module 'exceljs/lib/doc/row.js' {
  const Row: { prototype: object };
  export default Row;
}
