// The builder's balance check off the page's thread: each organisation's and
// system's central-case position against its control total (one
// deterministic trial, the bed model included), for the scenario as edited.
import { compileModel, planPositions, resolveRunSettings } from '../../../engine/index.ts';
import type { PlanCheckReply, PlanCheckRequest } from './plan-check-protocol.ts';

const post = (reply: PlanCheckReply) => (self as unknown as Worker).postMessage(reply);

self.onmessage = (event: MessageEvent<PlanCheckRequest>) => {
  const { id, document } = event.data;
  const started = performance.now();
  try {
    const model = compileModel(document);
    const { seed } = resolveRunSettings(model);
    post({ id, ok: true, positions: planPositions(model, seed), elapsedMs: performance.now() - started });
  } catch (error) {
    post({ id, ok: false, message: (error as Error).message.split('\n')[0] });
  }
};
