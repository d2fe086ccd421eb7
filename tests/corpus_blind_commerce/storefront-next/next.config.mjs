/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'commerce.acme-retail.com' },
      { protocol: 'https', hostname: '*.scene7.com' },
    ],
  },
  experimental: { serverComponentsExternalPackages: ['stripe'] },
};

export default nextConfig;
