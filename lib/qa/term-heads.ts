// A body and the title of the person at its head (위원회 / 위원장, 협회 / 협회장, 경찰청 / 경찰청장):
// “Kim, who chairs the Ethics Committee” is rendered 윤리위원장 김 아무개, the body's name kept
// inside the title. Used by `terms` (a glossary body rendered inside its head's title, where the
// English says the person heads it) and by `phrase-consistency` (a body and its head are two
// referents, never two renderings of one phrase).

// Last syllables of Korean bodies whose head is the body + 장 (협회장, 청장, 원장, 단장, 국장,
// 소장, 처장, 실장, 팀장, 부장, 과장, 본부장, 조합장, 학회장).
const BODY_END = /[회청원단국소처실팀부과]$/;

/** The title of the head of a body written in Korean: 위원회 → 위원장, 이사회 → 이사장, 협회 → 협회장. */
export function headTitles(body: string): string[] {
  if (body.length < 2 || !BODY_END.test(body)) return [];
  const out = [`${body}장`];
  // 위원회 (committee) → 위원장, 이사회 (board) → 이사장: the head is the members' word + 장.
  if (body.length >= 3 && /(?:위원|이사)회$/.test(body)) out.push(`${body.slice(0, -1)}장`);
  return out;
}

/** `a` and `b` are a body and the title of its head (전력강화위원회 / 전력강화위원장), either way round. */
export function bodyAndHead(a: string, b: string): boolean {
  const x = a.replace(/\s+/g, '');
  const y = b.replace(/\s+/g, '');
  return x !== y && (headTitles(x).includes(y) || headTitles(y).includes(x));
}

// The English says a person heads the body: “who chairs the committee”, “head of the agency”, “the
// committee's chairman”, “committee chair Lee”.
const HEAD_BEFORE =
  /\b(?:chair(?:s|ed|ing|man|woman|person)?|head(?:s|ed|ing)?|lead(?:s|ing)?|led|runs?|ran|director|president|chief|commissioner)\b(?:\s+(?:of|at))?(?:\s+(?:the|its|their|his|her|this|that))?(?:\s+[A-Z][\w’'-]*(?:['’]s)?)?\s*$/i;
const HEAD_AFTER = /^(?:['’]s)?\s+(?:chair(?:man|woman|person)?|head|chief|director|president|commissioner)\b/i;

/** The English names the body as one a person heads (the mention at `start`–`end` of `source`). */
export function headedInSource(source: string, start: number, end: number): boolean {
  return HEAD_BEFORE.test(source.slice(Math.max(0, start - 60), start)) || HEAD_AFTER.test(source.slice(end, end + 30));
}
