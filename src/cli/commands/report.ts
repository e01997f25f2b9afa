import { renderReport, type ReportStudy } from '../../io/report.js';
import { models } from '../../model/index.js';
import { summarize, validate } from '../../studies/validation/index.js';
import type { CliIo } from '../io.js';
import { runStudies, type ArmResult } from '../run-study.js';
import { safetyRows } from '../safety-rows.js';
import { writeFileAtomic } from '../write-file.js';

export interface ReportOptions {
  readonly model?: string;
  readonly out: string;
  readonly quiet: boolean;
  readonly title?: string;
}

/** Groups arm results by study, in file order. */
export function reportStudies(studies: readonly { name: string; description?: string }[], arms: readonly ArmResult[]): ReportStudy[] {
  return studies.map((s) => ({
    name: s.name,
    ...(s.description !== undefined && { description: s.description }),
    arms: arms.filter((a) => a.study === s.name).map((a) => ({ name: a.arm, model: a.model, result: a.result })),
  }));
}

/** `osteosim report <study>... --out report.html`: one self-contained HTML file with plots. */
export function reportCommand(files: readonly string[], options: ReportOptions, io: CliIo): void {
  const { studies, arms } = runStudies(files, options.model, io, options.quiet);
  const used = [...new Set(arms.map((a) => a.model))].map((name) => models[name]!);
  const validation = summarize(validate(used, { progress: false }));
  const html = renderReport({
    title: options.title ?? (studies.length === 1 ? studies[0]!.name : 'osteosim report'),
    generator: 'osteosim 0.1.0',
    studies: reportStudies(studies, arms),
    validation,
    safety: safetyRows(studies),
  });
  writeFileAtomic(options.out, html);
  if (!options.quiet) io.stderr(`wrote ${options.out}\n`);
}
