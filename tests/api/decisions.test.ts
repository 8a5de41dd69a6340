import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ENGINE_VERSION, parseMeasure, solve, sweep } from '../../engine/index.ts';
import { solveResultWire } from '../../api/decisions/result-wire.ts';
import { runDecision } from '../../api/cli/run-decision.ts';
import type { DecisionView } from '../../api/wire/decisions.ts';
import { uncertainScenario } from '../engine/fixtures.ts';
import { parseEvents, refusal, testApp } from './helper.ts';

type App = Awaited<ReturnType<typeof testApp>>;
let app: App;

beforeAll(async () => {
  app = await testApp({ workers: 2, maxChunkTrials: 70, maxRunWork: 100_000_000 });
});
afterAll(async () => {
  await app.close();
  app.removeData();
});

/** The engine tests' cash-only system: no incentive funds, so the system's chance of balance moves with cash alone. */
function cashOnlyScenario() {
  const document = uncertainScenario({ rule: 'none' });
  delete (document.systems[0] as { incentiveFunds?: unknown }).incentiveFunds;
  document.systems[0].organisations[0].controlTotal = 110;
  return document;
}

const document = cashOnlyScenario();
const TRIALS = 300;
const SEED = 11;
const contingency = { kind: 'extraFunding', organisation: 'icb' } as const;
const systemBalance = { entity: 'sys', quantity: 'meetsAfterRiskShare', year: 0 };

async function post(url: string, payload: Record<string, unknown>) {
  return app.inject({ method: 'POST', url, payload });
}

type Event = { event: string; data: Record<string, unknown> };

/** Starts a decision and follows its events (as the event stream sends them) to the end: the events, and the decision as it ended. */
async function runToEnd(url: string, payload: Record<string, unknown>): Promise<{ started: DecisionView; events: Event[]; ended: DecisionView }> {
  const response = await post(url, payload);
  expect(response.statusCode, response.body).toBe(202);
  const started = response.json() as DecisionView;
  const events: Event[] = [];
  await new Promise<void>((resolve) => {
    app.decisions.subscribe(started.id, (event) => {
      events.push({ event: event.type, data: event.data as Record<string, unknown> });
      if (event.type === 'status') resolve();
    });
  });
  // The stream of a finished decision repeats its end.
  const replay = parseEvents((await app.inject({ method: 'GET', url: `/api/decisions/${started.id}/events` })).body);
  expect(replay.at(-1)).toEqual(events.at(-1));
  const ended = (await app.inject({ method: 'GET', url: `/api/decisions/${started.id}` })).json() as DecisionView;
  return { started, events, ended };
}

