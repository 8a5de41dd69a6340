import { ParameterTable } from './parameter-table.ts';
import { formulaNames } from '../formula/compile-formula.ts';
import { financialYearLabel, monthIndexOf } from '../calendar/financial-calendar.ts';
import { validateScenario } from '../scenario/validate-scenario.ts';
import { ScenarioValidationError } from '../scenario/validation-issue.ts';
import type { ParameterSpec, YearlyParameterSpec } from '../scenario/schema/parameter.ts';
import type { AmountLineSpec, OrganisationSpec } from '../scenario/schema/organisation.ts';
import type { SystemSpec } from '../scenario/schema/system.ts';
import { LINE } from './ledger-lines.ts';
import { bedCalendar } from './beds/bed-calendar.ts';
import { compileBeds } from './beds/compile-beds.ts';
import type { CompiledBedTrust } from './beds/compiled-beds.ts';
import { compileCare } from './care/compile-care.ts';
import { compilePools } from './care/compile-pools.ts';
import { placeShares } from './places/place-shares.ts';
import { compilePlaceBudgets } from './places/compile-place-budgets.ts';
import type {
  CompiledAmountLine,
  CompiledExtraFunding,
  CompiledModel,
  CompiledOrganisation,
  CompiledPaymentChange,
  CompiledRiskShare,
  CompiledSystem,
  CompiledTransfer,
  EntityInfo,
} from './compiled-model.ts';

const NON_NHS_KINDS = new Set(['localAuthority', 'independentSector']);
const FLEXIBLE_LINES = ['pay', 'nonPay', 'drugs'] as const;
const FIXED_LINES = ['pfi', 'capitalCharges', 'pdcDividend', 'commissioning'] as const;

/**
 * Turns a scenario into a {@link CompiledModel}: every numeric input becomes a
 * parameter slot, every reference an index. Validates first.
 *
 * @throws ScenarioValidationError listing every problem when the scenario is not valid
 * @example
 * const model = compileModel(YAML.parse(text));
 */
