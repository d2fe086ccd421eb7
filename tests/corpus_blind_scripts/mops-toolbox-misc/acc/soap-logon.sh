#!/usr/bin/env bash
# Log on to Campaign Classic and print the session token + security token.
set -euo pipefail
: "${ACC_ENDPOINT:?}" "${ACC_LOGIN:?}" "${ACC_PASSWORD:?}"

resp=$(curl -sS "$ACC_ENDPOINT" \
  -H 'Content-Type: text/xml; charset=utf-8' \
  -H 'SOAPAction: xtk:session#Logon' \
  --data-binary @- <<XML
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/" xmlns:urn="urn:xtk:session">
  <soapenv:Header/>
  <soapenv:Body>
    <urn:Logon>
      <urn:sessiontoken/>
      <urn:strLogin>${ACC_LOGIN}</urn:strLogin>
      <urn:strPassword>${ACC_PASSWORD}</urn:strPassword>
      <urn:elemParameters/>
    </urn:Logon>
  </soapenv:Body>
</soapenv:Envelope>
XML
)

session=$(xmllint --xpath 'string(//*[local-name()="pstrSessionToken"])' - <<<"$resp")
security=$(xmllint --xpath 'string(//*[local-name()="pstrSecurityToken"])' - <<<"$resp")
printf 'ACC_SESSION_TOKEN=%s\nACC_SECURITY_TOKEN=%s\n' "$session" "$security"
