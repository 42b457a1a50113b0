import { Organisatie } from '../organisaties/organisatie';
import { Rol, type Actor } from '../organisaties/rol';
import {
  magCapaciteitBeheren,
  magIndSlotsBeheren,
  magInhuisregistratieOpleggen,
  magInhuisregistratieVastleggen,
  magPlaatsingBeslissen,
  magPlaatsingVoorstellen,
  magPlanningZien,
  magProcedurePlannen,
} from './planning-toegang.rule';

const actor = (organisatie: Organisatie, ...rollen: Rol[]): Actor => ({
  sub: 's',
  naam: 'n',
  organisatie,
  rollen,
});
const ind = actor('IND', Rol.PROCESREGISSEUR, Rol.KERNTEAMLID);
const coa = actor('COA', Rol.LOCATIEMANAGER, Rol.KERNTEAMLID);
const dtv = actor('DTV', Rol.REGIEVOERDER, Rol.KERNTEAMLID);
const indLid = actor('IND', Rol.KERNTEAMLID);
const dgm = actor('DGM_DRM', Rol.ANALIST_NATIONAAL);
const politie = actor('POLITIE', Rol.MELDER);
const coaSysteem = actor('COA', Rol.PARTNER_SYSTEEM);
const gemeenteAlsKernteamlid = actor('GEMEENTE', Rol.KERNTEAMLID);

it.each([
  ['zien', magPlanningZien, [ind, coa, dtv, indLid, dgm], [politie, coaSysteem, gemeenteAlsKernteamlid]],
  ['voorstellen', magPlaatsingVoorstellen, [ind, coa, dtv, indLid], [dgm, politie, coaSysteem]],
  ['beslissen', magPlaatsingBeslissen, [ind, coa, dtv], [indLid, dgm, politie, gemeenteAlsKernteamlid]],
  ['capaciteit', magCapaciteitBeheren, [coa, dgm], [ind, dtv, politie, coaSysteem]],
  ['registreren', magInhuisregistratieVastleggen, [coa, coaSysteem], [ind, dtv, dgm, politie]],
  ['opleggen', magInhuisregistratieOpleggen, [ind, coa, dtv], [dgm, politie, coaSysteem]],
  ['plannen', magProcedurePlannen, [ind, coa, dtv, indLid], [dgm, politie]],
  ['slots', magIndSlotsBeheren, [ind], [indLid, coa, dtv, dgm]],
] as const)('%s: wie wel en wie niet', (_naam, regel, wel, niet) => {
  for (const a of wel) expect([a.organisatie, a.rollen, regel(a)]).toEqual([a.organisatie, a.rollen, true]);
  for (const a of niet) expect([a.organisatie, a.rollen, regel(a)]).toEqual([a.organisatie, a.rollen, false]);
});
