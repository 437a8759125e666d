import { createHash } from 'node:crypto';
import type { DoorControllerSpec } from '../door-controller/door-controller-spec';

/** Stable made-up hardware identity, so the same demo device always reports the same serial and MAC. */
export function hardwareIdentity(spec: DoorControllerSpec, model: string) {
  const hash = createHash('sha256').update(`${spec.vendor}:${spec.id}`).digest('hex');
  const mac = ['a4', '14', '37', hash.slice(0, 2), hash.slice(2, 4), hash.slice(4, 6)].join(':');
  const serial = `${model}20240315V020202ENL${hash.slice(6, 14).toUpperCase()}`;
  const uuid = `${hash.slice(0, 8)}-${hash.slice(8, 12)}-${hash.slice(12, 16)}-${hash.slice(16, 20)}-${hash.slice(20, 32)}`;
  return { mac, serial, uuid, shortHash: hash.slice(0, 8) };
}
