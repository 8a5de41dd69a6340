import { describe, expect, it } from 'vitest';
import { compileModel } from '../../../../engine/model/compile-model.ts';
import { centralCase } from '../../../../engine/results/central-case.ts';
import { validateScenario } from '../../../../engine/scenario/validate-scenario.ts';

// By hand: an ICB with a £300m single pot pays a £200m block contract to a trust
// and £10m of Better Care Fund to the council, and buys £90m else: it breaks even
// before the reserve. The trust spends £205m (a £5m deficit). The council
// (outside the system control total) breaks even. A £12m reserve.
function reserveScenario(remainder: 'returnProRata' | 'hold', icbs: Array<{ id: string; share?: number; commissioning: number }> = [{ id: 'icb', commissioning: 90 }]) {
  const councilCommissioner = icbs[icbs.length - 1].id;
  return {
    schemaVersion: 1,
    name: 'Reserve by hand',
    horizon: { firstYear: 2025, years: 1 },
    systems: [
      {
        id: 'sys',
        name: 'Reserve ICS',
        allocation: { baseline: 300 },
        riskShare: { rule: 'contingencyReserve', reserve: 12, remainder },
        organisations: [
          ...icbs.map(({ id, share, commissioning }) => ({ id, name: id, kind: 'icb', allocationShare: share, costs: { commissioning: { baseline: commissioning } }, controlTotal: 0 })),
          { id: 'trust', name: 'Trust', kind: 'acute', income: { contract: { baseline: 200, paymentModel: 'block', commissioner: icbs[0].id } }, costs: { pay: { baseline: 205 } }, controlTotal: 0 },
          {
            id: 'council',
            name: 'Council',
            kind: 'localAuthority',
            income: { contract: { baseline: 10, paymentModel: 'block', commissioner: councilCommissioner } },
            costs: { nonPay: { baseline: 10 } },
            controlTotal: 0,
          },
        ],
      },
    ],
  };
}

function central(document: unknown) {
  const model = compileModel(document);
  const result = centralCase(model, 1);
  const byId = (id: string) => result.yearEnd[0][model.entities.find((entity) => entity.id === id)!.index];
  const lines = (id: string) => result.statements.find((statement) => statement.entityId === id)!.lines;
  return { byId, lines };
}

describe('contingency reserve: from the single pot, the remainder back to whoever paid in', () => {
  it('is top-sliced from the ICB allocation and takes nothing from the council or the trust', () => {
    const { byId, lines } = central(reserveScenario('returnProRata'));
    expect(lines('icb').reserveTopSlice).toBeCloseTo(12, 9);
    expect(lines('council').contractIncome).toBeCloseTo(10, 9);
    expect(lines('trust').contractIncome).toBeCloseTo(200, 9);
    expect(byId('council').outturn).toBeCloseTo(0, 9);
    // The ICB's control total is as written (before the reserve): its variance counts what it paid in.
    expect(byId('icb').variance).toBeCloseTo(-12, 9);
    expect(byId('sys-reserve').outturn).toBeCloseTo(12, 9);
  });

  it("pays the trust's £5m deficit and returns the £7m left to the ICB that paid it in", () => {
    const { byId } = central(reserveScenario('returnProRata'));
    expect(byId('trust').riskShareTransfer).toBeCloseTo(5, 9);
    expect(byId('icb').riskShareTransfer).toBeCloseTo(7, 9);
    expect(byId('icb').postShareVariance).toBeCloseTo(-5, 9);
    expect(byId('sys-reserve').riskShareTransfer).toBeCloseTo(-12, 9);
    expect(byId('council').riskShareTransfer).toBe(0);
    // The system (ICB, trust, reserve) is −£5m before and after risk share.
    expect(byId('sys').variance).toBeCloseTo(-5, 9);
    expect(byId('sys').postShareVariance).toBeCloseTo(-5, 9);
  });

  it('held, the £7m left stays in the reserve, inside the system', () => {
    const { byId } = central(reserveScenario('hold'));
    expect(byId('icb').postShareVariance).toBeCloseTo(-12, 9);
    expect(byId('sys-reserve').postShareVariance).toBeCloseTo(7, 9);
    expect(byId('sys').postShareVariance).toBeCloseTo(-5, 9);
  });

  it('two ICBs pay in 3:1 by their shares of the pot, and get the remainder back 3:1', () => {
    // North gets £225m, pays the trust £200m and buys £25m else; South gets £75m,
    // pays the council £10m and buys £65m else: both break even before the reserve.
    // £9m and £3m in; £5m pays the deficit; £7m back as £5.25m and £1.75m.
    const { byId, lines } = central(
      reserveScenario('returnProRata', [
        { id: 'north', share: 0.75, commissioning: 25 },
        { id: 'south', share: 0.25, commissioning: 65 },
      ]),
    );
    expect(byId('north').variance + lines('north').reserveTopSlice).toBeCloseTo(0, 9);
    expect(byId('south').variance + lines('south').reserveTopSlice).toBeCloseTo(0, 9);
    expect(lines('north').reserveTopSlice).toBeCloseTo(9, 9);
    expect(lines('south').reserveTopSlice).toBeCloseTo(3, 9);
    expect(byId('north').riskShareTransfer).toBeCloseTo(5.25, 9);
    expect(byId('south').riskShareTransfer).toBeCloseTo(1.75, 9);
  });

  it('refuses an agreement whose members leave out the ICB that pays the reserve in, and weights it would ignore', () => {
    const document = reserveScenario('returnProRata') as ReturnType<typeof reserveScenario> & { systems: Array<{ riskShare: Record<string, unknown> }> };
    document.systems[0].riskShare = { rule: 'contingencyReserve', reserve: 12, remainder: 'returnProRata', members: ['trust'], weights: 'equal' };
    const result = validateScenario(document);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path).sort()).toEqual(['systems[0].riskShare.members', 'systems[0].riskShare.weights']);
    // The remainder goes back by what was paid in, so weights would be silently ignored.
    expect(result.issues.find((issue) => issue.path === 'systems[0].riskShare.weights')!.message).toBe('is not a known field');
    expect(result.issues.find((issue) => issue.path === 'systems[0].riskShare.members')!.message).toBe(
      "must include 'icb': the contingency reserve is top-sliced from its share of the single pot, and what is left goes back to it",
    );
  });
});
