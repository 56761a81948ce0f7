// Config loaders: clouds.yaml, secure.yaml and OS_* variables, with openstacksdk's semantics.
export { AUTH_TYPES, authFromConfig } from './auth-type.ts';
export { type CloudListing, type FromCloudsYamlOptions, fromCloudsYaml, listClouds } from './clouds-yaml.ts';
export { fromEnv, settingsFromEnv } from './env.ts';
export { deepMerge, type RawCloudConfig } from './raw-config.ts';
export { type ConfigSearchOptions, cloudsYamlSearchPath, secureYamlSearchPath } from './search-path.ts';
export {
  type CloudSessionOptions,
  type ConnectionSettings,
  sessionOptionsFromConfig,
} from './to-session-options.ts';
