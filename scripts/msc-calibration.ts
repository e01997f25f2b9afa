/**
 * MSC therapy calibration report (issue 16): the fit of k_P and beta_RP to the pooled preclinical BMD effects, the
 * profile likelihoods of the MSC parameters, the leave-one-study-out errors, and the fit repeated at the ends of the
 * between-animal CV range. Usage: npx tsx scripts/msc-calibration.ts [--quick]
 */
import { osteosim } from '../src/model/osteosim/index.js';
import { fmt } from '../src/studies/validation/rules.js';
import {
  FITTED_PRIORS,
  fitParacrine,
  leaveOneStudyOut,
  OVX_RAT_CV,
  percentOf,
  profile,
  randomEffects,
  SYSTEMIC_BMD_EVIDENCE,
  systemicEffect,
  targetOf,
  smdOf,
  type ProfiledParameter,
} from '../src/therapies/msc/index.js';

const quick = process.argv.includes('--quick');
const pool = randomEffects(SYSTEMIC_BMD_EVIDENCE);
const target = targetOf(SYSTEMIC_BMD_EVIDENCE);
console.log(`pooled BMD SMD (DerSimonian–Laird): ${fmt(pool.mean, 3)} (SE ${fmt(pool.se, 3)}, tau² ${fmt(pool.tau2, 3)}); at CV ${fmt(100 * OVX_RAT_CV.bmdDxa.value)} % that is +${fmt(percentOf(pool.mean))} % BMD`);
for (const s of SYSTEMIC_BMD_EVIDENCE) console.log(`  ${s.key}: ${s.smd} [${s.ci.join(', ')}] → +${fmt(percentOf(s.smd, OVX_RAT_CV.bmdDxa.low))} to +${fmt(percentOf(s.smd, OVX_RAT_CV.bmdDxa.high))} % BMD (CV 3–8 %)`);

const fit = fitParacrine(osteosim, target);
console.log(`\nfit: ${FITTED_PRIORS.map((p) => `${p.name} = ${fmt(fit.parameters[p.name]!, 4)}`).join(', ')}; effect +${fmt(fit.percent)} % → SMD ${fmt(fit.smd, 3)}; data χ² ${fmt(fit.dataChi2, 4)}; prior χ² ${fmt(fit.priorChi2, 3)} (${fit.evaluations} evaluations)`);
const stored = systemicEffect(osteosim);
console.log(`stored parameters: effect +${fmt(stored)} % → SMD ${fmt(smdOf(stored), 3)} (CV 3–8 %: ${fmt(smdOf(stored, OVX_RAT_CV.bmdDxa.high))} to ${fmt(smdOf(stored, OVX_RAT_CV.bmdDxa.low))})`);

console.log('\nleave one study out (fit to the other, predict the one left out):');
for (const r of leaveOneStudyOut(osteosim)) {
  console.log(`  ${r.left}: observed ${r.observed}, predicted ${fmt(r.predicted, 3)}, error ${fmt(r.errorSmd, 3)} SMD (${fmt(r.errorPercent)} % BMD), z ${fmt(r.z)}; fitted k_P ${fmt(r.fitted.k_P!, 4)}, beta_RP ${fmt(r.fitted.beta_RP!, 3)}`);
}

const PROFILED: readonly ProfiledParameter[] = [
  { name: 'k_P', low: 0.004, high: 20 },
  { name: 'beta_RP', low: 0.3, high: 10 },
  { name: 'beta_LP', low: 0.2, high: 1 },
  { name: 'y_EV', low: 0.1, high: 5 },
  { name: 'w_iv', low: 0.01, high: 1 },
  { name: 'd_P', low: Math.LN2 / 30, high: Math.LN2 / 3 },
  { name: 'f_lung_iv', low: 0.8, high: 0.95 },
  { name: 'f_home_iv', low: 1e-5, high: 5e-4 },
  { name: 'f_eng_im', low: 0.001, high: 0.03 },
  { name: 'k_X_iv', low: Math.LN2 / 2, high: Math.LN2 / 0.5 },
];
console.log('\nprofiles (data χ², the other of k_P / beta_RP re-fitted at each point; Δχ² < 3.84 inside the interval):');
for (const p of quick ? PROFILED.slice(0, 2) : PROFILED) {
  const pr = profile(osteosim, target, { k_P: fit.parameters.k_P!, beta_RP: fit.parameters.beta_RP! }, p);
  console.log(
    `  ${p.name.padEnd(9)} ${pr.constrained ? 'constrained  ' : 'unconstrained'} 95 % interval ${fmt(pr.interval[0], 4)}–${fmt(pr.interval[1], 4)} of ${fmt(p.low, 4)}–${fmt(p.high, 4)}: ` +
      pr.points.map((q) => `${fmt(q.value, 4)}:${fmt(q.dataChi2, 2)}`).join(' '),
  );
}

if (!quick) {
  console.log('\nthe fit at the ends of the CV range (the SD uncertainty carried to the parameters):');
  for (const cv of [OVX_RAT_CV.bmdDxa.low, OVX_RAT_CV.bmdDxa.high]) {
    // The same pooled SMD means a different % BMD at another CV: scale the target in % terms.
    const scaled = { smd: (target.smd * cv) / OVX_RAT_CV.bmdDxa.value, se: (target.se * cv) / OVX_RAT_CV.bmdDxa.value };
    const f = fitParacrine(osteosim, scaled);
    console.log(`  CV ${fmt(100 * cv)} %: target +${fmt(percentOf(pool.mean, cv))} % BMD; k_P ${fmt(f.parameters.k_P!, 4)}, beta_RP ${fmt(f.parameters.beta_RP!, 3)}, effect +${fmt(f.percent)} %`);
  }
}
