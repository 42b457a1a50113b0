export * from './personas';
export * from './tokens';
export * from './omgeving';
export * from './processen';
