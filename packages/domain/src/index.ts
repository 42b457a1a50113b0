export * from './organisaties/organisatie';
export * from './organisaties/rol';
export * from './contracten/envelop';
export * from './contracten/events';
export * from './fouten/validatie';
export * from './signalen/signaal';
export * from './toegang/signaal-toegang.rule';
export * from './tijd';
