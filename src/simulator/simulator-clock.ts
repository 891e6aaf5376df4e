/**
 * Hands out timestamps that strictly increase, even within one millisecond,
 * so that users created one after another never share a createdAt and the
 * contract's order (createdAt, then id) is the order of creation.
 */
export class SimulatorClock {
  #last = 0;

  now(): string {
    this.#last = Math.max(Date.now(), this.#last + 1);
    return new Date(this.#last).toISOString();
  }
}
