// The Korean names of acronyms Korean news writes beside them (국내총생산(GDP), 최고경영자(CEO)): a
// bracketed acronym after the Korean name of another one (국민총소득(GDP): 국민총소득 is the GNI) has
// lost its match, whatever the English says. Only names no other acronym of the table shares.

const EXPANSIONS: Record<string, readonly string[]> = {
  GDP: ['국내총생산'],
  GNP: ['국민총생산'],
  GNI: ['국민총소득'],
  CPI: ['소비자물가지수', '소비자물가'],
  PPI: ['생산자물가지수', '생산자물가'],
  CEO: ['최고경영자'],
  CFO: ['최고재무책임자'],
  COO: ['최고운영책임자'],
  CTO: ['최고기술책임자'],
  AI: ['인공지능'],
  ICBM: ['대륙간탄도미사일'],
  SLBM: ['잠수함발사탄도미사일'],
  IRBM: ['중거리탄도미사일'],
  SRBM: ['단거리탄도미사일'],
  DMZ: ['비무장지대'],
  NLL: ['북방한계선'],
  JSA: ['공동경비구역'],
  NGO: ['비정부기구'],
  IPO: ['기업공개'],
  FTA: ['자유무역협정'],
  ARS: ['자동응답'],
  IMF: ['국제통화기금'],
  WTO: ['세계무역기구'],
  WHO: ['세계보건기구'],
  OECD: ['경제협력개발기구'],
  NATO: ['북대서양조약기구'],
  EU: ['유럽연합'],
  ECB: ['유럽중앙은행'],
  LNG: ['액화천연가스'],
  LPG: ['액화석유가스'],
  EEZ: ['배타적경제수역'],
};
const BY_NAME = new Map<string, string>();
for (const [acr, names] of Object.entries(EXPANSIONS)) for (const n of names) BY_NAME.set(n, acr);
const LONGEST = Math.max(...[...BY_NAME.keys()].map((n) => n.length));

/**
 * The acronym the Korean name right before a bracket stands for, when it is not `acronym` (국민총소득
 * before (GDP) → GNI); undefined when the name is unknown or matches. `open` is the bracket's index.
 */
export function expansionOf(text: string, open: number, acronym: string): string | undefined {
  if (!(acronym in EXPANSIONS)) return undefined;
  const before = text.slice(Math.max(0, open - LONGEST), open);
  for (const [name, acr] of BY_NAME) if (acr !== acronym && before.endsWith(name)) return acr;
  return undefined;
}
