import { Position } from '@xyflow/react';

/** A block's four sides and their handle ids; with ConnectionMode.Loose any of them starts or ends a connection. */
export const SIDES = [
  { id: 'l', position: Position.Left },
  { id: 't', position: Position.Top },
  { id: 'r', position: Position.Right },
  { id: 'b', position: Position.Bottom },
] as const;

export const handleIdAt = (position: Position): string => SIDES.find((s) => s.position === position)!.id;
