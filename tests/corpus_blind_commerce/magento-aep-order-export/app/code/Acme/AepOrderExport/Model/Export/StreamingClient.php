<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Model\Export;

use Acme\AepOrderExport\Api\AccessTokenProviderInterface;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\HTTP\Client\CurlFactory;
use Magento\Framework\Serialize\Serializer\Json;
use Psr\Log\LoggerInterface;

class StreamingClient
{
    public function __construct(
        private readonly AccessTokenProviderInterface $tokenProvider,
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly CurlFactory $curlFactory,
        private readonly Json $json,
        private readonly LoggerInterface $logger,
        private readonly int $timeout = 20
    ) {
    }

    /**
     * @param array<int, array<string, mixed>> $events XDM order events
     */
    public function send(string $inletId, array $events): void
    {
        $curl = $this->curlFactory->create();
        $curl->setTimeout($this->timeout);
        $curl->setHeaders([
            'Authorization' => 'Bearer ' . $this->tokenProvider->getAccessToken(),
            'x-api-key' => (string)$this->scopeConfig->getValue('acme_aep/ims/client_id'),
            'x-gw-ims-org-id' => (string)$this->scopeConfig->getValue('acme_aep/ims/org_id'),
            'x-sandbox-name' => (string)$this->scopeConfig->getValue('acme_aep/streaming/sandbox'),
            'Content-Type' => 'application/json',
        ]);
        $url = rtrim((string)$this->scopeConfig->getValue('acme_aep/streaming/inlet_url'), '/')
            . '/batch/' . $inletId;
        $curl->post($url, $this->json->serialize(['messages' => $events]));

        if ($curl->getStatus() >= 300) {
            $this->logger->warning('AEP streaming batch rejected', [
                'status' => $curl->getStatus(),
                'body' => substr($curl->getBody(), 0, 2000),
            ]);
            throw new \RuntimeException('AEP streaming ingestion failed with HTTP ' . $curl->getStatus());
        }
    }
}
