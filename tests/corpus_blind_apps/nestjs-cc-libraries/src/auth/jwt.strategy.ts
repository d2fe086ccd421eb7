import { Injectable } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';
import { readFileSync } from 'fs';

/** Validates tokens from our internal API gateway (RS256, our issuer). */
@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({
      jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),
      secretOrKey: readFileSync(process.env.API_JWT_PUBLIC_KEY_FILE ?? 'keys/api-issuer.pub.pem', 'utf8'),
      algorithms: ['RS256'],
      issuer: 'https://gateway.acme.example',
      audience: 'brand-assets-api',
    });
  }

  validate(payload: { sub: string; roles?: string[] }) {
    return { userId: payload.sub, roles: payload.roles ?? [] };
  }
}
