import { csv, textTable } from '../format.js';
import { UsageError, type CliIo } from '../io.js';
import { boneModel } from '../model-access.js';
import { didYouMean } from '../../engine/model.js';

export interface ParamsOptions {
  readonly model: string;
  readonly module?: string;
  readonly format: string;
}

/** `osteosim params`: every parameter with value, unit, meaning, source and evidence kind. */
export function paramsCommand(options: ParamsOptions, io: CliIo): void {
  const composed = boneModel(options.model).compiled.composed;
  if (options.module !== undefined && !composed.modules.includes(options.module)) {
    throw new UsageError(`--module: model '${options.model}' has no module '${options.module}'${didYouMean(options.module, composed.modules)} (modules: ${composed.modules.join(', ')})`);
  }
  const rows = [...composed.parameters.entries()]
    .filter(([, d]) => options.module === undefined || d.module === options.module)
    .map(([name, { def, module }]) => ({
      module,
      name,
      value: def.value,
      unit: def.unit,
      evidence: def.evidence,
      meaning: def.meaning ?? '',
      source: def.source,
      fittedTo: def.fittedTo ?? [],
      note: def.note ?? '',
    }));
  switch (options.format) {
    case 'json':
      io.stdout(`${JSON.stringify(rows, null, 2)}\n`);
      return;
    case 'csv':
      io.stdout(
        `${csv(
          ['module', 'name', 'value', 'unit', 'evidence', 'meaning', 'source', 'fittedTo', 'note'],
          rows.map((r) => [r.module, r.name, r.value, r.unit, r.evidence, r.meaning, r.source, r.fittedTo.join(' '), r.note]),
        )}\n`,
      );
      return;
    case 'table': {
      const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
      io.stdout(
        `${textTable(
          ['module', 'parameter', 'value', 'unit', 'evidence', 'source'],
          rows.map((r) => [clip(r.module, 28), r.name, String(r.value), r.unit, r.evidence + (r.fittedTo.length ? ` (${r.fittedTo.join(', ')})` : ''), clip(r.source, 70)]),
        )}\n${rows.length} parameters of model '${options.model}'${options.module ? `, module '${options.module}'` : ''}. Full sources: --format json or csv.\n`,
      );
      return;
    }
    default:
      throw new UsageError(`--format must be table, json or csv, got '${options.format}'`);
  }
}
