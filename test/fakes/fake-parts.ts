/** Small Sheets objects the fake sheet hands out: validation rules, protections, charts. */
import type {
  ChartApi,
  ChartBuilderApi,
  DataValidationApi,
  DataValidationBuilderApi,
  ProtectionApi,
  RangeApi,
} from '../../src/gas/gas-api';

export interface Box {
  row: number;
  col: number;
  rows: number;
  cols: number;
}

/** Sheets refuses a list rule of more items than this; a longer list must come from a range. */
export const SHEETS_MAX_LIST_ITEMS = 500;

export class FakeDataValidation implements DataValidationApi {
  constructor(
    readonly list: string[],
    readonly showDropdown: boolean,
    readonly allowInvalid: boolean,
    /** Set for a VALUE_IN_RANGE rule: the range whose values are the list. */
    readonly range: RangeApi | null = null,
  ) {}

  /** Sheets returns [values, showDropdown] for a VALUE_IN_LIST rule, [range, showDropdown] for VALUE_IN_RANGE. */
  getCriteriaValues(): unknown[] {
    return [this.range ?? [...this.list], this.showDropdown];
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }
}

export class FakeDataValidationBuilder implements DataValidationBuilderApi {
  private list: string[] | null = null;
  private showDropdown = true;
  private allowInvalid = true;

  private range: RangeApi | null = null;

  requireValueInList(values: string[], showDropdown = true): FakeDataValidationBuilder {
    this.list = [...values];
    this.range = null;
    this.showDropdown = showDropdown;
    return this;
  }

  requireValueInRange(range: RangeApi, showDropdown = true): FakeDataValidationBuilder {
    this.list = range.getValues().flat().map(String);
    this.range = range;
    this.showDropdown = showDropdown;
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): FakeDataValidationBuilder {
    this.allowInvalid = allowInvalidData;
    return this;
  }

  build(): FakeDataValidation {
    if (this.list === null) throw new Error('You must specify a validation criteria before building.');
    if (this.range === null && this.list.length > SHEETS_MAX_LIST_ITEMS) {
      throw new Error(
        `The data validation rule has more items than the limit of ${SHEETS_MAX_LIST_ITEMS}. Use the 'List from a range' criteria instead.`,
      );
    }
    return new FakeDataValidation(this.list, this.showDropdown, this.allowInvalid, this.range);
  }
}

export class FakeProtection implements ProtectionApi {
  private description = '';
  private warningOnly = false;

  constructor(
    readonly type: 'RANGE' | 'SHEET',
    readonly box: Box | null,
  ) {}

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): FakeProtection {
    this.description = description;
    return this;
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): FakeProtection {
    this.warningOnly = warningOnly;
    return this;
  }
}

export type FakeChartKind = 'bar' | 'column' | 'line' | 'unset';

let nextChartId = 1;

export class FakeChart implements ChartApi {
  readonly id = nextChartId++;

  constructor(
    readonly kind: FakeChartKind,
    readonly ranges: Box[],
    readonly options: ReadonlyMap<string, unknown>,
    readonly position: { row: number; col: number; offsetX: number; offsetY: number },
    readonly numHeaders: number,
  ) {}

  getChartId(): number {
    return this.id;
  }

  getOptions(): { get(option: string): unknown } {
    return { get: (option) => this.options.get(option) ?? null };
  }
}

export class FakeChartBuilder implements ChartBuilderApi {
  private kind: FakeChartKind = 'unset';
  private readonly ranges: Box[] = [];
  private readonly options = new Map<string, unknown>();
  private position = { row: 1, col: 1, offsetX: 0, offsetY: 0 };
  private numHeaders = -1;

  /** Reads a fake range's rectangle; the fake range is the only RangeApi a fake sheet gives out. */
  constructor(private readonly boxOf: (range: RangeApi) => Box) {}

  asBarChart(): FakeChartBuilder {
    return this.as('bar');
  }

  asColumnChart(): FakeChartBuilder {
    return this.as('column');
  }

  asLineChart(): FakeChartBuilder {
    return this.as('line');
  }

  addRange(range: RangeApi): FakeChartBuilder {
    this.ranges.push(this.boxOf(range));
    return this;
  }

  setNumHeaders(headers: number): FakeChartBuilder {
    this.numHeaders = headers;
    return this;
  }

  setOption(option: string, value: unknown): FakeChartBuilder {
    this.options.set(option, value);
    return this;
  }

  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): FakeChartBuilder {
    this.position = { row: anchorRowPos, col: anchorColPos, offsetX, offsetY };
    return this;
  }

  build(): FakeChart {
    return new FakeChart(
      this.kind,
      [...this.ranges],
      new Map(this.options),
      { ...this.position },
      this.numHeaders,
    );
  }

  private as(kind: FakeChartKind): FakeChartBuilder {
    this.kind = kind;
    return this;
  }
}
