import { designCommands } from './designCommands';
import { editCommands } from './editCommands';
import { insertCommands } from './insertCommands';
import { layoutCommands } from './layoutCommands';
import type { Command } from './types';
import { viewCommands } from './viewCommands';

/** Every command of the editor, in the order the palette and help list them. */
export const commands: readonly Command[] = [...editCommands, ...insertCommands, ...layoutCommands, ...viewCommands, ...designCommands];

const byId = new Map(commands.map((c) => [c.id, c]));

export function commandById(id: string): Command | undefined {
  return byId.get(id);
}

export function isEnabled(command: Command): boolean {
  return command.enabled ? command.enabled() : true;
}

/** Run a command by id (menus, palette); disabled commands do nothing. */
export function runCommand(id: string): boolean {
  const command = byId.get(id);
  if (!command || !isEnabled(command)) return false;
  void command.perform();
  return true;
}
