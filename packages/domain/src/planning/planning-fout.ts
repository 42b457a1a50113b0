/**
 * Refusal of planning input: `veld` names the field at fault (e.g. `tot`, `vensters.1.begin`),
 * `reden` says in Dutch what is wrong with it. The message is `${veld}: ${reden}`.
 */
export class PlanningFout extends Error {
  constructor(
    readonly veld: string,
    readonly reden: string,
  ) {
    super(`${veld}: ${reden}`);
    this.name = 'PlanningFout';
  }
}
