import {
  BarChart3,
  BookA,
  CheckCheck,
  Database,
  FileText,
  FolderKanban,
  GitCompareArrows,
  Hash,
  Languages,
  Send,
  Settings,
  ShieldCheck,
  UserRound,
  Users,
} from 'lucide-react';

const ICONS = {
  hash: Hash,
  projects: FolderKanban,
  dashboard: BarChart3,
  glossary: BookA,
  memory: Database,
  people: Users,
  settings: Settings,
  account: UserRound,
  document: FileText,
  pretranslate: Languages,
  'approve-filtered': CheckCheck,
  publish: Send,
  quality: ShieldCheck,
  align: GitCompareArrows,
} as const;

export function PaletteIcon({ name }: { name: string }) {
  const Icon = ICONS[name as keyof typeof ICONS] ?? FileText;
  return <Icon size={16} aria-hidden="true" className="palette-icon" />;
}
