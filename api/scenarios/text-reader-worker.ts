// The scenario-text reader's worker thread: reads each text it is sent
// (YAML or JSON, as readScenarioText does) and posts back the outcome.
import { parentPort } from 'node:worker_threads';
import { readScenarioText, type ScenarioFormat } from './scenario-text.ts';

parentPort?.on('message', (message: { id: number; text: string; format: ScenarioFormat }) => {
  parentPort?.postMessage({ id: message.id, outcome: readScenarioText(message.text, message.format) });
});

// Loading this module (and the engine's parser) takes a while on a busy machine: the reader's clock starts after this.
parentPort?.postMessage({ ready: true });
