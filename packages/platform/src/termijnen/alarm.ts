/**
 * Pure alarm arithmetic of the deadline engine: which warning is next and when the next alarm rings.
 * Warnings are durations before the due time, kept sorted from longest to shortest.
 */
export interface AlarmStand {
  /** How many warnings count as sent (or skipped because their moment had passed). */
  gewaarschuwd: number;
  /** When the next alarm (warning or expiry) is due. */
  volgendeAlarmOp: Date;
}

export function sorteerWaarschuwingen(ms: readonly number[]): number[] {
  return [...new Set(ms)].sort((a, b) => b - a);
}

/**
 * Position of the alarms for a deadline due at `vervaltOp`, seen at `nu`. Warnings whose moment has
 * passed are skipped, except the most recent of them while the deadline is still ahead: that one
 * rings at once, so a deadline planned 90 minutes ahead with a 2-hour warning still warns.
 */
export function alarmStand(
  vervaltOp: Date,
  waarschuwingenMs: readonly number[],
  nu: Date,
  alGewaarschuwd = 0,
): AlarmStand {
  const w = waarschuwingenMs;
  let g = alGewaarschuwd;
  if (vervaltOp.getTime() > nu.getTime()) {
    let verstreken = 0;
    while (verstreken < w.length && vervaltOp.getTime() - w[verstreken] <= nu.getTime()) verstreken++;
    g = Math.max(g, verstreken - 1, 0);
  } else {
    g = Math.max(g, w.length);
  }
  const volgende = g < w.length ? new Date(vervaltOp.getTime() - w[g]) : vervaltOp;
  return { gewaarschuwd: g, volgendeAlarmOp: volgende };
}
