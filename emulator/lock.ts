// LockService: document, script and user locks; tests simulate another execution holding one.
// https://developers.google.com/apps-script/reference/lock/lock
import { SERVICE_NAME } from './counter';
import type { Runtime } from './runtime';

export type LockScope = 'document' | 'script' | 'user';

/** Which locks another (simulated) execution holds. */
export class LockTable {
  private readonly heldByOther = new Set<LockScope>();

  /** Simulates another execution holding the lock until the returned function is called. */
  holdElsewhere(scope: LockScope): () => void {
    this.heldByOther.add(scope);
    return () => this.heldByOther.delete(scope);
  }

  isHeldElsewhere(scope: LockScope): boolean {
    return this.heldByOther.has(scope);
  }
}

export class Lock {
  readonly [SERVICE_NAME] = 'Lock';
  private held = false;

  constructor(
    private readonly scope: LockScope,
    private readonly table: LockTable,
    private readonly runtime: Runtime,
  ) {}

  /** Waits up to timeoutInMillis on the fake clock; false if another execution still holds it. */
  tryLock(timeoutInMillis: number): boolean {
    // Locks are reentrant within one execution: only another (simulated) execution blocks.
    if (this.table.isHeldElsewhere(this.scope)) {
      this.runtime.clock.advance(timeoutInMillis);
      return false;
    }
    this.held = true;
    return true;
  }

  waitLock(timeoutInMillis: number): void {
    if (!this.tryLock(timeoutInMillis)) {
      throw new Error('Lock timeout: another process was holding the lock for too long.');
    }
  }

  releaseLock(): void {
    this.held = false;
  }

  hasLock(): boolean {
    return this.held;
  }
}

export class LockService {
  readonly [SERVICE_NAME] = 'LockService';

  constructor(
    private readonly table: LockTable,
    private readonly runtime: Runtime,
  ) {}

  /** null outside a document: a standalone script or a time-driven run of an add-on. */
  getDocumentLock(): Lock | null {
    return this.runtime.bound && this.runtime.activeDocument
      ? new Lock('document', this.table, this.runtime)
      : null;
  }

  getScriptLock(): Lock {
    return new Lock('script', this.table, this.runtime);
  }

  getUserLock(): Lock {
    return new Lock('user', this.table, this.runtime);
  }
}
