// The one error type the import parsers throw. `code` is stable (the HTTP layer maps it to a status:
// too_large → 413, the rest → 400/422); `message` says precisely what is wrong, in words a user can act on.

export const IMPORT_ERROR_CODES = ['empty', 'binary', 'malformed', 'unsupported', 'too_large', 'encoding'] as const;
export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[number];

export class ImportError extends Error {
  readonly code: ImportErrorCode;

  constructor(code: ImportErrorCode, message: string) {
    super(message);
    this.name = 'ImportError';
    this.code = code;
  }
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
