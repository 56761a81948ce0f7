/**
 * The Stratus version sent in `User-Agent: stratus/<version>`; a unit test keeps it equal to package.json.
 */
export const STRATUS_VERSION = '0.1.0';
