import { Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ImsService } from './adobe/ims.service';
import { LibrariesClient } from './adobe/libraries.client';
import { JwtStrategy } from './auth/jwt.strategy';

@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true })],
  providers: [ImsService, LibrariesClient, JwtStrategy],
})
export class AppModule {}
