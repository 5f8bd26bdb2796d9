/** The service worker's news: a new version is waiting, or the app is ready to work offline. */
class AppUpdate {
  needRefresh = $state(false);
  offlineReady = $state(false);
  #update: ((reload?: boolean) => Promise<void>) | null = null;

  /** Registers the service worker (built app only); loaded after the first screen. */
  async register(): Promise<void> {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    const { registerSW } = await import('virtual:pwa-register');
    this.#update = registerSW({
      onNeedRefresh: () => (this.needRefresh = true),
      onOfflineReady: () => (this.offlineReady = true),
    });
  }

  /** Activates the waiting version and reloads. */
  async reload(): Promise<void> {
    await this.#update?.(true);
  }
}

export const appUpdate = new AppUpdate();
