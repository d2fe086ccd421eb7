import { Injectable, OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { context, getToken } from '@adobe/aio-lib-ims';

const CTX = 'brand-assets-s2s';

@Injectable()
export class ImsService implements OnModuleInit {
  constructor(private readonly cfg: ConfigService) {}

  async onModuleInit(): Promise<void> {
    await context.set(
      CTX,
      {
        client_id: this.cfg.getOrThrow<string>('ADOBE_CLIENT_ID'),
        client_secrets: [this.cfg.getOrThrow<string>('ADOBE_CLIENT_SECRET')],
        technical_account_id: this.cfg.getOrThrow<string>('ADOBE_TECHNICAL_ACCOUNT_ID'),
        technical_account_email: this.cfg.getOrThrow<string>('ADOBE_TECHNICAL_ACCOUNT_EMAIL'),
        ims_org_id: this.cfg.getOrThrow<string>('ADOBE_ORG_ID'),
        scopes: this.cfg.getOrThrow<string>('ADOBE_SCOPES').split(','),
      },
      true,
    );
  }

  token(): Promise<string> {
    return getToken(CTX);
  }
}
