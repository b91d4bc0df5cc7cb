// What the side panel and the concordance insert into the active editor (it registers them).
export interface Inserters {
  insertTerm: (i: number) => void;
  insertSuggestion: (i: number) => void;
  copySource: () => void;
  insertText: (text: string) => void;
  replaceWord: (word: string, near: number, replacement: string) => boolean;
}
