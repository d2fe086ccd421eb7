export interface TokenResult {
  accessToken: string;
  expiresAt: number;
}
