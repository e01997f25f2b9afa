import { describe, expect, it } from 'vitest';
import { InputError, type Scenario } from '../../../src/model/index.js';
import { fit } from '../../../src/studies/analysis/fit.js';
import { formatMeasurements, MeasurementError, parseMeasurements } from '../../../src/studies/analysis/measurements.js';

const error = (text: string): MeasurementError => {
  try {
    parseMeasurements(text);
  } catch (e) {
    expect(e).toBeInstanceOf(MeasurementError);
    expect(e).toBeInstanceOf(InputError);
    return e as MeasurementError;
  }
  throw new Error('expected a MeasurementError');
};

describe('measurement tables', () => {
  it('reads columns in any order, optional sd, quotes, CRLF, comments and empty lines; rows keep their file line', () => {
    const text = '\uFEFF# made up\r\nday,value,arm,output,sd\r\n91,-50.5,"arm, one",ctxPct,\r\n\r\n182,"2.5",arm two,totalHipPct,0.5\r\n';
    expect(parseMeasurements(text)).toEqual([
      { arm: 'arm, one', day: 91, output: 'ctxPct', value: -50.5, row: 3 },
      { arm: 'arm two', day: 182, output: 'totalHipPct', value: 2.5, sd: 0.5, row: 5 },
    ]);
    const rows = parseMeasurements('arm,day,output,value\na,0,ctx,1\n"say ""hi""",365,bmdTotalHip,0.9');
    expect(rows[1]).toEqual({ arm: 'say "hi"', day: 365, output: 'bmdTotalHip', value: 0.9, row: 3 });
  });

  it('writes tables it reads back (two comment lines and the header come first)', () => {
    const rows = [
      { arm: 'a, "b"', day: 14, output: 'ctxPct', value: -42.5, sd: 8, row: 4 },
      { arm: 'c', day: 30, output: 'ctxPct', value: -80, sd: 8, row: 5 },
    ];
    expect(parseMeasurements(formatMeasurements(rows, 'two rows\nof test data'))).toEqual(rows);
  });

  it('names the row and column of each error', () => {
    const head = 'arm,day,output,value,sd\n';
    const bad = error(`${head}a,91,ctxPct,-50,5\na,182,ctxPct,abc,5\n`);
    expect([bad.row, bad.column]).toEqual([3, 'value']);
    expect(bad.message).toBe("row 3, column 'value': must be a finite number, got 'abc'");
    expect(error(`${head}a,-1,ctxPct,1,1`)).toMatchObject({ row: 2, column: 'day' });
    expect(error(`${head}a,1,ctxPct,1,0`)).toMatchObject({ row: 2, column: 'sd' });
    expect(error(`${head}a,1,,1,1`)).toMatchObject({ row: 2, column: 'output', message: "row 2, column 'output': is empty" });
    expect(error(`${head}a,1,ctxPct,1`)).toMatchObject({ row: 2, column: undefined, message: 'row 2: 4 fields, but the header has 5' });
    expect(error('arm,day,output,value,weight\n')).toMatchObject({ row: 1, column: 'weight' });
    expect(error('arm,day,output\na,1,ctxPct\n')).toMatchObject({ row: 1, column: 'value' });
    expect(error('arm,day,day,value\n')).toMatchObject({ row: 1, column: 'day' });
    expect(error(`${head}"a,1,ctxPct,1,1\n`).message).toMatch(/^row 2: a quoted field opened here is never closed/);
    expect(error(`${head}a"b,1,ctxPct,1,1\n`).message).toMatch(/^row 2: field 1: a quote inside an unquoted field/);
    expect(error('# only a comment\n').message).toMatch(/empty/);
    expect(error(head).message).toMatch(/no rows of data/);
  });

  it('names the row and column of data the study or model cannot take: arm, output, day, mixed sd', async () => {
    const scenario: Scenario = { patient: { species: 'woman', ageYears: 67, menopauseAgeYears: 51 }, days: [0, 182, 365] };
    const failOn = async (csv: string): Promise<MeasurementError> => {
      const e = await fit({ arms: [{ name: 'a', scenario }], data: parseMeasurements(csv), parameters: ['K_D'] }, { workers: 0 }).then(
        () => undefined,
        (err: unknown) => err,
      );
      expect(e).toBeInstanceOf(MeasurementError);
      return e as MeasurementError;
    };
    const head = 'arm,day,output,value,sd\n';
    expect(await failOn(`${head}a,182,ctxPct,1,1\nb,182,ctxPct,1,1\n`)).toMatchObject({ row: 3, column: 'arm' });
    const output = await failOn(`${head}a,182,hipPct,1,1\n`);
    expect([output.row, output.column]).toEqual([2, 'output']);
    expect(output.message).toMatch(/unknown output 'hipPct'/);
    expect(await failOn(`${head}a,400,ctxPct,1,1\n`)).toMatchObject({ row: 2, column: 'day' });
    expect(await failOn(`${head}a,182,ctxPct,1,1\na,365,ctxPct,1,\n`)).toMatchObject({ row: 3, column: 'sd' });
  });
});
