import { describe, expect, it } from 'vitest';
import { describeRegimens } from '../../src/io/report/regimens.js';
import { parseStudy, StudyFileError, studyJsonSchema } from '../../src/io/study-file.js';
import { DOSE_UNITS, drugsDosedIn, exampleDose, intervalText, parseDose } from '../../src/io/study/doses.js';
import { studyWarnings } from '../../src/io/study/model-checks.js';
import { DRUGS, type DrugName, type DrugRegimen } from '../../src/model/scenario.js';
import { DRUG_LABELS } from '../../src/therapies/drugs/index.js';

/** Dose units, example doses and regimen texts of study files and reports, read from the drug labels. */

const BASE = 'name: t\npatient: { species: woman, age: 67 }\nduration: 3 years\n';
const DOSED = DRUGS.filter((d) => DRUG_LABELS[d].unit !== 'switch');

describe('study-file doses follow the drug labels', () => {
  it.each(DOSED)('%s: the label unit is accepted and the other mass unit refused, naming the label unit', (drug) => {
    const unit = DRUG_LABELS[drug].unit;
    const dose = DRUG_LABELS[drug].regimens[0].dose;
    expect(DOSE_UNITS[drug]).toBe(unit);
    expect(parseDose(drug, `${dose} ${unit === 'µg' ? 'ug' : unit}`)).toEqual({ amount: dose, perDay: false });
    const other = parseDose(drug, `${dose} ${unit === 'µg' ? 'mg' : 'ug'}`);
    expect(other).toMatch(new RegExp(`^${drug} doses are in ${unit} \\(e\\.g\\. `));
  });

  it.each(DOSED)('%s: the example dose in messages is its default label regimen, and loads with no label warning', (drug) => {
    const example = exampleDose(drug)!;
    const [, dose, every] = /^('[^']+')(?: with every: (.+))?$/.exec(example)!;
    // Three doses, or one year of a dose per day: within every label's duration limit.
    const how = every ? `every: ${every}, count: 3` : 'for: 1 year';
    const study = parseStudy(`${BASE}regimens:\n  - { drug: ${drug}, dose: ${dose}, ${how} }\n`, 'yaml', 'x.yaml');
    const r = study.arms[0]!.regimens[0] as DrugRegimen;
    const label = DRUG_LABELS[drug].regimens[0];
    expect(r).toMatchObject({ drug, dose: label.dose, interval: label.interval });
    expect(studyWarnings(study)).toEqual([]);
  });

  it('examples in messages as before: intervals in the words of study files, daily doses per day', () => {
    expect(parseDose('denosumab', undefined)).toBe("denosumab needs a dose in mg (e.g. '60 mg' with every: 6 months)");
    expect(parseDose('teriparatide', 20)).toBe("teriparatide doses need their unit: µg (e.g. '20 ug/day'), got the bare number 20");
    expect(exampleDose('alendronate')).toBe("'70 mg' with every: weekly");
    expect(exampleDose('zoledronate')).toBe("'5 mg' with every: yearly");
    expect(exampleDose('romosozumab')).toBe("'210 mg' with every: monthly");
    expect(exampleDose('blosozumab')).toBe("'270 mg' with every: 2 weeks");
    expect(exampleDose('raloxifene')).toBe("'60 mg/day'");
    // Hormone therapy had no example before: it gets its label's.
    expect(exampleDose('hormoneTherapy')).toBe("'0.625 mg/day'");
    expect(exampleDose('calciumVitaminD')).toBeUndefined();
    expect(parseDose('calciumVitaminD', '1000 mg')).toMatch(/^calcium \+ vitamin D is a switch: .*got '1000 mg'/);
  });

  it.each([
    [1, 'daily'],
    [7, 'weekly'],
    [14, '2 weeks'],
    [30, 'monthly'],
    [84, '12 weeks'],
    [91, '3 months'],
    [182, '6 months'],
    [365, 'yearly'],
    [730, '2 years'],
    [10, '10 days'],
  ])('interval of %i d is written %s, which a study file reads back as the same days', (days, text) => {
    expect(intervalText(days)).toBe(text);
    const study = parseStudy(`${BASE}regimens:\n  - { drug: denosumab, dose: 60 mg, every: ${text}, count: 2 }\n`, 'yaml', 'x.yaml');
    expect((study.arms[0]!.regimens[0] as DrugRegimen).interval).toBe(days);
  });

  it('a switch takes no dose, every or count, in the words of its label', () => {
    try {
      parseStudy(`${BASE}regimens: [{ drug: calciumVitaminD, every: weekly }]\n`, 'yaml', 'x.yaml');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(StudyFileError);
      expect((e as StudyFileError).issues[0]!.message).toMatch(/^calcium \+ vitamin D is taken daily from start; give `for` to stop it/);
    }
  });

  it('the JSON Schema names the drugs dosed in µg and the switch from the labels', () => {
    const inUg = DRUGS.filter((d) => DRUG_LABELS[d].unit === 'µg');
    expect(inUg.slice(0, 2)).toEqual(['teriparatide', 'abaloparatide']);
    expect(drugsDosedIn('µg')).toBe(inUg.length === 2 ? 'teriparatide and abaloparatide' : `${inUg.slice(0, -1).join(', ')} and ${inUg.at(-1)}`);
    expect(drugsDosedIn('switch')).toBe('calciumVitaminD');
    const text = JSON.stringify(studyJsonSchema());
    expect(text).toContain(`µg for ${drugsDosedIn('µg')} ('20 ug')`);
    expect(text).toContain('calciumVitaminD: leave out (supplemented)');
  });
});

describe('report regimen texts follow the drug labels', () => {
  const dosed = (drug: DrugName, dose: number, interval: number, count: number): DrugRegimen => ({ kind: 'drug', drug, dose, start: 0, interval, count });

  it.each(DOSED)('%s: the dose in its label unit', (drug) => {
    const { dose, interval } = DRUG_LABELS[drug].regimens[0];
    expect(describeRegimens([dosed(drug, dose, interval, 4)])).toBe(`${drug} ${dose} ${DRUG_LABELS[drug].unit} every ${interval} d × 4 from day 0`);
  });

  it('abaloparatide in µg, hormone therapy in mg, calcium + vitamin D by name', () => {
    expect(describeRegimens([dosed('abaloparatide', 80, 1, 548)])).toBe('abaloparatide 80 µg every 1 d × 548 from day 0');
    expect(describeRegimens([dosed('hormoneTherapy', 0.625, 1, 365)])).toBe('hormoneTherapy 0.625 mg every 1 d × 365 from day 0');
    expect(describeRegimens([{ kind: 'drug', drug: 'calciumVitaminD', dose: 1, start: 30 } as DrugRegimen])).toBe('calcium + vitamin D from day 30');
  });
});
