// The redaction API: every secret that could reach a log, a transcript, an error message or `util.inspect`
// goes through these functions. Stable: other layers (auth, config, the CLI) call them.
export { fingerprint } from './fingerprint.ts';
export { hideSecrets } from './hide-secrets.ts';
export { isSecretHeader, redactHeaders } from './redact-headers.ts';
export { collectJsonSecrets, isSecretField, type RedactJsonOptions, redactJson } from './redact-json.ts';
export { collectMarkupSecrets, redactMarkup } from './redact-markup.ts';
export { redactText, redactUrl, redactUserinfo } from './redact-text.ts';