export function compileModel(document: unknown): CompiledModel {
  const validation = validateScenario(document);
  if (!validation.ok) throw new ScenarioValidationError(validation.issues);
  const scenario = validation.scenario;
  const { firstYear, years } = scenario.horizon;
  const table = new ParameterTable(years, firstYear);

  for (const [name, spec] of Object.entries(scenario.drivers ?? {})) table.add(`drivers.${name}`, spec, name);
  for (const name of orderNamedParameters(scenario.parameters ?? {})) table.add(`parameters.${name}`, (scenario.parameters ?? {})[name], name);
  if (scenario.correlation) {
    const slots = scenario.correlation.drivers.map((name) => table.add(`drivers.${name}`, (scenario.drivers ?? {})[name], name));
    table.correlate(slots, scenario.correlation.matrix);
  }

  const idToIndex = new Map<string, number>();
  scenario.systems.forEach((system) => system.organisations.forEach((organisation) => idToIndex.set(organisation.id, idToIndex.size)));

  const controlTotalBasis = scenario.controlTotalBasis ?? 'beforeIncentive';
  const organisations: CompiledOrganisation[] = [];
  scenario.systems.forEach((system, systemIndex) => {
    system.organisations.forEach((organisation, position) => {
      const compiled = compileOrganisation(organisation, `systems[${systemIndex}].organisations[${position}]`, systemIndex, system, idToIndex, table, years);
      organisations.push({ ...compiled, incentiveInControlTotal: controlTotalBasis === 'afterIncentive' ? fullIncentive(system, organisation.id) : 0 });
    });
  });

  const entities: EntityInfo[] = organisations.map((organisation) => ({
    index: organisation.index,
    id: organisation.id,
    name: organisation.name,
    kind: 'organisation',
    organisationKind: organisation.kind,
    systemIndex: organisation.systemIndex,
    systemId: scenario.systems[organisation.systemIndex].id,
  }));
  const reserveEntities = scenario.systems.map((system, systemIndex) => {
    if (system.riskShare?.rule !== 'contingencyReserve') return -1;
    entities.push({ index: entities.length, id: `${system.id}-reserve`, name: `${system.name} contingency reserve`, kind: 'reserve', organisationKind: undefined, systemIndex, systemId: system.id });
    return entities.length - 1;
  });
  const unlinkedSystems = scenario.systems.map((system, systemIndex) => compileSystem(system, systemIndex, organisations, idToIndex, table, years, reserveEntities[systemIndex]));
  unlinkedSystems.forEach((system) => {
    entities.push({ index: entities.length, id: system.id, name: system.name, kind: 'system', organisationKind: undefined, systemIndex: system.index, systemId: system.id });
  });

  const transfers: CompiledTransfer[] = [];
  const paymentChanges: CompiledPaymentChange[] = [];
  const extraFunding: CompiledExtraFunding[] = [];
  (scenario.interventions ?? []).forEach((intervention, index) => {
    const path = `interventions[${index}]`;
    const fromMonth = intervention.from === undefined ? 0 : Math.max(0, monthIndexOf(firstYear, intervention.from));
    switch (intervention.kind) {
      case 'budgetTransfer':
        transfers.push({
          from: idToIndex.get(intervention.fromOrganisation) as number,
          to: idToIndex.get(intervention.toOrganisation) as number,
          amount: table.add(`${path}.amount`, intervention.amount),
          fromMonth,
        });
        break;
      case 'paymentModelChange':
        paymentChanges.push({
          organisation: idToIndex.get(intervention.organisation) as number,
          paymentModel: intervention.paymentModel,
          fixedShare: fixedShareOf(intervention.paymentModel, intervention.fixedShare),
          fromMonth,
        });
        break;
      case 'extraFunding':
        extraFunding.push({ organisation: idToIndex.get(intervention.organisation) as number, amount: table.add(`${path}.amount`, intervention.amount), fromMonth });
        break;
    }
  });

  const calendar = bedCalendar(firstYear, years * 12);
  const { trusts: bedTrusts, schemes: schemeCosts } = compileBeds(scenario, table, idToIndex, calendar);
  const { pools, poolOfService } = compilePools(scenario, table, idToIndex);
  const careServices = compileCare(scenario, table, idToIndex, poolOfService, pools);
  const placeBudgets = compilePlaceBudgets(scenario, table, idToIndex);
  const systems = linkFourHourTrusts(unlinkedSystems, bedTrusts);
  const yearLabels = Array.from({ length: years }, (_, year) => financialYearLabel(firstYear, year));
  return {
    scenario,
    years,
    firstYear,
    monthCount: years * 12,
    parameters: table,
    organisations,
    systems,
    entities,
    transfers,
    paymentChanges,
    extraFunding,
    sampledInputs: table.sampledInputs((year) => yearLabels[year]),
    yearLabels,
    calendar,
    bedTrusts,
    schemeCosts,
    bedModel: scenario.simulation?.bedModel ?? 'fast',
    careServices,
    pools,
    placeBudgets,
    controlTotalBasis,
  };
}

/** An organisation's incentive funding in full: Σ over its system's funds of its amount. */
function fullIncentive(system: SystemSpec, organisationId: string): number {
  return (system.incentiveFunds ?? []).reduce((total, fund) => total + (fund.amounts[organisationId] ?? 0), 0);
}

/**
 * Points each member of a fund paid on a 4-hour trajectory at its bed trust
 * when it models A&E 4-hour performance (the index compileBeds gave it), and
 * every other member at −1 (it earns the fund's `achieved`).
 */
function linkFourHourTrusts(systems: readonly CompiledSystem[], bedTrusts: readonly CompiledBedTrust[]): CompiledSystem[] {
  const modelled = new Map(bedTrusts.filter((trust) => trust.fourHourBaseline !== undefined).map((trust) => [trust.organisation, trust.bedIndex]));
  return systems.map((system) => ({
    ...system,
    incentiveFunds: system.incentiveFunds.map((fund) => ({
      ...fund,
      amounts: fund.amounts.map((member) => ({ ...member, fourHourTrust: fund.fourHourTrajectory === undefined ? -1 : (modelled.get(member.organisation) ?? -1) })),
    })),
  }));
}

/** Named parameters sorted so each comes after the parameters its formula reads. */
function orderNamedParameters(parameters: Record<string, ParameterSpec>): string[] {
  const ordered: string[] = [];
  const placed = new Set<string>();
  const place = (name: string): void => {
    if (placed.has(name)) return;
    placed.add(name);
    const spec = parameters[name];
    if (typeof spec === 'string') for (const used of formulaNames(spec)) if (used in parameters) place(used);
    ordered.push(name);
  };
  Object.keys(parameters).forEach(place);
  return ordered;
}

