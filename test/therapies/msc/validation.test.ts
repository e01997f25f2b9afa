import { describe, expect, it } from 'vitest';
import { osteosim } from '../../../src/model/osteosim/index.js';
import { jorg2022Model } from '../../../src/model/reference/index.js';
import { validate } from '../../../src/studies/validation/index.js';

/** The MSC validation rows (D2–D17, E2–E19) on osteosim: which pass, and that every pending row says why. */

const IDS = ['D2', 'D4', 'D5', 'D6', 'D7', 'D8', 'D9', 'D10', 'D11', 'D12', 'D13', 'D14', 'D15', 'D16', 'D17', 'E2', 'E3', 'E4', 'E5', 'E6', 'E7', 'E8', 'E9', 'E10', 'E11', 'E12', 'E13', 'E14', 'E15', 'E16', 'E17', 'E18', 'E19'];

describe('MSC validation targets', () => {
  const rows = validate([osteosim, jorg2022Model], { ids: IDS, progress: false });
  const mine = rows.filter((r) => r.model === 'osteosim');

  it('osteosim passes the addressable rows and fails none', () => {
    const passed = mine.filter((r) => r.status === 'pass').map((r) => `${r.id}/${r.key}`);
    expect(passed).toEqual([
      'D2/reversal',
      'D4/bmd-smd',
      'D5/bmd',
      'D7/delay',
      'D9/bone',
      'D10/bone',
      'D11/formation',
      'D11/trap',
      'D12/trabecular',
      'D13/bone',
      'E4/lung',
      'E4/lung-half-life',
      'E4/bone-1wk',
      'E6/dose',
      'E6/slow',
      'E7/fever',
      'E8/fever',
      'E13/loss',
      'E17/old-donor',
      'E17/mff-age',
    ]);
    expect(mine.filter((r) => r.status === 'fail')).toEqual([]);
  });

  it('every pending row gives its reason; D4 is an SMD with its CV range, marked in-sample', () => {
    for (const r of rows.filter((x) => x.status === 'pending')) expect(r.note.length, `${r.model} ${r.id} ${r.key}`).toBeGreaterThan(5);
    const d4 = mine.find((r) => r.id === 'D4' && r.key === 'bmd-smd')!;
    expect(d4.inSample).toBe(true);
    expect(d4.note).toMatch(/[\d.]+ % BMD over OVX \+ vehicle at 8 weeks, divided by the between-animal CV 5 % \(SMD [\d.]+ to [\d.]+ for CV 8 to 3 %; inside the CI for a CV up to [\d.]+ %\)/);
    expect(mine.find((r) => r.id === 'D4' && r.key === 'bvtv-smd')!.status).toBe('pending');
  });

  it('the reference model, without MSC therapy or rodents, leaves every MSC row pending', () => {
    const ref = rows.filter((r) => r.model === 'jorg2022' && r.key !== 'mff-age');
    expect(ref.every((r) => r.status === 'pending')).toBe(true);
  });
});
