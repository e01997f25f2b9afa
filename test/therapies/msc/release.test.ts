import { describe, expect, it } from 'vitest';
import { ModelError } from '../../../src/engine/index.js';
import { mscRegimen, releaseCheck, ReleaseError, requireRelease, TYPICAL_RELEASE_PANEL, type ReleasePanel } from '../../../src/therapies/msc/index.js';

/** ISCT 2006 release check (Dominici 2006; research/msc.md §5). */

const withMarkers = (markers: Partial<ReleasePanel['markers']>): ReleasePanel => ({ ...TYPICAL_RELEASE_PANEL, markers: { ...TYPICAL_RELEASE_PANEL.markers, ...markers } });
const status = (panel: ReleasePanel, criterion: string, hlaDr?: 'fail' | 'warn') => releaseCheck(panel, hlaDr ? { hlaDr } : {}).criteria.find((c) => c.criterion === criterion)?.status;

describe('ISCT 2006 release check', () => {
  it('a typical BM-MSC lot passes every criterion (12 rows)', () => {
    const report = releaseCheck(TYPICAL_RELEASE_PANEL);
    expect(report.released).toBe(true);
    expect(report.criteria).toHaveLength(12);
    expect(report.criteria.every((c) => c.status === 'pass')).toBe(true);
  });

  it.each([
    ['CD73 positive', withMarkers({ CD73: 94.9 })],
    ['CD90 positive', withMarkers({ CD90: 80 })],
    ['CD105 positive', withMarkers({ CD105: 90 })],
    ['CD45 negative', withMarkers({ CD45: 2.1 })],
    ['CD34 negative', withMarkers({ CD34: 5 })],
    ['monocyte/macrophage marker negative', withMarkers({ CD14: 3 })],
    ['B-cell marker negative', withMarkers({ CD79a: 10 })],
    ['HLA-DR negative', withMarkers({ HLA_DR: 2.5 })],
    ['plastic adherence', { ...TYPICAL_RELEASE_PANEL, plasticAdherent: false }],
    ['chondrogenic differentiation', { ...TYPICAL_RELEASE_PANEL, trilineage: { osteogenic: true, adipogenic: true, chondrogenic: false } }],
  ])('fails on %s alone', (criterion, panel) => {
    const report = releaseCheck(panel);
    expect(report.released).toBe(false);
    expect(report.criteria.filter((c) => c.status === 'fail').map((c) => c.criterion)).toEqual([criterion]);
  });

  it('thresholds are inclusive: 95 % positive and 2 % negative pass', () => {
    expect(releaseCheck(withMarkers({ CD73: 95, CD45: 2, HLA_DR: 2 })).released).toBe(true);
  });

  it('CD14 or CD11b, CD79a or CD19: either marker of a pair suffices', () => {
    const p = withMarkers({ CD14: undefined, CD11b: 1, CD79a: undefined, CD19: 0.5 });
    expect(releaseCheck(p).released).toBe(true);
    expect(status(withMarkers({ CD14: 5, CD11b: 1 }), 'monocyte/macrophage marker negative')).toBe('pass');
  });

  it('HLA-DR above 2 % fails by default and only warns when configured (Grau-Vorster 2019)', () => {
    const p = withMarkers({ HLA_DR: 12 });
    expect(status(p, 'HLA-DR negative')).toBe('fail');
    expect(status(p, 'HLA-DR negative', 'warn')).toBe('warn');
    expect(releaseCheck(p, { hlaDr: 'warn' }).released).toBe(true);
  });

  it('tissue factor (CD142) is reported, never failed', () => {
    expect(status(withMarkers({ CD142: 60 }), 'tissue factor (CD142), adjunct')).toBe('info');
    expect(releaseCheck(withMarkers({ CD142: 60 })).released).toBe(true);
  });

  it('a failing product is refused with every failed criterion in the message', () => {
    const bad = { ...withMarkers({ CD73: 90, HLA_DR: 5 }), trilineage: { osteogenic: true, adipogenic: false, chondrogenic: true } };
    expect(() => requireRelease(bad)).toThrow(ReleaseError);
    try {
      requireRelease(bad);
    } catch (e) {
      const message = (e as Error).message;
      expect(message).toMatch(/3 criteria failed/);
      expect(message).toMatch(/CD73 positive: CD73 90 % \(required >= 95 %\)/);
      expect(message).toMatch(/HLA-DR negative: HLA-DR 5 %/);
      expect(message).toMatch(/adipogenic differentiation: not shown/);
      expect((e as ReleaseError).report.released).toBe(false);
    }
    const spec = { product: { kind: 'cells' as const, source: 'BM' as const, donor: 'allogeneic' as const }, route: 'intravenous' as const, dose: 2e6, doseUnit: 'cells/kg' as const };
    expect(() => mscRegimen({ ...spec, release: { panel: bad } })).toThrow(/product refused at release/);
    expect(mscRegimen({ ...spec, release: { panel: TYPICAL_RELEASE_PANEL } }).release?.released).toBe(true);
    expect(mscRegimen({ ...spec, release: { panel: withMarkers({ HLA_DR: 5 }), hlaDr: 'warn' } }).release?.criteria.some((c) => c.status === 'warn')).toBe(true);
  });

  it.each([
    ['markers.CD73', withMarkers({ CD73: 101 })],
    ['markers.CD45', withMarkers({ CD45: -1 })],
    ['markers.HLA_DR', withMarkers({ HLA_DR: Number.NaN })],
    ['markers.CD142', withMarkers({ CD142: 150 })],
    ['markers.CD90', withMarkers({ CD90: undefined })],
    ['markers.CD14', withMarkers({ CD14: undefined, CD11b: undefined })],
  ])('a panel percentage outside 0-100 or missing is a ModelError naming %s', (field, panel) => {
    expect(() => releaseCheck(panel)).toThrow(ModelError);
    expect(() => releaseCheck(panel)).toThrow(new RegExp(`releasePanel\\.${field.replace('.', '\\.')}`));
  });

  it('the release check applies to living cells, not to secretome or exosomes', () => {
    expect(() => mscRegimen({ product: { kind: 'exosomes', source: 'UC' }, route: 'intravenous', dose: 1e8, doseUnit: 'cells', release: { panel: TYPICAL_RELEASE_PANEL } })).toThrow(/regimen\.release: the ISCT 2006 criteria apply to living-cell products/);
  });
});
