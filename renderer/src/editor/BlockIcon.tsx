import {
  Activity, Archive, ArrowRight, Box, Building2, CalendarClock, Cpu, Database, DatabaseZap, Earth, Gauge, Globe, HardDrive, Hash,
  Inbox, KeyRound, Layers, MonitorDot, MonitorSmartphone, Network, Radio, ScrollText, Search, Server, Shield, Split,
  StickyNote, Zap, type LucideIcon,
} from 'lucide-react';

/** Icons bundled from lucide (no CDN); the catalog names them in kebab-case. */
const ICONS: Record<string, LucideIcon> = {
  activity: Activity,
  archive: Archive,
  'arrow-right': ArrowRight,
  box: Box,
  'building-2': Building2,
  'calendar-clock': CalendarClock,
  cpu: Cpu,
  database: Database,
  'database-zap': DatabaseZap,
  earth: Earth,
  gauge: Gauge,
  globe: Globe,
  'hard-drive': HardDrive,
  hash: Hash,
  inbox: Inbox,
  'key-round': KeyRound,
  layers: Layers,
  'monitor-dot': MonitorDot,
  'monitor-smartphone': MonitorSmartphone,
  network: Network,
  radio: Radio,
  'scroll-text': ScrollText,
  search: Search,
  server: Server,
  shield: Shield,
  split: Split,
  'sticky-note': StickyNote,
  zap: Zap,
};

/** Every icon name the catalog may use, for code that draws them all up front. */
export const ICON_NAMES = Object.keys(ICONS);

export const iconComponent = (icon: string): LucideIcon => ICONS[icon] ?? Box;

export function BlockIcon({ icon, size = 18 }: { icon: string; size?: number }) {
  const Icon = iconComponent(icon);
  return <Icon size={size} aria-hidden strokeWidth={1.75} />;
}