function fixedShareOf(paymentModel: string, fixedShare: number | undefined): number {
  if (paymentModel === 'block') return 1;
  if (paymentModel === 'activity') return 0;
  return fixedShare ?? 1;
}

function yearlySlots(table: ParameterTable, path: string, spec: YearlyParameterSpec | undefined, years: number): number[] {
  if (spec === undefined) return Array.from({ length: years }, () => table.constant(0));
  if (Array.isArray(spec)) return spec.map((item, year) => table.add(`${path}[${year}]`, item));
  const slot = table.add(path, spec);
  return Array.from({ length: years }, () => slot);
}

function optionalSlot(table: ParameterTable, path: string, spec: ParameterSpec | undefined, fallback: number): number {
  return spec === undefined ? table.constant(fallback) : table.add(path, spec);
}

function compileOrganisation(
  organisation: OrganisationSpec,
  path: string,
  systemIndex: number,
  system: SystemSpec,
  idToIndex: ReadonlyMap<string, number>,
  table: ParameterTable,
  years: number,
): CompiledOrganisation {
  const amountLine = (spec: AmountLineSpec | undefined, linePath: string, line: number, flexible: boolean): CompiledAmountLine[] =>
    spec === undefined ? [] : [{ line, baseline: table.add(`${linePath}.baseline`, spec.baseline), growth: optionalSlot(table, `${linePath}.growth`, spec.growth, 0), flexible }];

  const contractSpec = organisation.income?.contract;
  const plannedGrowth = optionalSlot(table, `${path}.activity.plannedGrowth`, organisation.activity?.plannedGrowth, 0);
  const icbCount = system.organisations.filter((candidate) => candidate.kind === 'icb').length;
  return {
    index: idToIndex.get(organisation.id) as number,
    id: organisation.id,
    name: organisation.name,
    kind: organisation.kind,
    systemIndex,
    foundationTrust: organisation.foundationTrust ?? false,
    place: organisation.place,
    inSystemControlTotal: organisation.inSystemControlTotal ?? !NON_NHS_KINDS.has(organisation.kind),
    allocationShare: organisation.kind === 'icb' ? (organisation.allocationShare ?? (icbCount === 1 ? 1 : 0)) : 0,
    contract:
      contractSpec === undefined
        ? undefined
        : {
            baseline: table.add(`${path}.income.contract.baseline`, contractSpec.baseline),
            uplift: optionalSlot(table, `${path}.income.contract.uplift`, contractSpec.uplift, 0),
            paymentModel: contractSpec.paymentModel,
            fixedShare: fixedShareOf(contractSpec.paymentModel, contractSpec.fixedShare),
            commissioner: contractSpec.commissioner === undefined ? -1 : (idToIndex.get(contractSpec.commissioner) as number),
          },
    amountLines: [
      ...amountLine(organisation.income?.other, `${path}.income.other`, LINE.otherIncome, false),
      ...FLEXIBLE_LINES.flatMap((line) => amountLine(organisation.costs?.[line], `${path}.costs.${line}`, LINE[line], true)),
      ...FIXED_LINES.flatMap((line) => amountLine(organisation.costs?.[line], `${path}.costs.${line}`, LINE[line], false)),
    ],
    plannedGrowth,
    actualGrowth: organisation.activity?.actualGrowth === undefined ? plannedGrowth : table.add(`${path}.activity.actualGrowth`, organisation.activity.actualGrowth),
    variableCostShare: organisation.activity?.variableCostShare ?? 0,
    cip:
      organisation.cip === undefined
        ? undefined
        : {
            plan: table.add(`${path}.cip.plan`, organisation.cip.plan),
            delivery: table.add(`${path}.cip.delivery`, organisation.cip.delivery),
            ceiling: organisation.cip.ceiling === undefined ? -1 : table.add(`${path}.cip.ceiling`, organisation.cip.ceiling),
            recurrent: organisation.cip.recurrent ?? true,
          },
    controlTotal: yearlySlots(table, `${path}.controlTotal`, organisation.controlTotal, years),
    incentiveInControlTotal: 0,
  };
}

