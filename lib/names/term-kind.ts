// The kinds of glossary entry, the one declaration beside Prisma's enum (schema.prisma `TermKind`):
// a person's or place's NAME (romanised, vetted, indexed in editions), a TERM, or text DeepL must leave
// as it is (DO_NOT_TRANSLATE).
export const TERM_KINDS = ['NAME', 'TERM', 'DO_NOT_TRANSLATE'] as const;
export type TermKind = (typeof TERM_KINDS)[number];
