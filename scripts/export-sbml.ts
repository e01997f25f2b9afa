/**
 * Writes the SBML export of every model that has a composed definition to a folder, for libSBML checks:
 *   tsx scripts/export-sbml.ts OUT_DIR
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { exportSbml } from '../src/io/sbml.js';
import { integrated, reference } from '../src/model/index.js';
import { STIFF_PROBLEMS } from '../bench/stiff/problems.js';

const out = process.argv[2] ?? 'out/sbml';
mkdirSync(out, { recursive: true });
const composed = [integrated.osteosimModel.composed, reference.jorg2022.composed, ...STIFF_PROBLEMS.map((p) => p.model)];
for (const model of composed) {
  const file = join(out, `${model.name}.xml`);
  writeFileSync(file, exportSbml(model));
  console.log(file);
}
