/**
 * Returns an Adobe IMS access token (Service Account / JWT credential).
 *
 *   def token = adobeImsToken(credentialsPrefix: 'aep-prod')
 */
def call(Map cfg = [:]) {
    String prefix = cfg.credentialsPrefix ?: error('credentialsPrefix is required')
    String metascope = cfg.metascope ?: 'ent_dataservices_sdk'

    withCredentials([
        string(credentialsId: "${prefix}-adobe-client-id", variable: 'ADOBE_CLIENT_ID'),
        string(credentialsId: "${prefix}-adobe-client-secret", variable: 'ADOBE_CLIENT_SECRET'),
        string(credentialsId: "${prefix}-adobe-org-id", variable: 'ADOBE_ORG_ID'),
        string(credentialsId: "${prefix}-adobe-tech-account-id", variable: 'ADOBE_TECH_ACCOUNT_ID'),
        file(credentialsId: "${prefix}-adobe-jwt-private-key", variable: 'ADOBE_PRIVATE_KEY_FILE'),
    ]) {
        withEnv(["ADOBE_METASCOPE=${metascope}"]) {
            return sh(returnStdout: true, label: 'adobe ims token', script: '''#!/bin/bash
                set -euo pipefail
                b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
                NOW=$(date +%s)
                HEADER=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
                PAYLOAD=$(jq -cn \
                    --arg iss "$ADOBE_ORG_ID" \
                    --arg sub "$ADOBE_TECH_ACCOUNT_ID" \
                    --arg aud "https://ims-na1.adobelogin.com/c/$ADOBE_CLIENT_ID" \
                    --arg ms "https://ims-na1.adobelogin.com/s/$ADOBE_METASCOPE" \
                    --argjson exp $((NOW + 300)) \
                    '{iss: $iss, sub: $sub, aud: $aud, exp: $exp} + {($ms): true}' | b64url)
                SIG=$(printf '%s.%s' "$HEADER" "$PAYLOAD" | openssl dgst -sha256 -sign "$ADOBE_PRIVATE_KEY_FILE" | b64url)
                curl -sSf -X POST 'https://ims-na1.adobelogin.com/ims/exchange/jwt' \
                    -F "client_id=$ADOBE_CLIENT_ID" \
                    -F "client_secret=$ADOBE_CLIENT_SECRET" \
                    -F "jwt_token=$HEADER.$PAYLOAD.$SIG" | jq -r '.access_token'
            ''').trim()
        }
    }
}
