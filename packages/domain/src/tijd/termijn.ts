/** The rules of DOMAIN.md §5 that produce a date. */
export type RegelId =
  | 'R1'
  | 'R2'
  | 'R3'
  | 'R6'
  | 'R7'
  | 'R8'
  | 'R10'
  | 'R11'
  | 'R12'
  | 'R13'
  | 'R14'
  | 'R15'
  | 'R16'
  | 'R18'
  | 'R23';

/**
 * A computed time limit: the instant (UTC) it expires, the rule that produced it, a Dutch explanation
 * for the console ("Overdrachtstermijn Dublin: 6 maanden na akkoord op 3 maart 2026 → 3 september
 * 2026") and the legal source.
 *
 * `vervaltOp` is inclusive: the limit is met by anything at or before it. Terms counted in whole
 * days, weeks or months whose law says they run "tot en met" a date (R3, R10, R11, R12) expire at
 * 23:59:59.999 Amsterdam time on their last day; clocks and measure durations (R6, R7, R8, R13, R14,
 * R15, R16, R18) expire at the exact instant.
 */
export type Termijn = {
  readonly regel: RegelId;
  readonly vervaltOp: Date;
  readonly uitleg: string;
  readonly grondslag: string;
};

/** A rule that yields no term for this case (e.g. no rust- en voorbereidingstijd in spoor 1), with the reason. */
export type GeenTermijn = {
  readonly regel: RegelId;
  readonly vervaltOp: null;
  readonly uitleg: string;
  readonly grondslag: string;
};
