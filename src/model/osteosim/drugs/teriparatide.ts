import type { ModuleDef } from '../../../engine/index.js';
import { jorg } from '../params.js';

/**
 * Teriparatide, a PTH analog, in its anabolic (intermittent) regime, dosed quasi-continuously (Jörg 2022 Eqs. 22,
 * 27): a daily dose c (µg/day) infuses E_pth · c per day into psi_pth, which decays with half-life T_pth.
 * It lowers osteoblast apoptosis and raises pre-osteoclast differentiation.
 *
 *   dpsi_pth/dt = E_pth c(t) − ln2 / T_pth psi_pth,   pth_signal = g+(psi_pth)
 */
export const teriparatide: ModuleDef = {
  name: 'teriparatide',
  states: {
    psi_pth: { unit: '1', initial: 0, meaning: 'teriparatide exposure (multiples of EC50)' },
  },
  parameters: {
    E_pth: jorg(0.265529542, '1/µg', 'teriparatide efficacy: exposure infused per µg/day', 'Cal.', 'dose in µg/day, quasi-continuous (research/jorg2022.md §1.7)'),
    T_pth: jorg(0.0417, 'day', 'teriparatide effective half-life', 'Lit.', 'Satterwhite 2010', { min: 1e-6 }),
    beta_pC_pth: jorg(4.282514877, '1', 'largest PTH-analog effect on pre-osteoclast differentiation', 'Cal.'),
    beta_B_pth: jorg(1.305332076, '1', 'largest PTH-analog effect on osteoblast apoptosis', 'Cal.', 'above 1: apoptosis is guarded at 0 for exposures above 3.27'),
  },
  derived: {
    pth_signal: { expr: 'hill(max(psi_pth, 0), 1, 1)', unit: '1', meaning: 'PTH-analog receptor signal g+(psi_pth)' },
  },
  rates: {
    psi_pth: '-log(2) / T_pth * psi_pth',
  },
};
