import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { voerVoorbereidUit } from '../database/voorbereid';
import type { VerwerkingRegel } from './verwerking';

const INSERT = `
  INSERT INTO logboek (trace_id, span_id, ouder_span_id, dienst, operatie, soort, start, eind, status,
                              foutcode, actor, actor_naam, organisatie, rollen, doel, personen, attributen)
  SELECT trace_id, span_id, ouder_span_id, dienst, operatie, soort, start, eind, status,
         foutcode, actor, actor_naam, organisatie, rollen, doel, personen, attributen
    FROM jsonb_to_recordset($1::jsonb) AS x(trace_id text, span_id text, ouder_span_id text, dienst text,
         operatie text, soort text, start timestamptz, eind timestamptz, status text, foutcode text,
         actor text, actor_naam text, organisatie text, rollen text[], doel text, personen uuid[], attributen jsonb)
   ORDER BY start`;

/** Most lines per INSERT (a burst is written in a few statements, not one huge one). */
const MAX_PER_STATEMENT = 500;

interface Wachtend {
  regel: VerwerkingRegel;
  klaar: () => void;
  mislukt: (e: unknown) => void;
}

/**
 * Writes processing-log lines with group commit: a line is written before the answer it belongs to
 * leaves the service (no disclosure without a log entry), and while one INSERT is under way the
 * lines of other requests gather for the next, so under load many requests share one statement.
 * When the log cannot be written the request fails (the caller turns this into an error answer).
 */
@Injectable()
export class VerwerkingslogSchrijver {
  private wachtrij: Wachtend[] = [];
  private bezig = false;

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  schrijf(regel: VerwerkingRegel): Promise<void> {
    return new Promise<void>((klaar, mislukt) => {
      this.wachtrij.push({ regel, klaar, mislukt });
      if (!this.bezig) void this.spoel();
    });
  }

  private async spoel(): Promise<void> {
    this.bezig = true;
    try {
      while (this.wachtrij.length) {
        const groep = this.wachtrij.splice(0, MAX_PER_STATEMENT);
        try {
          await voerVoorbereidUit(this.ds, INSERT, [
            JSON.stringify(
              groep.map(({ regel: r }) => ({
                trace_id: r.traceId,
                span_id: r.spanId,
                ouder_span_id: r.ouderSpanId,
                dienst: r.dienst,
                operatie: r.operatie.slice(0, 500),
                soort: r.soort,
                start: r.start.toISOString(),
                eind: r.eind.toISOString(),
                status: r.status,
                foutcode: r.foutcode,
                actor: r.actor,
                actor_naam: r.actorNaam,
                organisatie: r.organisatie,
                rollen: r.rollen,
                doel: r.doel,
                personen: r.personen,
                attributen: r.attributen,
              })),
            ),
          ]);
          for (const w of groep) w.klaar();
        } catch (e) {
          for (const w of groep) w.mislukt(e);
        }
      }
    } finally {
      this.bezig = false;
    }
  }
}
