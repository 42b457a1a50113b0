export * from './personas';
export * from './tokens';
