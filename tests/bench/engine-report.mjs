export function writeEngineSection() {}
