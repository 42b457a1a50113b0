import { DomeinFout } from '@ketenbeeld/platform';

/** Requests per second a client may sustain, and the burst it may take at once. */
export const ZSM_LIMIET = { perSeconde: 20, burst: 40 } as const;

/**
 * Rate limit per client (token subject): a token bucket per client in this process. With several
 * replicas each allows the limit, so the effective limit is the limit × replicas; the gateway or
 * ingress is the place for one global limit (issue 12).
 */
export class Snelheidsbegrenzer {
  private readonly emmers = new Map<string, { tokens: number; op: number }>();

  constructor(private readonly limiet: { perSeconde: number; burst: number } = ZSM_LIMIET) {}

  controleer(client: string, nu = Date.now()): void {
    const e = this.emmers.get(client) ?? { tokens: this.limiet.burst, op: nu };
    e.tokens = Math.min(this.limiet.burst, e.tokens + ((nu - e.op) / 1000) * this.limiet.perSeconde);
    e.op = nu;
    if (e.tokens < 1) {
      this.emmers.set(client, e);
      const wacht = Math.ceil(((1 - e.tokens) / this.limiet.perSeconde) * 1000);
      throw new DomeinFout(
        'TE_VEEL_VERZOEKEN',
        'ZSM_TE_VEEL_VERZOEKEN',
        `Te veel verzoeken van ${client}; probeer het over ${wacht} ms opnieuw`,
        [
          {
            veld: 'client',
            reden: `hoogstens ${this.limiet.perSeconde} per seconde (piek ${this.limiet.burst})`,
          },
        ],
      );
    }
    e.tokens -= 1;
    this.emmers.set(client, e);
    if (this.emmers.size > 10_000) this.emmers.clear();
  }
}
