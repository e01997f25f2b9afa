import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { getModel, InputError, models, MODEL_NAMES, requireSupport, simulateScenario } from '../../src/model/index.js';
import { runTrial } from '../../src/studies/trials/run.js';
import { FREEDOM } from '../../src/studies/trials/specs/index.js';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { stdout: (s: string) => void out.push(s), stderr: (s: string) => void err.push(s), interactive: false }, out, err };
};

describe('one registry: every command picks models from it, and a model that lacks what a job needs says so', () => {
  it('the registry lists each model once, by its own name, and answers unknown names with a did-you-mean', () => {
    expect(MODEL_NAMES).toEqual(['osteosim', 'jorg2022']);
    for (const name of MODEL_NAMES) expect(models[name]!.name).toBe(name);
    expect(() => getModel('osteosimm')).toThrow(/unknown model 'osteosimm' \(did you mean 'osteosim'\?\) \(available: osteosim, jorg2022\)/);
    expect(() => getModel('toString')).toThrow(InputError);
  });

  it('osteosim trial freedom --model jorg2022 exits 2 naming the spine BMD jorg2022 lacks; nothing runs', async () => {
    const t = io();
    const code = await runCli(['trial', 'freedom', '--model', 'jorg2022', '--patients', '20', '--workers', '0', '--quiet'], t.io);
    expect(code).toBe(2);
    expect(t.err.join('')).toMatch(/model 'jorg2022' cannot run a virtual trial: it lacks lumbarSpine BMD/);
    expect(t.out.join('')).toBe('');
    await expect(runTrial({ ...FREEDOM, patientsPerArm: 2 }, { model: 'jorg2022', workers: 0 })).rejects.toThrow(/lacks lumbarSpine BMD/);
  });

  it('osteosim risk --model jorg2022 exits 2 naming what it lacks; an unknown model is exit 2 too', async () => {
    const t = io();
    expect(await runCli(['risk', 'examples/patients/woman-68-prior-fracture.yaml', '--model', 'jorg2022'], t.io)).toBe(2);
    expect(t.err.join('')).toMatch(/model 'jorg2022' cannot run 10-year fracture risks: it lacks lumbarSpine BMD/);
    const u = io();
    expect(await runCli(['risk', 'examples/patients/woman-68-prior-fracture.yaml', '--model', 'nope'], u.io)).toBe(2);
    expect(u.err.join('')).toMatch(/unknown model 'nope'/);
  });

  it('requireSupport lists everything missing at once, as an InputError on the field model', () => {
    try {
      requireSupport(getModel('jorg2022'), 'a test', { sites: ['lumbarSpine'], outputs: ['marrowFatFraction'], species: ['rat'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      const err = e as InputError;
      expect(err.field).toBe('model');
      expect(err.code).toBe('unsupported');
      expect(err.detail).toBe("model 'jorg2022' cannot run a test: it lacks lumbarSpine BMD, output 'marrowFatFraction', species 'rat'");
    }
  });

  it('prepare builds the engine problem without integrating; simulateScenario runs exactly that problem', () => {
    const model = getModel('osteosim');
    const scenario = { patient: { species: 'woman' as const, ageYears: 67 }, regimens: [{ kind: 'drug' as const, drug: 'denosumab' as const, dose: 60, start: 0, interval: 182, count: 2 }], days: [0, 365] };
    const prepared = model.prepare(scenario);
    expect(prepared.times.length).toBe(2);
    expect(prepared.times[1]! - prepared.times[0]!).toBe(365);
    const doses = prepared.events.filter((e) => e.kind === 'bolus');
    expect(doses).toHaveLength(1);
    expect(doses[0]).toMatchObject({ time: prepared.times[0], interval: 182, count: 2 });
    const run = simulateScenario(model, scenario, { quantities: ['OPG'] });
    expect(Array.from(run.days)).toEqual([0, 365]);
    expect(run.quantities.OPG).toHaveLength(2);
    expect(run.outputs.bmdTotalHip![1]).toBeGreaterThan(run.outputs.bmdTotalHip![0]!);
    // A caller's solver options override the model's defaults field by field.
    const loose = simulateScenario(model, scenario, { solver: model.populationSolverDefaults });
    expect(Math.abs(loose.outputs.bmdTotalHip![1]! / run.outputs.bmdTotalHip![1]! - 1)).toBeLessThan(2e-4);
    expect(loose.stats.steps).toBeLessThan(run.stats.steps);
  });

  it('input errors carry their field, code, given and allowed values as data', () => {
    try {
      simulateScenario(getModel('osteosim'), { patient: { species: 'rat', ageYears: 0.6, ovariectomyDay: -400 }, days: [0] });
      expect.unreachable();
    } catch (e) {
      const err = e as InputError;
      expect(err).toBeInstanceOf(InputError);
      expect(err.field).toBe('patient.ovariectomyDay');
      expect(err.code).toBe('range');
      expect(err.given).toBe(-400);
      expect(err.allowed).toMatch(/>= -36\.5\d* days from the start \(age 0\.5 y or older\)/);
    }
  });
});

describe('the library validates its input as strictly as study files: unknown keys are errors, not defaults', () => {
  it('a misspelled baseline key of tenYearRisks is an InputError naming it, not a run on population defaults (issue 12)', async () => {
    const { tenYearRisks } = await import('../../src/studies/risk.js');
    const profile = { sex: 'female' as const, ageYears: 68, baseline: { totalHip: { tScore: -2.6 } } };
    expect(() => tenYearRisks(getModel('osteosim'), profile as never, { untreated: [] })).toThrow(
      /patient\.baseline\.totalHip: unknown key 'totalHip' of the baseline BMD \(allowed: hipTScore, spineTScore, hipBmd, spineBmd\)/,
    );
  });

  it('misspelled scenario, patient, regimen and MSC product keys name their path with a did-you-mean', () => {
    const m = getModel('osteosim');
    const woman = { species: 'woman' as const, ageYears: 67 };
    const bad: [unknown, RegExp][] = [
      [{ patient: woman, days: [0], regimen: [] }, /^regimen: unknown key 'regimen' of the scenario \(did you mean 'regimens'\?\)/],
      [{ patient: { ...woman, menopauseAge: 50 }, days: [0] }, /^patient\.menopauseAge: unknown key/],
      [{ patient: woman, days: [0], regimens: [{ kind: 'drug', drug: 'denosumab', dose: 60, start: 0, intreval: 182 }] }, /^regimens\[0\]\.intreval: .*did you mean 'interval'/],
      [
        { patient: woman, days: [0], regimens: [{ kind: 'msc', product: { kind: 'cells', source: 'BM', donor: 'allogeneic', viability: 90 }, route: 'intravenous', dose: 1e6, doseUnit: 'cells/kg', start: 0 }] },
        /^regimens\[0\]\.product\.viability: .*did you mean 'viabilityPct'/,
      ],
    ];
    for (const [scenario, message] of bad) {
      expect(() => simulateScenario(m, scenario as never)).toThrow(InputError);
      expect(() => simulateScenario(m, scenario as never)).toThrow(message);
    }
  });
});

describe('the contract enforces the limits on planned work before integrating (model/limits.ts)', () => {
  it('an age at the end beyond the species profile, and an interval under an hour, are InputErrors with code limit', () => {
    const m = getModel('osteosim');
    const check = (scenario: unknown, field: string, message: RegExp): void => {
      try {
        simulateScenario(m, scenario as never);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(InputError);
        expect((e as InputError).code).toBe('limit');
        expect((e as InputError).field).toBe(field);
        expect((e as InputError).message).toMatch(message);
      }
    };
    check({ patient: { species: 'rat', ageYears: 1 }, days: [0, 3 * 365] }, 'days', /rat would be 3\.99\d* years old at the end .*valid up to 3\.5 years/);
    check(
      { patient: { species: 'woman', ageYears: 67 }, regimens: [{ kind: 'drug', drug: 'alendronate', dose: 70, start: 0, interval: 0.01, count: 10 }], days: [0, 30] },
      'regimens[0].interval',
      /shorter than the limit of 1 hour/,
    );
  });
});
