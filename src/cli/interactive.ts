// Ink draws nothing but the last frame when it believes it runs in CI (is-in-ci reads CI and
// CONTINUOUS_INTEGRATION once, when Ink is first imported). A session on a real terminal is
// interactive whatever those say, so they are switched off before the UI is loaded.
export function declareInteractive(): void {
  for (const key of ['CI', 'CONTINUOUS_INTEGRATION']) if (key in process.env) process.env[key] = 'false';
}
