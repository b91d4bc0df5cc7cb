// How the interface writes a moment (next-intl's format.dateTime options), one home for every screen.
// Always on a 24-hour clock: the ICU of Node 20 (78.2) writes the Korean day period as “PM”
// (2026. 12. 7. PM 2:40) where Chromium writes 오후, so a server render left English in the Korean
// interface, and the page's first render and the browser's disagreed. 14:40 reads the same in both
// languages and from both renderers.
export const DATE_TIME = { dateStyle: 'medium', timeStyle: 'short', hourCycle: 'h23' } as const;
export const DATE_TIME_SHORT = { dateStyle: 'short', timeStyle: 'short', hourCycle: 'h23' } as const;
export const TIME = { timeStyle: 'medium', hourCycle: 'h23' } as const;
