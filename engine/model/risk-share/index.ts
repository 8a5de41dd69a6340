export { noRiskShare } from './no-risk-share.ts';
export { proRataRiskShare } from './pro-rata.ts';
export { collarAndCapRiskShare } from './collar-and-cap.ts';
export { contingencyReserveRiskShare } from './contingency-reserve.ts';
export { surplusCoversDeficitRiskShare } from './surplus-covers-deficit.ts';
