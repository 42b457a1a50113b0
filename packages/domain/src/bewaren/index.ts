export * from './bewaartermijn.rule';
export * from './bewaar-soorten';
export * from './bewaarbeleid.rule';
export * from './casus-bewaren.rule';
