import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServices, type Services } from '../../main/services';
import type { OperationInput, OperationOutput } from '../../shared/api/contract';
import type { OperationName } from '../../shared/api/operations';
import type { Design } from '../../shared/model';

/**
 * A library in a temporary folder, driven through dispatch as the UI drives it, with a clock
 * the test can move forward.
 */
export class LibraryHarness {
  readonly dir = mkdtempSync(join(tmpdir(), 'envelope-lib-'));
  time = new Date('2026-04-01T09:00:00.000Z');
  services: Services = createServices(this.dir, { clock: () => this.time });

  async call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<OperationOutput<K>> {
    const result = await this.services.dispatch(operation, input);
    if (!result.ok) throw new Error(`${operation} failed: ${result.error.code}: ${result.error.message}`);
    return result.value as OperationOutput<K>;
  }

  /** The failure an operation answers with; the test fails if it succeeds. */
  async failure(operation: OperationName, input: unknown): Promise<{ code: string; message: string }> {
    const result = await this.services.dispatch(operation, input);
    if (result.ok) throw new Error(`${operation} unexpectedly succeeded`);
    return result.error;
  }

  advanceMinutes(minutes: number): void {
    this.time = new Date(this.time.getTime() + minutes * 60_000);
  }

  /** Create a design with blocks of the given labels. */
  async design(name: string, labels: string[]): Promise<Design> {
    const { document } = await this.call('createDesign', { name });
    return this.save({ ...document, nodes: labels.map((label, i) => block(`n${i}`, label)) });
  }

  async save(document: Design): Promise<Design> {
    await this.call('saveDesign', { id: document.id, document });
    return document;
  }

  close(): void {
    this.services.close();
    rmSync(this.dir, { recursive: true, force: true });
  }
}

export const block = (id: string, label: string, x = 0): Design['nodes'][number] => ({
  id,
  kind: 'appServer',
  label,
  position: { x, y: 0 },
  params: {},
});
