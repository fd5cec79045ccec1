// Sync passwords are encrypted with Electron's safeStorage (the system keychain) before they touch the disk
// (issue 16). On Linux without a keyring safeStorage falls back to a fixed key ("basic_text"): that is not
// protection, so there the password is kept for the session only and asked for again after a restart.
import { safeStorage } from 'electron';
import type { SecretBox } from '../sync/credentials';

export function safeStorageBox(): SecretBox {
  return {
    isEncryptionAvailable() {
      if (!safeStorage.isEncryptionAvailable()) return false;
      return process.platform !== 'linux' || safeStorage.getSelectedStorageBackend() !== 'basic_text';
    },
    encryptString: (plain) => safeStorage.encryptString(plain),
    decryptString: (encrypted) => safeStorage.decryptString(encrypted),
  };
}
