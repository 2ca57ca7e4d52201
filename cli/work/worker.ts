/**
 * A worker thread of the command line: reads, extracts and formats the inputs it is sent,
 * one at a time, and answers each with its Outcome (cli/work/process.ts).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { processInput, type Plan } from './process.ts';
import type { Input } from '../inputs/read.ts';

export interface JobMessage {
  id: number;
  input: Input;
}

const plan = (workerData as { plan: Plan }).plan;
const port = parentPort;
if (!port) throw new Error('cli/work/worker.ts runs as a worker thread');

port.on('message', (message: JobMessage) => {
  void processInput(message.input, plan).then((outcome) => port.postMessage({ id: message.id, outcome }));
});
