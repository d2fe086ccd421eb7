// no upstream typings
declare module '@adobe/jwt-auth' {
  const auth: (cfg: Record<string, unknown>) => Promise<{ access_token: string; token_type: string; expires_in: number }>;
  export default auth;
}
