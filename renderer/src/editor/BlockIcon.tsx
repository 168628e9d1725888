import {
  Activity, Archive, Box, CalendarClock, Database, Gauge, Globe, HardDrive, Hash, Inbox, KeyRound, Layers,
  MonitorSmartphone, Network, Radio, ScrollText, Search, Server, Split, StickyNote, Zap, type LucideIcon,
} from 'lucide-react';

/** Icons bundled from lucide (no CDN); the catalog names them in kebab-case. */
const ICONS: Record<string, LucideIcon> = {
  activity: Activity,
  archive: Archive,
  box: Box,
  'calendar-clock': CalendarClock,
  database: Database,
  gauge: Gauge,
  globe: Globe,
  'hard-drive': HardDrive,
  hash: Hash,
  inbox: Inbox,
  'key-round': KeyRound,
  layers: Layers,
  'monitor-smartphone': MonitorSmartphone,
  network: Network,
  radio: Radio,
  'scroll-text': ScrollText,
  search: Search,
  server: Server,
  split: Split,
  'sticky-note': StickyNote,
  zap: Zap,
};

export function BlockIcon({ icon, size = 18 }: { icon: string; size?: number }) {
  const Icon = ICONS[icon] ?? Box;
  return <Icon size={size} aria-hidden strokeWidth={1.75} />;
}
