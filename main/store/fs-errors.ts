// File-system failures in words for the person: a raw "ENOSPC: no space left on device, write" says nothing
// about what happened to their work.

export function errorCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException | null)?.code;
}

/** True for the failures of a disk that refuses writes: a person fixes them by freeing space or moving. */
export function isDiskProblem(e: unknown): boolean {
  return ['ENOSPC', 'EDQUOT', 'ESHORTWRITE', 'EROFS', 'EIO'].includes(errorCode(e) ?? '');
}

/** One sentence saying why `path` could not be written. */
export function describeWriteError(e: unknown, path: string): string {
  switch (errorCode(e)) {
    case 'ENOSPC':
    case 'EDQUOT':
    case 'ESHORTWRITE':
      return `The disk is full: ClaimDesk could not save to ${path}.`;
    case 'EROFS':
      return `The folder of ${path} is read-only: ClaimDesk could not save there.`;
    case 'EACCES':
    case 'EPERM':
      return `ClaimDesk is not allowed to write ${path} (the file or folder is locked or protected).`;
    case 'ENOENT':
      return `The folder of ${path} no longer exists: ClaimDesk could not save there.`;
    case 'EIO':
      return `The disk reported an error while ClaimDesk was saving to ${path}.`;
    default:
      return `ClaimDesk could not save to ${path}: ${(e as Error)?.message ?? String(e)}.`;
  }
}
