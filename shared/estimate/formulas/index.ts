export * from './traffic';
export * from './capacity';
export * from './storage';
export * from './bandwidth';
export * from './availability';
