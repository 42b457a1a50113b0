export * from './planning-fout';
export * from './locaties';
export * from './plaatsing-geschiktheid.rule';
export * from './wachtlijst.rule';
export * from './inhuisregistratie.rule';
export * from './procedure-plan.rule';
export * from './ind-capaciteit.rule';
export * from './transport.rule';
