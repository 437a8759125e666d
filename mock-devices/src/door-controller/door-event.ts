/** A door action as the controller logged it; each vendor renders it in its own wire format. */
export interface DoorEvent {
  /** The controller's running event number (Hikvision serialNo, Dahua RecNo), from 1. */
  serialNo: number;
  /** Milliseconds since the epoch. */
  at: number;
  doorNo: number;
  method: 'remote' | 'face';
  action: 'open' | 'close' | 'alwaysOpen' | 'alwaysClose';
  granted: boolean;
  /** The person: face swipes give the device's employee number, remote opens the caller's UserID if it sent one. */
  subject: string | null;
  /** The person's name as enrolled on the device, when known. */
  name: string | null;
  /** For remote commands: who sent it (the digest user and the client address). */
  remote: { user: string; host: string } | null;
}

export type DoorMode = 'normal' | 'alwaysOpen' | 'alwaysClose';

export type DoorCommand = 'open' | 'close' | 'alwaysOpen' | 'alwaysClose' | 'resume';
