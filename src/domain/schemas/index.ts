export * from './common.ts';
export * from './territory.ts';
export * from './act.ts';
export * from './plan.ts';
export * from './executionReport.ts';
export * from './coverageTarget.ts';
export * from './councilMeeting.ts';
export * from './organization.ts';
