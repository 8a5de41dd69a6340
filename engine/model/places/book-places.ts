import type { TrialState } from '../trial-state.ts';
import { LINE, LINE_COUNT } from '../ledger-lines.ts';
import { book } from '../book-line.ts';
import { CARE_METRIC, CARE_METRIC_COUNT } from '../care/care-metrics.ts';
import { PLACE_METRIC, PLACE_METRIC_COUNT } from './place-metrics.ts';
import type { CompiledPlaceBudget } from './compile-place-budgets.ts';
import { ModelEvaluationError } from '../model-evaluation-error.ts';

/** Care figures a cut scales down with the people it stops serving. */
const SCALED = [
  CARE_METRIC.careUsersServed,
  CARE_METRIC.careTotalCost,
  CARE_METRIC.careNhsCost,
  CARE_METRIC.careCouncilCost,
  CARE_METRIC.carePeopleCost,
  CARE_METRIC.careMovedFromNhs,
  CARE_METRIC.careMovedOntoPeople,
];

/**
 * Settles the year of every place that holds a budget, once the year's
 * months are booked, and records its figures in `state.placeYear`.
 *
 * Budget = the place's share × the system's single pot for the year. Spend =
 * the NHS part of its care services (`careNhsCost`) + the contract income of
 * its providers. Overspend O = spend − budget. A place that cuts services
 * takes max(0, O) off its named services in order, each at most its NHS
 * cost: cutting c of a service's NHS cost n stops serving the share f = c ÷ n
 * of its people, so every part of its cost (NHS, council, people's own) and
 * the people served fall by f and its unmet need rises by f × served; the
 * ICB's and the council's care lines fall by their parts, spread over the
 * year's months. Places that draw on the reserve share the system's place
 * reserve R: each overspend is met in full when R covers them all, else each
 * × R ÷ Σ overspends. The reserve is the system's own money kept back from
 * the pot, so a draw moves nothing between organisations' ledgers: the ICB
 * paid the contracts and care either way. Position = budget − spend + drawn
 * + cuts (0 or more: within budget).
 *
 * The bed model ran before the year was booked, so a cut does not lengthen
 * the waits of patients for the services cut (`careWaitLaw` reads capacity).
 *
 * @throws ModelEvaluationError at the system's placeReserve when it draws below 0
 */
export function bookPlaces(state: TrialState, year: number): void {
  const { model, placeYear, careYear } = state;
  if (model.placeBudgets.length === 0) return;
  placeYear.fill(0);
  for (const place of model.placeBudgets) {
    const system = model.systems[place.systemIndex];
    const pot = state.value(system.allocationBaseline, year) * state.allocationIndex[system.index];
    const at = place.placeBudgetIndex * PLACE_METRIC_COUNT;
    let care = 0;
    for (const s of place.careServices) care += careYear[s * CARE_METRIC_COUNT + CARE_METRIC.careNhsCost];
    let contracts = 0;
    for (const o of place.contracts) contracts += state.lines[o * LINE_COUNT + LINE.contractIncome];
    const spend = care + contracts;
    const budget = place.share * pot;
    placeYear[at + PLACE_METRIC.placeBudget] = budget;
    placeYear[at + PLACE_METRIC.placeSpend] = spend;
    placeYear[at + PLACE_METRIC.placeContractSpend] = contracts;
    placeYear[at + PLACE_METRIC.placeOverspend] = spend - budget;
    if (place.overspend === 'cutServices') cutServices(state, place, Math.max(0, spend - budget));
  }
  drawOnReserves(state, year);
  for (const place of model.placeBudgets) {
    const at = place.placeBudgetIndex * PLACE_METRIC_COUNT;
    const position = -placeYear[at + PLACE_METRIC.placeOverspend] + placeYear[at + PLACE_METRIC.placeReserveDrawn] + placeYear[at + PLACE_METRIC.placeCuts];
    placeYear[at + PLACE_METRIC.placePosition] = position;
    placeYear[at + PLACE_METRIC.placeUnfunded] = Math.max(0, -position);
  }
}

function cutServices(state: TrialState, place: CompiledPlaceBudget, overspend: number): void {
  const { careYear, placeYear } = state;
  const at = place.placeBudgetIndex * PLACE_METRIC_COUNT;
  let remaining = overspend;
  for (const s of place.cuts) {
    if (remaining <= 0) break;
    const row = s * CARE_METRIC_COUNT;
    const nhs = careYear[row + CARE_METRIC.careNhsCost];
    if (!(nhs > 0)) continue;
    const cut = Math.min(remaining, nhs);
    const share = cut / nhs;
    const service = state.model.careServices[s];
    const served = careYear[row + CARE_METRIC.careUsersServed];
    const council = careYear[row + CARE_METRIC.careCouncilCost];
    for (let month = 0; month < 12; month++) {
      book(state, service.nhsFunder, LINE.careServices, month, -cut / 12);
      if (council !== 0) book(state, service.council, LINE.careServices, month, (-council * share) / 12);
    }
    for (const metric of SCALED) careYear[row + metric] *= 1 - share;
    careYear[row + CARE_METRIC.careUnmetNeed] += served * share;
    placeYear[at + PLACE_METRIC.placeCuts] += cut;
    placeYear[at + PLACE_METRIC.placePeopleCut] += served * share;
    remaining -= cut;
  }
}

function drawOnReserves(state: TrialState, year: number): void {
  const { model, placeYear } = state;
  for (const system of model.systems) {
    const drawing = model.placeBudgets.filter((place) => place.systemIndex === system.index && place.overspend === 'systemReserve');
    if (drawing.length === 0) continue;
    const reserve = state.value(drawing[0].reserve, year);
    if (!(reserve >= 0 && Number.isFinite(reserve))) {
      throw new ModelEvaluationError(`systems[${system.index}].placeReserve`, `the reserve for places must be a number ≥ 0 (£m), but gave ${reserve} in ${model.yearLabels[year]}`);
    }
    let asked = 0;
    for (const place of drawing) asked += Math.max(0, placeYear[place.placeBudgetIndex * PLACE_METRIC_COUNT + PLACE_METRIC.placeOverspend]);
    const met = asked > 0 ? Math.min(1, reserve / asked) : 0;
    for (const place of drawing) {
      const at = place.placeBudgetIndex * PLACE_METRIC_COUNT;
      placeYear[at + PLACE_METRIC.placeReserveDrawn] = Math.max(0, placeYear[at + PLACE_METRIC.placeOverspend]) * met;
    }
  }
}
