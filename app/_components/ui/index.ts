// The design system's primitives (issue #23): accessible behaviour from Radix (radix-ui), icons from
// lucide-react, looks from the tokens in app/styles/tokens.css (styles: ./ui.css, loaded by the root
// layout). What to use for what:
// - Button: every action (variants primary | secondary | ghost | danger, size sm; asChild for a Link
//   that looks like a button). IconButton: an icon-only action; its label is its name and tooltip.
// - Dialog: a modal task (focus trapped, Escape closes, focus returns). Popover: a small non-modal
//   panel on a trigger (filters, a short form). DropdownMenu (+ MenuItem, MenuRadioGroup, MenuLabel,
//   MenuSeparator): a list of actions or one choice among a few. Tooltip: a hint, never the only
//   place of information.
// - Select: one value among a list (styled listbox). Tabs: sibling sections of one page.
//   Checkbox: a yes/no saved with a form; Switch: a setting that applies at once.
// - Input, Textarea, FileInput, Field (label + hint + error): form controls. Plain elements are
//   styled the same by app/globals.css, so older forms need no change to look right.
// - Badge: a status or count (state= for segment states). Card: a bordered section with a heading.
// - useToast(): a short confirmation or error after an action (the shell mounts ToastProvider).
// All but Input, Badge and Card are client components.
export { Badge, type BadgeTone, type SegmentStateName } from './badge';
export { Button, buttonClass, type ButtonProps, type ButtonSize, type ButtonVariant } from './button';
export { Card } from './card';
export { Checkbox } from './checkbox';
export { Dialog, DialogClose } from './dialog';
export { DropdownMenu, MenuItem, MenuLabel, MenuRadioGroup, MenuSeparator } from './dropdown-menu';
export { IconButton } from './icon-button';
export { Field, FileInput, Input, Textarea } from './input';
export { Popover, PopoverClose } from './popover';
export { Select, type SelectOption } from './select';
export { Switch } from './switch';
export { Tabs, type TabDef } from './tabs';
export { ToastProvider, useToast, type ToastTone } from './toast';
export { Tooltip, TooltipProvider } from './tooltip';