function compileSystem(
  system: SystemSpec,
  systemIndex: number,
  organisations: readonly CompiledOrganisation[],
  idToIndex: ReadonlyMap<string, number>,
  table: ParameterTable,
  years: number,
  reserveEntity: number,
): CompiledSystem {
  const path = `systems[${systemIndex}]`;
  const own = organisations.filter((organisation) => organisation.systemIndex === systemIndex);
  const controlTotalMembers = own.filter((organisation) => organisation.inSystemControlTotal).map((organisation) => organisation.index);
  const spec = system.riskShare ?? { rule: 'none' as const };
  const members = 'members' in spec && spec.members ? spec.members.map((id) => idToIndex.get(id) as number) : controlTotalMembers;
  const perMember = (value: number | Record<string, number> | undefined, fallback: number) =>
    Float64Array.from(members, (index) => (typeof value === 'number' ? value : (value?.[organisations[index].id] ?? fallback)));
  const weightsSpec = 'weights' in spec ? spec.weights : undefined;
  const riskShare: CompiledRiskShare = {
    rule: spec.rule,
    members,
    weights: weightsSpec === undefined || weightsSpec === 'income' ? 'income' : weightsSpec === 'equal' ? 'equal' : perMember(weightsSpec, 0),
    collars: perMember(spec.rule === 'collarAndCap' ? spec.collar : undefined, 0),
    caps: perMember(spec.rule === 'collarAndCap' ? spec.cap : undefined, Number.POSITIVE_INFINITY),
    reserve: spec.rule === 'contingencyReserve' ? table.add(`${path}.riskShare.reserve`, spec.reserve) : table.constant(0),
    returnRemainder: spec.rule === 'contingencyReserve' ? spec.remainder === 'returnProRata' : false,
    surplusShare: spec.rule === 'surplusCoversDeficit' ? spec.surplusShare : 0,
  };
  return {
    index: systemIndex,
    id: system.id,
    name: system.name,
    population: system.population,
    allocationBaseline: table.add(`${path}.allocation.baseline`, system.allocation.baseline),
    allocationGrowth: optionalSlot(table, `${path}.allocation.growth`, system.allocation.growth, 0),
    places: compiledPlaces(system),
    organisations: own.map((organisation) => organisation.index),
    controlTotalMembers,
    controlTotal: system.controlTotal === undefined ? undefined : yearlySlots(table, `${path}.controlTotal`, system.controlTotal, years),
    incentiveInControlTotal: controlTotalMembers.reduce((total, index) => total + organisations[index].incentiveInControlTotal, 0),
    riskShare,
    incentiveFunds: (system.incentiveFunds ?? []).map((fund, fundIndex) => ({
      name: fund.name,
      amounts: Object.entries(fund.amounts).map(([id, amount]) => ({
        organisation: idToIndex.get(id) as number,
        amount,
        fourHourTrust: -1, // set by linkFourHourTrusts once the bed trusts are compiled
      })),
      condition: fund.condition,
      basis: fund.basis ?? 'afterRiskShare',
      performanceShare: fund.performance?.share ?? 0,
      performanceAchieved: fund.performance?.achieved === undefined ? table.constant(1) : table.add(`${path}.incentiveFunds[${fundIndex}].performance.achieved`, fund.performance.achieved),
      fourHourTrajectory:
        fund.performance?.fourHourTrajectory === undefined ? undefined : table.add(`${path}.incentiveFunds[${fundIndex}].performance.fourHourTrajectory`, fund.performance.fourHourTrajectory),
    })),
    reserveEntity,
    reservePayers: reservePayers(own),
  };
}

/** The system's ICBs and each one's part of the reserve: its share of the single pot over all its ICBs' shares. */
function reservePayers(own: readonly CompiledOrganisation[]): Array<[number, number]> {
  const icbs = own.filter((organisation) => organisation.allocationShare > 0);
  const total = icbs.reduce((sum, organisation) => sum + organisation.allocationShare, 0);
  return icbs.map((organisation) => [organisation.index, organisation.allocationShare / total]);
}

/** A system's places with the share of the pot each holds (given, or by population × needs weight). */
function compiledPlaces(system: SystemSpec): CompiledSystem['places'] {
  const places = system.places ?? [];
  const shares = placeShares(places, system.delegatedByPopulation);
  return places.map((place, index) => ({ id: place.id, name: place.name, share: shares[index] }));
}
