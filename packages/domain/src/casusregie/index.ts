export * from './geschiktheid.rule';
export * from './maatregel-catalogus';
export * from './verantwoording.rule';
export * from './agenda.rule';
export * from './dagoverzicht.rule';
export * from './topx.rule';
export * from './casus-status.rule';
export * from './casus-toegang.rule';
