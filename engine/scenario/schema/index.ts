export * from './parameter.ts';
export * from './identifier.ts';
export * from './organisation.ts';
export * from './risk-share.ts';
export * from './incentive-fund.ts';
export * from './system.ts';
export * from './intervention.ts';
export * from './scenario.ts';
