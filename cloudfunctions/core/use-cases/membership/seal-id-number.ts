import { maskIdNumber } from '@linli/shared';
import type { IdCipher } from '../../privacy/sealed-box';

export interface SealedIdNumber {
  idCipher: string;
  idHash: string;
  idMasked: string;
}

/** The three forms an ID number is kept in: ciphertext to reveal on purpose, a hash to match on, a mask to show. */
export function sealIdNumber(cipher: IdCipher, idNumber: string): SealedIdNumber {
  return { idCipher: cipher.encrypt(idNumber), idHash: cipher.hash(idNumber), idMasked: maskIdNumber(idNumber) };
}
