// Data for guessing the Hangul of romanised Korean names (candidates.ts). Written by hand from
// general knowledge of Korean naming (not from the bench lists in bench/names/): approximate
// shares of the commonest surnames (South Korean census order of magnitude) and, for given names
// and place names, syllables grouped by how common they are, 5 = very common … 1 = occasional.
// These are priors, not facts about any person: the owner always picks.

/** Surname → approximate share of the population in percent. */
export const SURNAME_SHARE: Readonly<Record<string, number>> = {
  김: 21.5, 이: 14.7, 박: 8.4, 최: 4.7, 정: 4.3, 강: 2.3, 조: 2.1, 윤: 2.0, 장: 2.0, 임: 1.7, 한: 1.5, 오: 1.5,
  서: 1.5, 신: 1.5, 권: 1.4, 황: 1.4, 안: 1.4, 송: 1.4, 전: 1.3, 홍: 1.1, 유: 1.1, 고: 0.9, 문: 0.9, 양: 0.9,
  손: 0.9, 배: 0.8, 백: 0.8, 허: 0.6, 남: 0.6, 심: 0.5, 노: 0.5, 하: 0.5, 곽: 0.4, 성: 0.4, 차: 0.4, 주: 0.4,
  우: 0.4, 구: 0.4, 류: 0.3, 나: 0.3, 민: 0.3, 진: 0.3, 지: 0.3, 엄: 0.3, 채: 0.3, 원: 0.3, 천: 0.2, 방: 0.2,
  공: 0.2, 현: 0.2, 함: 0.2, 변: 0.2, 염: 0.2, 여: 0.2, 추: 0.1, 도: 0.1, 소: 0.1, 석: 0.1, 선: 0.1, 설: 0.1,
  마: 0.1, 길: 0.1, 연: 0.1, 위: 0.1, 표: 0.1, 명: 0.1, 기: 0.1, 반: 0.1, 왕: 0.05, 금: 0.05, 옥: 0.05, 육: 0.05,
  인: 0.05, 맹: 0.05, 제: 0.05, 모: 0.05, 탁: 0.02, 국: 0.04, 어: 0.03, 은: 0.04, 편: 0.03, 용: 0.03, 예: 0.02,
  경: 0.02, 봉: 0.02, 사: 0.02, 부: 0.02, 가: 0.02, 복: 0.02, 태: 0.02, 목: 0.02, 형: 0.02, 계: 0.01, 피: 0.01,
  두: 0.01, 감: 0.01, 빈: 0.01, 동: 0.01, 호: 0.01, 라: 0.01,
  // North Korean spellings keep the initial ㄹ (리설주, 림, 로, 량, 렴).
  리: 0.6, 림: 0.15, 로: 0.08, 량: 0.03, 렴: 0.02,
  // Two-syllable surnames.
  남궁: 0.05, 황보: 0.03, 제갈: 0.01, 선우: 0.01, 독고: 0.005,
};

/**
 * Spellings of surnames that the syllable rules do not produce (Lee, Rhee, Park, Choi…), each with
 * its surnames in order of preference. The rule-based spellings (Gim, Bak, Jeong…) come on top.
 */
export const SURNAME_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  lee: ['이'], yi: ['이'], rhee: ['이'], rhie: ['이'], ree: ['이', '리'], i: ['이'], yee: ['이'], ri: ['리', '이'], rhi: ['리', '이'],
  park: ['박'], pak: ['박'], bak: ['박'], bahk: ['박'],
  choi: ['최'], choe: ['최'], chey: ['최'], choy: ['최'],
  oh: ['오'], o: ['오'], ahn: ['안'], an: ['안'], kwon: ['권'], gwon: ['권'],
  jung: ['정'], chung: ['정'], cheong: ['정'], jeong: ['정'], chong: ['정'],
  yoon: ['윤'], youn: ['윤'], yun: ['윤'], rim: ['림', '임'], lim: ['임'], yim: ['임'], im: ['임'],
  roh: ['노'], noh: ['노'], ro: ['로', '노'], ryu: ['류', '유'], yoo: ['유'], you: ['유'], yu: ['유', '류'], lyu: ['류'],
  suh: ['서'], seo: ['서'], so: ['소', '서'], sohn: ['손'], son: ['손'], shin: ['신'], sin: ['신'],
  hur: ['허'], huh: ['허'], heo: ['허'], ho: ['허', '호'], moon: ['문'], mun: ['문'],
  kang: ['강'], gang: ['강'], koh: ['고'], ko: ['고'], go: ['고'], jo: ['조'], cho: ['조'],
  chun: ['전', '천'], jun: ['전'], jeon: ['전'], chon: ['전', '천'], cheon: ['천'],
  paik: ['백'], paek: ['백'], baek: ['백'], baik: ['백'], bae: ['배'], pae: ['배'],
  sung: ['성'], seong: ['성'], song: ['송', '성'], hyun: ['현'], hyeon: ['현'], hyon: ['현'],
  byun: ['변'], byeon: ['변'], pyon: ['변'], pyun: ['변'], uhm: ['엄'], eom: ['엄'], um: ['엄'], om: ['엄'],
  yeom: ['염'], yum: ['염'], yom: ['염'], woo: ['우'], wu: ['우'], u: ['우'], koo: ['구'], ku: ['구'], gu: ['구'],
  joo: ['주'], ju: ['주'], chu: ['주', '추'], choo: ['추'], kim: ['김'], gim: ['김'], kimm: ['김'],
  namgoong: ['남궁'], namkung: ['남궁'], namgung: ['남궁'], hwangbo: ['황보'], jegal: ['제갈'], chegal: ['제갈'],
  sunwoo: ['선우'], seonu: ['선우'], dokgo: ['독고'], tokko: ['독고'], yang: ['양'], ryang: ['량', '양'],
};

