import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@ketenbeeld/domain';
import { alsDomeinFout, DomeinFout, probleemVoor, ValidatieFout } from '@ketenbeeld/platform';
import { naarSignaalType, type SignaalType } from './dto/signaal.types';
import { SignaalService } from './signaal.service';
import { TaxonomieService } from './taxonomie.service';

export const MAX_BATCH = 1000;
const GELIJKTIJDIG = 8;

export interface BatchItemResultaat {
  index: number;
  status: number;
  signaal?: SignaalType;
  fout?: ReturnType<typeof probleemVoor>;
}

export interface BatchResultaat {
  aantal: number;
  geregistreerd: number;
  geweigerd: number;
  resultaten: BatchItemResultaat[];
}

/** Up to 1,000 signals in one request; each lands or fails on its own, with a result per item. */
@Injectable()
export class SignaalBatchService {
  private readonly logger = new Logger('SignaalBatch');

  constructor(
    private readonly signalen: SignaalService,
    private readonly taxonomie: TaxonomieService,
  ) {}

  async registreer(actor: Actor, body: unknown): Promise<BatchResultaat> {
    const lijst = (body as { signalen?: unknown } | null)?.signalen;
    // The body is `{ signalen: [...] }` and nothing else: an unknown field is refused, not ignored.
    const onbekend =
      body && typeof body === 'object' && !Array.isArray(body)
        ? Object.keys(body).filter((k) => k !== 'signalen')
        : [];
    if (onbekend.length)
      throw new ValidatieFout(
        onbekend.map((veld) => ({ veld, reden: 'onbekend veld; de body is { signalen: [...] }' })),
      );
    if (!Array.isArray(lijst))
      throw new ValidatieFout([{ veld: 'signalen', reden: 'moet een lijst van signalen zijn' }]);
    if (lijst.length === 0) throw new ValidatieFout([{ veld: 'signalen', reden: 'minstens één signaal' }]);
    if (lijst.length > MAX_BATCH)
      throw new ValidatieFout([{ veld: 'signalen', reden: `hoogstens ${MAX_BATCH} signalen per batch` }]);
    const t = await this.taxonomie.taxonomie();
    const resultaten: BatchItemResultaat[] = new Array<BatchItemResultaat>(lijst.length);
    // A source reference repeated within the batch: the first occurrence counts, later ones are refused.
    const eerste = new Map<string, number>();
    lijst.forEach((item, i) => {
      const { bronOrganisatie, bronReferentie } = (item ?? {}) as {
        bronOrganisatie?: unknown;
        bronReferentie?: unknown;
      };
      if (typeof bronOrganisatie !== 'string' || typeof bronReferentie !== 'string') return;
      const sleutel = `${bronOrganisatie}|${bronReferentie.trim()}`;
      const eerder = eerste.get(sleutel);
      if (eerder === undefined) {
        eerste.set(sleutel, i);
        return;
      }
      const probleem = probleemVoor(
        new DomeinFout(
          'CONFLICT',
          'SIGNAAL_DUBBEL_IN_BATCH',
          `Zelfde bronreferentie als signalen.${eerder}`,
          [{ veld: `signalen.${i}.bronReferentie`, reden: `staat al op positie ${eerder} in deze batch` }],
        ),
      );
      resultaten[i] = { index: i, status: probleem.status, fout: probleem };
    });
    let volgende = 0;
    const werker = async () => {
      for (let i = volgende++; i < lijst.length; i = volgende++) {
        if (resultaten[i]) continue;
        try {
          resultaten[i] = {
            index: i,
            status: 201,
            signaal: naarSignaalType(await this.signalen.registreer(actor, lijst[i]), t),
          };
        } catch (e) {
          const { fout, intern } = alsDomeinFout(e);
          if (intern) this.logger.error(e instanceof Error ? e : String(e));
          const probleem = probleemVoor(fout);
          resultaten[i] = {
            index: i,
            status: probleem.status,
            // Field paths point into the batch body.
            fout: {
              ...probleem,
              ...(probleem.fouten
                ? { fouten: probleem.fouten.map((f) => ({ ...f, veld: `signalen.${i}.${f.veld}` })) }
                : {}),
            },
          };
        }
      }
    };
    await Promise.all(Array.from({ length: Math.min(GELIJKTIJDIG, lijst.length) }, werker));
    const geregistreerd = resultaten.filter((r) => r.status === 201).length;
    return { aantal: lijst.length, geregistreerd, geweigerd: lijst.length - geregistreerd, resultaten };
  }
}
