import { z } from 'zod';

/** What the control API can break on a device, to see how the cloud copes. */
export interface Faults {
  /** Looks dead: every protocol request has its socket destroyed without an answer, and pushes wait. */
  offline: boolean;
  /** Every protocol answer (the digest challenge included) waits this long, so a client's deadline can fire. */
  delayMs: number;
  /** Refuses every digest answer as if the password had been changed on the device (counts towards the lock). */
  rejectCredentials: boolean;
  /** After authentication: `error` answers the vendor's device error, `malformed` a broken body with 200. */
  failWith: 'error' | 'malformed' | null;
}

export const NO_FAULTS: Readonly<Faults> = { offline: false, delayMs: 0, rejectCredentials: false, failWith: null };

export const ZFaultPatch = z.strictObject({
  offline: z.boolean().optional(),
  delayMs: z.number().int().min(0).max(600_000).optional(),
  rejectCredentials: z.boolean().optional(),
  failWith: z.enum(['error', 'malformed']).nullable().optional(),
});
export type FaultPatch = z.infer<typeof ZFaultPatch>;

export const ZFaceSwipe = z.strictObject({
  doorNo: z.number().int().min(1),
  employeeNo: z.string().min(1).max(32),
  name: z.string().max(64).optional(),
  /** A face the device does not know (or a door kept closed) is refused; default true. */
  granted: z.boolean().optional(),
});
export type FaceSwipe = z.infer<typeof ZFaceSwipe>;
