import type { Secrets } from '../effects'
import type { ShellElectron } from './shell'

/**
 * The office server's password, encrypted with Electron safeStorage (DPAPI on Windows, the keychain
 * on macOS, libsecret on Linux): only this Windows account on this PC can decrypt it. Where no key
 * service exists (`isEncryptionAvailable` false) nothing is stored rather than the plain text.
 */
export function safeStorageSecrets(electron: Pick<ShellElectron, 'safeStorage'>): Secrets {
  const { safeStorage } = electron
  return {
    available: () => safeStorage.isEncryptionAvailable(),
    encrypt: (plain) => safeStorage.encryptString(plain).toString('base64'),
    decrypt: (stored) => safeStorage.decryptString(Buffer.from(stored, 'base64')),
  }
}
