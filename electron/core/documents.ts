/**
 * Open documents, one per opened file: the lowdb instance over the file's adapter, and whether
 * the user may save over it. The renderer refers to a document only by its docId.
 */
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { Low } from 'lowdb';
import type { ReadOnlyReason } from '../../shared/ipc';
import { ProjectFileAdapter, type ProjectAdapterOptions, type StoredProject } from './projectAdapter';

export interface DocumentSession {
  docId: string;
  file: string;
  db: Low<StoredProject>;
  adapter: ProjectFileAdapter;
  readOnlyReason: ReadOnlyReason | null;
  /** Saves of one document run one after another, never interleaved. */
  queue: Promise<unknown>;
}

export class DocumentRegistry {
  private readonly sessions = new Map<string, DocumentSession>();

  constructor(private readonly adapterOptions: ProjectAdapterOptions) {}

  create(file: string, readOnlyReason: ReadOnlyReason | null = null): DocumentSession {
    const adapter = new ProjectFileAdapter(path.resolve(file), this.adapterOptions);
    const session: DocumentSession = {
      docId: `doc-${randomBytes(6).toString('hex')}`,
      file: adapter.file,
      db: new Low<StoredProject>(adapter, null as unknown as StoredProject),
      adapter,
      readOnlyReason,
      queue: Promise.resolve(),
    };
    this.sessions.set(session.docId, session);
    return session;
  }

  get(docId: string): DocumentSession | undefined {
    return this.sessions.get(docId);
  }

  close(docId: string): boolean {
    return this.sessions.delete(docId);
  }

  /** Runs fn after every earlier task of the same document. */
  serial<T>(session: DocumentSession, fn: () => Promise<T>): Promise<T> {
    const run = session.queue.then(fn, fn);
    session.queue = run.catch(() => undefined);
    return run;
  }
}
