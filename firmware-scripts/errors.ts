/** Error codes of provisioning: profiles, plans, channel URLs. */
import { type CodesOf, defineErrors } from '../protocol/meshloom-error.ts';

export const provisionErrors = defineErrors({
  MESHLOOM_ERR_PROFILE_KEY: (path: string, hint = '') => `${path}: unknown key${hint}`,
  MESHLOOM_ERR_PROFILE_VALUE: (path: string, detail: string) => `${path}: ${detail}`,
  MESHLOOM_ERR_PROFILE_FILE: (file: string, detail: string) => `cannot read ${file}: ${detail}`,
  MESHLOOM_ERR_CHANNEL_URL: (detail: string) => `not a Meshtastic channel URL: ${detail}`,
  MESHLOOM_ERR_PLAN: (detail: string) => `plan: ${detail}`,
  MESHLOOM_ERR_PROVISION_VERIFY: (diffs: string) => `the radio does not hold what was written: ${diffs}`,
  MESHLOOM_ERR_ADMIN_REFUSED: (what: string, detail: string) => `the radio refused ${what}: ${detail}`,
});

declare module '../protocol/meshloom-error.ts' {
  interface ErrorCodes extends CodesOf<typeof provisionErrors> {}
}
