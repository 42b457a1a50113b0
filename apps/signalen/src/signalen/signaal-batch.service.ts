import { Injectable, Logger } from '@nestjs/common';
import type { Actor } from '@ketenbeeld/domain';
import { alsDomeinFout, probleemVoor, ValidatieFout } from '@ketenbeeld/platform';
import { naarSignaalType, type SignaalType } from './dto/signaal.types';
import { SignaalService } from './signaal.service';

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

  constructor(private readonly signalen: SignaalService) {}

  async registreer(actor: Actor, body: unknown): Promise<BatchResultaat> {
    const lijst = (body as { signalen?: unknown } | null)?.signalen;
    if (!Array.isArray(lijst))
      throw new ValidatieFout([{ veld: 'signalen', reden: 'moet een lijst van signalen zijn' }]);
    if (lijst.length === 0) throw new ValidatieFout([{ veld: 'signalen', reden: 'minstens één signaal' }]);
    if (lijst.length > MAX_BATCH)
      throw new ValidatieFout([{ veld: 'signalen', reden: `hoogstens ${MAX_BATCH} signalen per batch` }]);
    const resultaten: BatchItemResultaat[] = new Array<BatchItemResultaat>(lijst.length);
    let volgende = 0;
    const werker = async () => {
      for (let i = volgende++; i < lijst.length; i = volgende++) {
        try {
          resultaten[i] = {
            index: i,
            status: 201,
            signaal: naarSignaalType(await this.signalen.registreer(actor, lijst[i])),
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
