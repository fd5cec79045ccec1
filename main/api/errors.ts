// Errors a handler throws on purpose carry a code and a message meant for the person.
import type { ErrorCode } from './contract';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}
