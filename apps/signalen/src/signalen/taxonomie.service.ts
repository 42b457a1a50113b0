import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Validatiefout } from '@ketenbeeld/domain';
import type { SignaalCategorieOptie, Taxonomie } from './dto/signaal.types';

interface CategorieRij {
  code: string;
  label: string;
  vpt: boolean;
  hoofdcategorie: string | null;
}

/** The managed signal taxonomy, read from the database and cached for a minute. */
@Injectable()
export class TaxonomieService {
  private cache?: { tot: number; rijen: Promise<CategorieRij[]> };

  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  private rijen(): Promise<CategorieRij[]> {
    if (!this.cache || this.cache.tot < Date.now()) {
      const rijen = this.ds.query<CategorieRij[]>(
        `SELECT code, label, vpt, hoofdcategorie FROM signaal_categorie WHERE actief ORDER BY volgorde`,
      );
      this.cache = { tot: Date.now() + 60_000, rijen };
      rijen.catch(() => (this.cache = undefined));
    }
    return this.cache.rijen;
  }

  async taxonomie(): Promise<Taxonomie> {
    const rijen = await this.rijen();
    const per = new Map(rijen.map((r) => [r.code, r]));
    return {
      label: (code) => (code ? (per.get(code)?.label ?? code) : null),
      isVpt: (code) => per.get(code)?.vpt ?? false,
    };
  }

  /** Refusals for a category/subcategory pair that is unknown, inactive or does not belong together. */
  async controleer(categorie: string, subcategorie: string | null | undefined): Promise<Validatiefout[]> {
    const per = new Map((await this.rijen()).map((r) => [r.code, r]));
    const cat = per.get(categorie);
    const fouten: Validatiefout[] = [];
    if (!cat || cat.hoofdcategorie)
      fouten.push({ veld: 'categorie', reden: `onbekende categorie '${categorie}'; zie signaalCategorieen` });
    if (subcategorie) {
      const sub = per.get(subcategorie);
      if (!sub || sub.hoofdcategorie !== categorie)
        fouten.push({
          veld: 'subcategorie',
          reden: `'${subcategorie}' is geen subcategorie van ${categorie}`,
        });
    }
    return fouten;
  }

  async opties(): Promise<SignaalCategorieOptie[]> {
    const rijen = await this.rijen();
    return rijen
      .filter((r) => !r.hoofdcategorie)
      .map((r) => ({
        code: r.code,
        label: r.label,
        vpt: r.vpt,
        subcategorieen: rijen
          .filter((s) => s.hoofdcategorie === r.code)
          .map((s) => ({ code: s.code, label: s.label })),
      }));
  }
}
