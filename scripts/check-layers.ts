/**
 * Checks the import graph of src/ against the layer order of DESIGN.md (engine < model < therapies < patients <
 * outcomes < studies < interfaces): prints every import that points up a layer and every import cycle, then both
 * counts. Exit 1 when either count is not zero. Type-only imports count: they tie modules together just the same.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = resolve(dirname(fileURLToPath(import.meta.url)), '../src');

/** Layer rank of each top-level folder of src/ (a higher rank may import a lower one). */
const LAYER_RANK: Readonly<Record<string, number>> = {
  engine: 0,
  model: 1,
  therapies: 2,
  patients: 3,
  outcomes: 4,
  studies: 5,
  io: 6,
  cli: 6,
  server: 6,
  web: 6,
  store: 6,
  scale: 6,
  // The library's front door sits on top of everything.
  'index.ts': 7,
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^'"`;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const targets: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2]!;
    if (!spec.startsWith('.')) continue;
    targets.push(resolve(dirname(file), spec.replace(/\.js$/, '.ts')));
  }
  return targets;
}

function layerOf(file: string): string {
  return relative(SRC, file).split('/')[0]!;
}

export interface LayerReport {
  readonly upward: readonly { from: string; to: string }[];
  readonly cycles: readonly string[][];
}

export function checkLayers(): LayerReport {
  const files = sourceFiles(SRC);
  const graph = new Map(files.map((f) => [f, importsOf(f)]));
  const upward: { from: string; to: string }[] = [];
  for (const [from, targets] of graph) {
    const rankFrom = LAYER_RANK[layerOf(from)];
    for (const to of targets) {
      const rankTo = LAYER_RANK[layerOf(to)];
      if (rankFrom === undefined || rankTo === undefined) {
        upward.push({ from: relative(SRC, from), to: `${relative(SRC, to)} (folder with no layer)` });
      } else if (rankTo > rankFrom) upward.push({ from: relative(SRC, from), to: relative(SRC, to) });
    }
  }
  return { upward, cycles: stronglyConnected(graph).map((c) => c.map((f) => relative(SRC, f)).sort()) };
}

/** Tarjan's strongly connected components with more than one file (or a file importing itself). */
function stronglyConnected(graph: Map<string, string[]>): string[][] {
  let index = 0;
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    indexOf.set(v, index);
    low.set(v, index++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!indexOf.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, indexOf.get(w)!));
    }
    if (low.get(v) === indexOf.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (graph.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of graph.keys()) if (!indexOf.has(v)) visit(v);
  return components;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { upward, cycles } = checkLayers();
  for (const { from, to } of upward) console.log(`up the layers: ${from} -> ${to}`);
  for (const cycle of cycles) console.log(`import cycle (${cycle.length} files): ${cycle.join(', ')}`);
  console.log(`${upward.length} imports point up the layers; ${cycles.length} import cycles`);
  process.exit(upward.length === 0 && cycles.length === 0 ? 0 : 1);
}