describe('POST /api/decisions/solve', () => {
  test("gives exactly the engine's in-process answer for the same seed and trials, every point run on the worker pool, with progress in points", async () => {
    const payload = { document, lever: { ...contingency, low: 0, high: 100 }, target: { measure: systemBalance, value: 0.5 }, trials: TRIALS, seed: SEED };
    const { started, events, ended } = await runToEnd('/api/decisions/solve', payload);
    expect(started).toMatchObject({ kind: 'solve', trials: TRIALS, seed: SEED, engineVersion: ENGINE_VERSION, progress: { done: 0, total: 12 } });
    expect(ended.status, ended.error).toBe('done');

    const engine = solve(document, {
      lever: { lever: contingency, low: 0, high: 100 },
      target: { measure: parseMeasure('sys meetsAfterRiskShare 0', 'target'), value: 0.5 },
      trials: TRIALS,
      seed: SEED,
    });
    expect(ended.result).toEqual(solveResultWire(engine));
    expect(ended.progress).toEqual({ done: 12, total: 12 });
    expect(ended.labels).toEqual({
      inputs: [{ label: 'extra funding to ICB', unit: '£m a year' }],
      measures: [
        {
          label: 'Uncertain ICS: chance of meeting the control total after risk share, 2025/26',
          entity: 'Uncertain ICS',
          quantity: 'chance of meeting the control total after risk share',
          year: '2025/26',
          unit: 'probability',
          format: 'percent',
        },
      ],
    });

    const progress = events.filter((event) => event.event === 'progress').map((event) => event.data as { done: number; total: number; points: { done: number; total: number } });
    expect(progress.every((event) => event.total === 12 * TRIALS && event.points.total === 12)).toBe(true);
    expect(progress.map((event) => event.done)).toEqual([...progress.map((event) => event.done)].sort((a, b) => a - b));
    expect(progress.at(-1)).toMatchObject({ done: 12 * TRIALS, points: { done: 12, total: 12 } });
    expect(events.at(-1)).toEqual({ event: 'status', data: { status: 'done' } });

    // The answer as CSV: one header row with units, then the answer.
    const csv = (await app.inject({ method: 'GET', url: `/api/decisions/${started.id}/result.csv` })).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe(
      'extra funding to ICB (£m a year),± Monte Carlo standard error of the lever,"Uncertain ICS: chance of meeting the control total after risk share, 2025/26 (probability)",± standard error of the measure,Target,Runs,Slope of the measure per unit of the lever,Scenario,Engine version,Seed,Trials per point',
    );
    const answer = csv[1].split(',');
    expect(Number(answer[0])).toBeCloseTo(engine.lever, 6);
    expect(Number(answer[5])).toBe(12);
  });

  test('refuses a lever, measure or target that does not fit the scenario, naming the field, before queueing', async () => {
    const base = { document, lever: { ...contingency, low: 0, high: 100 }, target: { measure: systemBalance, value: 0.5 }, trials: TRIALS };
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...base, lever: { kind: 'path', path: 'systems[0].nothing', low: 0, high: 1 } }, 'body/lever/path', 'body/lever/path "systems[0].nothing" is not in the scenario'],
      [{ ...base, lever: { kind: 'extraFunding', organisation: 'nobody', low: 0, high: 1 } }, 'body/lever/organisation', 'body/lever/organisation no organisation "nobody" in the scenario'],
      [{ ...base, lever: { kind: 'path', low: 0, high: 1 } }, 'body/lever/path', 'body/lever/path is required for kind path: the field to move, such as systems[0].organisations[1].cip.plan'],
      [{ ...base, lever: { ...contingency, low: 5, high: 5 } }, 'body/lever/high', 'body/lever/high must be above the low bound (5), got 5'],
      [{ ...base, target: { measure: systemBalance, value: 1.5 } }, 'body/target/value', 'body/target/value a probability must be between 0 and 1, got 1.5'],
      [
        { ...base, target: { measure: { entity: 'sys', quantity: 'profit.mean' }, value: 1 } },
        'body/target/measure/quantity',
        'body/target/measure/quantity no money metric "profit"; one of income, expenditure, outturn, controlTotal, variance, riskShareTransfer, postShareVariance, incentive, reportedPosition, or meetsAfterRiskShare, meetsBeforeRiskShare',
      ],
      [
        { ...base, target: { measure: { entity: 'elsewhere', quantity: 'outturn.mean' }, value: 1 } },
        'body/target/measure',
        'body/target/measure no organisation or system "elsewhere" in the scenario',
      ],
      [{ ...base, target: { measure: { ...systemBalance, year: 2 }, value: 0.5 } }, 'body/target/measure', "body/target/measure year 2 is outside the scenario's 2 year(s) (0 is the first)"],
    ];
    for (const [payload, path, message] of cases) {
      const response = await post('/api/decisions/solve', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json(), JSON.stringify(payload)).toEqual(refusal(message, path));
    }
    // Nothing refused was stored: only the first test's solve is listed.
    expect((await app.inject({ method: 'GET', url: '/api/decisions' })).json().decisions).toHaveLength(1);
  });

  test('a target out of reach within the bounds ends the job failed, with the engine’s message', async () => {
    const { ended, events } = await runToEnd('/api/decisions/solve', {
      document,
      lever: { ...contingency, low: 0, high: 20 },
      target: { measure: systemBalance, value: 0.99 },
      trials: 200,
      seed: SEED,
    });
    expect(ended.status).toBe('failed');
    expect(ended.error).toMatch(/^target\.value: 0\.99 is out of reach between 0 and 20: the measure runs from 0 to 0\.\d+$/);
    expect(events.at(-1)?.data).toEqual({ status: 'failed', error: ended.error });
  });
});

