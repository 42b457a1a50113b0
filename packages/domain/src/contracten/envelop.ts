import { z } from 'zod';

/** Services that own data and may publish or consume events. */
export const Dienst = {
  SIGNALEN: 'signalen',
  CASUSREGIE: 'casusregie',
  ZSM: 'zsm',
  PLANNING: 'planning',
} as const;
export type Dienst = (typeof Dienst)[keyof typeof Dienst];
export const DIENSTEN: readonly Dienst[] = Object.values(Dienst);

/** Envelope around every event: the payload travels with its identity, producer and trace context. */
export const envelopSchema = z.object({
  id: z.uuid(),
  naam: z.string().min(1),
  producent: z.enum(DIENSTEN as [Dienst, ...Dienst[]]),
  opgetredenOp: z.iso.datetime({ offset: true }),
  traceparent: z.string().optional(),
  payload: z.unknown(),
});
export type Envelop<P = unknown> = Omit<z.infer<typeof envelopSchema>, 'payload'> & { payload: P };