/** Given-name syllables by how common they are in given names (5 = very common). */
export const GIVEN_SYLLABLES: Readonly<Record<number, string>> = {
  5: '영정수진민현지성상준재희경은동명호철석숙순미혜선연원용우훈주승태한기광윤자남',
  4: '종인옥화나서하도규대중환일근국범병혁찬창형식욱빈아유애란향실금복길봉춘덕만문해청세효학택열섭건완관웅홍소송신양임회',
  3: '여구균단담래련렬례록륜률린림모묵백보부분삼생솔심안언엽예오온운율응의이익작장전제조직차천초충치칠탁평표필항헌협환활황후휘흥강고곤공교귀규금기녀달당두락랑량렴룡리무미배봉비사산선설숙승시아암야연옥왕외욕월위유은을읍의재점정제주지진찬채천철첨청추춘충탄태택판팔하한함해향혁현호홍화효희',
  2: '가각갑개거겸견결경계곡관괄교군굴궁권귀극근긴나난녕노농니다대덕도돈동두득라려력로뢰료루류륙름릉마막말망매맹면목몽묘문물반발방벌법벽변별병보복본봉부북분불붕비빈사삭서석선섬성세소속손솔송수순술숭슬습시식신실심쌍아악안압애약양어억언엄업여역연열염엽영예오옥온옹완왕요용우욱운웅원위유육윤융은을음의이익인일임자작잔잠장재저적전절점접정제조족존종좌주죽준중즙증지직진질집징차참창채처척천철첩청체초촌총최추축춘출충취측치칙친칠침쾌타탁탄탐탑탕태토통퇴투파판패팽편평폐포표풍피필하학한할함합항해핵행향허헌혁현혈협형혜호혹혼홍화확환활황회획효후훈훤휘휴흠흥희힘',
};

/** Place-name syllables (cities, counties, provinces of both Koreas) by how common they are. */
export const PLACE_SYLLABLES: Readonly<Record<number, string>> = {
  5: '산천주원양성청남북동해강평안경전충광대부서인수포도',
  4: '진영창제구의울함흥개신릉춘화목순김마통거군사리판문점혜라선봉백두금회령덕연월정황옹명단길무송림풍용고장상하곡촌암교읍면',
  3: '가갑계공관괴구기나내논당동둔련룡류리만모무밀보봉비삼석섬속시아여열예오온옥완왕외요운웅위유율은이익임자재저적조중증지직창철초태파패한합항혜호홍회효후희',
  2: '간갈감강건고곤과괘귀극근금기낙녕노능단달담대독돈두등락란랑량려력렬령례로록뢰료룡루륙륜률마막말망매맹면명몽묘물미박반발방배벌범법벽변별병복본부분불붕빈사삭상색생서선설세소손솔송수숙숭승신실심쌍안압애야약어언엄업역연염엽영오용우욱울원월위윤음읍응의인일입잠장재전절점접정제조종좌죽준즙진질집징차참채처척천첨청체총최추축출충취측치칙친칠침타탁탄탐탑탕토통퇴투팔편평포표풍피필학할함합해행향허헌혁현협형호혼화확환활황흑흥',
};

/** Admin and landscape suffixes written after a hyphen or space in romanised place names. */
export const PLACE_SUFFIXES: Readonly<Record<string, string>> = {
  do: '도', si: '시', gun: '군', gu: '구', dong: '동', ri: '리', eup: '읍', myeon: '면', myon: '면', up: '읍',
  san: '산', gang: '강', ho: '호', ni: '리', kun: '군',
};
