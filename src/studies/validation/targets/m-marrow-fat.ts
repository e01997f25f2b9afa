import { age, num } from './builders.js';
import type { TargetGroup } from './types.js';

/**
 * Section M: the marrow-fat-fraction targets of msc.md §1a (Yeung 2005, Tang 2010). validation-protocols.md has
 * no row for them: their "needs" labels are set here.
 * Each record is one row of the research file, verbatim, with its protocol's needs and its published values.
 */
export const MARROW_FAT: TargetGroup = {
  section: 'M',
  targets: [
    {
      id: 'MFF-1',
      quantity: 'Vertebral MFF, postmenopausal women, <sup>1</sup>H-MRS (lumbar)',
      valueText: 'Osteoporosis 65.5 ± 10%; osteopenia 63.5 ± 9.3%; normal BMD 56.3 ± 11.2%; young controls (mean age 28) 29 ± 9.6%',
      population: 'Human, 53 women (mean age 70) + 12 young',
      citation: 'Yeung DKW, Griffith JF et al., 2005, *J Magn Reson Imaging* 22:279 (doi:10.1002/jmri.20367)',
      status: 'V',
      statusText: 'V',
      needs: ['BMD-mean', 'needs virtual population'],
      values: [
        num('young', 'Vertebral MFF, young controls (mean age 28)', 'level', 29, '%', { group: 'young', sd: 9.6, time: age(28) }),
        num('normal', 'Vertebral MFF, normal BMD (mean age 70)', 'level', 56.3, '%', { group: 'normal', sd: 11.2, time: age(70) }),
        num('osteopenia', 'Vertebral MFF, osteopenia (mean age 70)', 'level', 63.5, '%', { group: 'osteopenia', sd: 9.3, time: age(70) }),
        num('osteoporosis', 'Vertebral MFF, osteoporosis (mean age 70)', 'level', 65.5, '%', { group: 'osteoporosis', sd: 10, time: age(70) }),
      ],
    },
    {
      id: 'MFF-2',
      quantity: 'Vertebral MFF, postmenopausal women (L3 MRS)',
      valueText: 'OP 59.97 ± 5.78%; osteopenia 53.04 ± 7.66%; normal 48.79 ± 7.1%; correlation of MFF with BMD r = −0.639',
      population: 'Human, 78 women, 55–81 y',
      citation: 'Tang GY et al. (first author UNVERIFIED), 2010, *Clin Radiol* 65:377',
      status: 'V',
      statusText: 'V',
      needs: ['BMD-mean', 'needs virtual population'],
      values: [
        num('normal', 'Vertebral MFF, normal BMD (women 55-81)', 'level', 48.79, '%', { group: 'normal', sd: 7.1 }),
        num('osteopenia', 'Vertebral MFF, osteopenia (women 55-81)', 'level', 53.04, '%', { group: 'osteopenia', sd: 7.66 }),
        num('osteoporosis', 'Vertebral MFF, osteoporosis (women 55-81)', 'level', 59.97, '%', { group: 'osteoporosis', sd: 5.78 }),
        num('correlation', 'Correlation of MFF with BMD', 'other', -0.639, 'r'),
      ],
    },
  ],
};
