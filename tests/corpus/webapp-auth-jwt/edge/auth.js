// Edge service: verifies the shop's RS256 access tokens and mints short-lived service tokens.
const fs = require('fs');
const jwt = require('jsonwebtoken');
const jwksClient = require('jwks-rsa');

const privateKey = fs.readFileSync(`${__dirname}/../keys/jwt-signing.pem`, 'utf8');
const jwks = jwksClient({ jwksUri: 'https://shop.example.com/.well-known/jwks.json' });

function serviceToken(service) {
  return jwt.sign({ sub: service, aud: 'shop-internal' }, privateKey, {
    algorithm: 'RS256',
    expiresIn: '5m',
    issuer: 'https://shop.example.com',
  });
}

function verify(token, cb) {
  jwt.verify(token, (header, done) => jwks.getSigningKey(header.kid, (e, k) => done(e, k && k.getPublicKey())),
    { algorithms: ['RS256'], audience: 'shop-api' }, cb);
}

module.exports = { serviceToken, verify };
