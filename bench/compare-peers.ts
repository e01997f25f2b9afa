/**
 * osteosim's stiff solver against SUNDIALS CVODE (C, BDF, dense direct solver, difference-quotient Jacobian) on the
 * five reference problems, measured in the same run: rounds alternate the CVODE binary and our solver, and each
 * figure is the median over rounds. Needs gcc and Debian's libsundials-dev (`apt-get install -y libsundials-dev`).
 *   npm run bench:peers -- [--rtol 1e-6] [--atol 1e-10] [--rounds 5] [--json]
 * Prints time ratios (ours / CVODE; below 1 means faster) and significant correct digits (scd) of both.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runSolverBench } from './solver.js';
import { significantDigits, STIFF_PROBLEMS } from './stiff/problems.js';

interface PeerRow {
  problem: string;
  us: number;
  steps: number;
  y: number[];
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

function buildCvode(): string {
  if (!existsSync('/usr/include/cvode/cvode.h')) {
    console.error('CVODE headers not found: install them with `apt-get install -y libsundials-dev`.');
    process.exit(2);
  }
  const out = join(mkdtempSync(join(tmpdir(), 'osteosim-peers-')), 'cvode_bench');
  const src = new URL('./peers/cvode_bench.c', import.meta.url).pathname;
  execFileSync('gcc', ['-O2', '-o', out, src, '-lsundials_cvode', '-lsundials_nvecserial', '-lsundials_sunmatrixdense', '-lsundials_sunlinsoldense', '-lm']);
  return out;
}

function main(): void {
  const { values } = parseArgs({
    options: {
      rtol: { type: 'string', default: '1e-6' },
      atol: { type: 'string', default: '1e-10' },
      rounds: { type: 'string', default: '5' },
      json: { type: 'boolean', default: false },
    },
  });
  const rtol = Number(values.rtol);
  const atol = Number(values.atol);
  const rounds = Math.max(1, Math.round(Number(values.rounds)));
  const cvode = buildCvode();
  const ours = new Map<string, number[]>();
  const theirs = new Map<string, number[]>();
  let lastOurs = runSolverBench({ rtol, atol, reps: 1, method: 'rodas5p' });
  let lastTheirs: PeerRow[] = [];
  for (let r = 0; r < rounds; r++) {
    lastTheirs = execFileSync(cvode, [String(rtol), String(atol), '200'], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PeerRow);
    for (const row of lastTheirs) theirs.set(row.problem, [...(theirs.get(row.problem) ?? []), row.us]);
    lastOurs = runSolverBench({ rtol, atol, reps: 50, method: 'rodas5p' });
    for (const row of lastOurs) ours.set(row.problem, [...(ours.get(row.problem) ?? []), row.us]);
    if (!values.json) process.stderr.write(`round ${r + 1}/${rounds}${r + 1 === rounds ? '\n' : '\r'}`);
  }
  const rows = STIFF_PROBLEMS.map((pr) => {
    const o = lastOurs.find((x) => x.problem === pr.name)!;
    const c = lastTheirs.find((x) => x.problem === pr.name)!;
    const usOurs = median(ours.get(pr.name)!);
    const usCvode = median(theirs.get(pr.name)!);
    return {
      problem: pr.name,
      oursUs: usOurs,
      cvodeUs: usCvode,
      ratio: usOurs / usCvode,
      oursScd: o.scd,
      cvodeScd: significantDigits(c.y, pr.reference),
      oursSteps: o.steps,
      cvodeSteps: c.steps,
    };
  });
  const geomean = Math.exp(rows.reduce((s, r) => s + Math.log(r.ratio), 0) / rows.length);
  if (values.json) {
    for (const r of rows) console.log(JSON.stringify(r));
    console.log(JSON.stringify({ geomeanRatio: geomean }));
    return;
  }
  console.log(`rodas5p (osteosim) vs CVODE BDF, rtol ${rtol}, atol ${atol}, median over ${rounds} alternating rounds`);
  console.log('problem   ours us  cvode us  ratio  ours scd  cvode scd  ours steps  cvode steps');
  for (const r of rows) {
    console.log(
      `${r.problem.padEnd(8)} ${r.oursUs.toFixed(0).padStart(8)} ${r.cvodeUs.toFixed(0).padStart(9)} ${r.ratio.toFixed(2).padStart(6)} ${r.oursScd.toFixed(2).padStart(9)} ${r.cvodeScd.toFixed(2).padStart(10)} ${String(r.oursSteps).padStart(11)} ${String(r.cvodeSteps).padStart(12)}`,
    );
  }
  console.log(`geometric-mean time ratio (ours / CVODE): ${geomean.toFixed(2)}`);
}

main();
