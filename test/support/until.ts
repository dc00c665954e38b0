/** Waits until `condition` holds, checking every 10 ms; fails after `ms` with what it waited for. */
export async function until(what: string, condition: () => boolean, ms = 15_000): Promise<void> {
  for (const end = Date.now() + ms; !condition(); ) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
