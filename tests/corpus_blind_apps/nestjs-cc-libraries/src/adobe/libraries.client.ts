import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import got from 'got';
import { ImsService } from './ims.service';

const CC_LIBRARIES = 'https://cc-libraries.adobe.io/api/v1';

@Injectable()
export class LibrariesClient {
  constructor(private readonly ims: ImsService, private readonly cfg: ConfigService) {}

  private async headers() {
    return {
      authorization: `Bearer ${await this.ims.token()}`,
      'x-api-key': this.cfg.getOrThrow<string>('ADOBE_CLIENT_ID'),
    };
  }

  async libraries(limit = 50) {
    return got(`${CC_LIBRARIES}/libraries`, {
      searchParams: { limit, owner: 'all' },
      headers: await this.headers(),
    }).json<{ libraries: Array<{ id: string; name: string }> }>();
  }

  async elements(libraryId: string) {
    return got(`${CC_LIBRARIES}/libraries/${encodeURIComponent(libraryId)}/elements`, {
      searchParams: { limit: 200 },
      headers: await this.headers(),
    }).json<{ elements: unknown[] }>();
  }
}
