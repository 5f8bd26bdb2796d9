/** The app's version from package.json, written into exported scenario files. */
declare const __APP_VERSION__: string;
