// Zoom Meeting SDK signature for the web client (SDK key/secret, HS256).
const KJUR = require('jsrsasign');

function meetingSdkSignature(meetingNumber, role) {
  const iat = Math.round(Date.now() / 1000) - 30;
  const exp = iat + 60 * 60 * 2;
  const header = { alg: 'HS256', typ: 'JWT' };
  const payload = {
    sdkKey: process.env.ZOOM_MEETING_SDK_KEY,
    appKey: process.env.ZOOM_MEETING_SDK_KEY,
    mn: meetingNumber,
    role,
    iat,
    exp,
    tokenExp: exp,
  };
  return KJUR.jws.JWS.sign('HS256', JSON.stringify(header), JSON.stringify(payload), process.env.ZOOM_MEETING_SDK_SECRET);
}

module.exports = { meetingSdkSignature };
