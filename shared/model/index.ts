export * from './ids';
export * from './design';
export * from './workload';
export * from './migrate';
export * from './restore';
export * from './changeSummary';
export * from './designFile';
export * from './documentSize';
