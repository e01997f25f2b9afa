import { simulateChunk, type ChunkResult, type ChunkTask } from './chunk.js';

/** Piscina worker: one chunk of consecutive patients. */
export default function run(task: ChunkTask): ChunkResult {
  return simulateChunk(task);
}