describe('POST /api/decisions/sweep', () => {
  test("a grid of two inputs gives exactly the engine's sweep, in row order, as CSV and as a workbook with a frozen header row", async () => {
    const icbCost = { kind: 'path', path: 'systems[0].organisations[0].costs.commissioning.baseline' } as const;
    const payload = {
      document,
      inputs: [
        { ...contingency, range: { low: 0, high: 20, steps: 2 } },
        { ...icbCost, values: [250, 260] },
      ],
      measures: [systemBalance, { entity: 'sys', quantity: 'outturn.mean' }],
      trials: 200,
      seed: SEED,
    };
    const { ended } = await runToEnd('/api/decisions/sweep', payload);
    expect(ended.status, ended.error).toBe('done');
    expect(ended.request).toEqual({
      kind: 'sweep',
      inputs: [
        { ...contingency, values: [0, 10, 20] },
        { ...icbCost, values: [250, 260] },
      ],
      measures: [systemBalance, { entity: 'sys', quantity: 'outturn.mean', year: 0 }],
    });
    const engine = sweep(document, {
      inputs: [
        { lever: contingency, values: [0, 10, 20] },
        { lever: icbCost, values: [250, 260] },
      ],
      measures: [parseMeasure('sys meetsAfterRiskShare', 'm'), parseMeasure('sys outturn.mean', 'm')],
      trials: 200,
      seed: SEED,
    });
    expect(ended.result).toEqual({ kind: 'sweep', points: engine.points.map((point) => ({ at: point.at, measures: point.measures.map((measured) => ({ ...measured, band: [...measured.band] })) })) });
    expect(ended.result?.kind === 'sweep' && ended.result.points.map((point) => point.at)).toEqual([
      [0, 250],
      [0, 260],
      [10, 250],
      [10, 260],
      [20, 250],
      [20, 260],
    ]);

    const csv = (await app.inject({ method: 'GET', url: `/api/decisions/${ended.id}/result.csv` })).body.replace(/^\uFEFF/, '').split('\r\n');
    expect(csv[0]).toBe(
      'extra funding to ICB (£m a year),ICB: costs.commissioning.baseline,"Uncertain ICS: chance of meeting the control total after risk share, 2025/26 (probability)",± standard error,"90% band, low","90% band, high","Uncertain ICS: Outturn, mean, 2025/26 (£m)",± standard error,P5,P95,Scenario,Engine version,Seed,Trials per point',
    );
    expect(csv).toHaveLength(1 + 6 + 1); // header, six points, the final line end
    expect(csv[3].split(',').slice(0, 2)).toEqual(['10', '250']);
    // The command line writes the same sweep's CSV through the same tables: one owner for its names, units and rounding.
    const cli = runDecision(
      document,
      {
        kind: 'sweep',
        inputs: [
          { lever: contingency, values: [0, 10, 20] },
          { lever: icbCost, values: [250, 260] },
        ],
        measures: [parseMeasure('sys meetsAfterRiskShare', 'm'), parseMeasure('sys outturn.mean', 'm')],
      },
      { trials: 200, seed: SEED },
    );
    expect(cli.csv.replace(/^\uFEFF/, '').split('\r\n')).toEqual(csv);

    const xlsx = await app.inject({ method: 'GET', url: `/api/decisions/${ended.id}/result.xlsx` });
    expect(xlsx.headers['content-disposition']).toMatch(/^attachment; filename="Uncertain-system-sweep-[0-9a-f]{8}\.xlsx"$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Sweep');
    expect(sheet?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet?.getRow(1).getCell(7).value).toBe('Uncertain ICS: Outturn, mean, 2025/26 (£m)');
    expect(sheet?.getRow(2).getCell(3).numFmt).toBe('0.0%');
    expect(sheet?.getRow(2).getCell(7).numFmt).toBe('#,##0.00');
    expect(sheet?.rowCount).toBe(7);
  });

  test('refuses inputs that do not fit, naming the field, and a sweep whose work is over the run limit, naming trials', async () => {
    const base = { document, measures: [systemBalance], trials: 100 };
    const cases: Array<[Record<string, unknown>, number, string, string]> = [
      [{ ...base, inputs: [{ ...contingency }] }, 400, 'body/inputs/0', 'body/inputs/0 give either values or range (low, high, steps)'],
      [{ ...base, inputs: [{ ...contingency, range: { low: 5, high: 1, steps: 2 } }] }, 400, 'body/inputs/0/range', 'body/inputs/0/range needs finite bounds with the high above the low, got 5 to 1'],
      [
        { ...base, inputs: [{ kind: 'path', path: 'horizon.firstYear', organisation: 'icb', values: [1] }] },
        400,
        'body/inputs/0/organisation',
        'body/inputs/0/organisation goes with kind extraFunding, not path',
      ],
      [
        { ...base, inputs: [{ kind: 'path', path: 'systems[0].organisations[1].cip', values: [1] }] },
        400,
        'body/inputs/0/path',
        'body/inputs/0/path "systems[0].organisations[1].cip" must hold a plain number to be moved (it holds a distribution or an object)',
      ],
      [
        {
          ...base,
          inputs: [
            { ...contingency, range: { low: 0, high: 10, steps: 20 } },
            { ...contingency, range: { low: 0, high: 10, steps: 20 } },
          ],
        },
        400,
        'body/inputs',
        'body/inputs a sweep takes at most 400 points; this one has 441',
      ],
    ];
    for (const [payload, status, path, message] of cases) {
      const response = await post('/api/decisions/sweep', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(status);
      expect(response.json(), JSON.stringify(payload)).toEqual(refusal(message, path));
    }
    // 400 points × 2,000 trials × 144 units per trial (estimateWork of this scenario) is above the test server's limit of 10^8.
    const huge = await post('/api/decisions/sweep', { ...base, inputs: [{ ...contingency, range: { low: 0, high: 100, steps: 399 } }], trials: 2000 });
    const message =
      'trials × work is too large: 2000 trials × 57600 units per trial (400 points of 144 units per trial each) = 115200000, above the limit of 100000000; this scenario can run at most 1736 trials';
    expect(huge.statusCode).toBe(422);
    expect(huge.json()).toEqual(refusal(message, 'body/trials'));
  });

  test('a cancelled sweep stops, says so in its events and keeps its inputs', async () => {
    const response = await post('/api/decisions/sweep', { document, inputs: [{ ...contingency, range: { low: 0, high: 100, steps: 100 } }], measures: [systemBalance], trials: 2000, seed: 3 });
    expect(response.statusCode).toBe(202);
    const { id } = response.json() as DecisionView;
    const cancelled = (await post(`/api/decisions/${id}/cancel`, {})).json() as DecisionView;
    expect(cancelled.status).toBe('cancelled');
    expect(parseEvents((await app.inject({ method: 'GET', url: `/api/decisions/${id}/events` })).body).at(-1)).toEqual({
      event: 'status',
      data: { status: 'cancelled', error: 'cancelled on request' },
    });
    expect((await post(`/api/decisions/${id}/cancel`, {})).statusCode).toBe(409);
    expect((await app.inject({ method: 'GET', url: `/api/decisions/${id}/result.csv` })).statusCode).toBe(409);
    const inputs = (await app.inject({ method: 'GET', url: `/api/decisions/${id}/inputs` })).json();
    expect(inputs).toMatchObject({ id, kind: 'sweep', seed: 3, trials: 2000, engineVersion: ENGINE_VERSION, scenario: { scenarioName: 'Uncertain system', document } });
    expect(inputs.request.inputs[0].values).toHaveLength(101);
  });
});
