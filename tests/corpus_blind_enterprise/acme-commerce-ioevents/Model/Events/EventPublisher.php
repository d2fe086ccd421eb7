<?php
declare(strict_types=1);

namespace Acme\IoEvents\Model\Events;

use Acme\IoEvents\Model\Ims\AccessTokenProvider;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\HTTP\Client\CurlFactory;
use Magento\Framework\Serialize\Serializer\Json;
use Psr\Log\LoggerInterface;

/**
 * Sends CloudEvents to the Adobe I/O Events ingress for our custom provider.
 */
class EventPublisher
{
    private AccessTokenProvider $tokenProvider;
    private ScopeConfigInterface $scopeConfig;
    private CurlFactory $curlFactory;
    private Json $json;
    private LoggerInterface $logger;

    public function __construct(
        AccessTokenProvider $tokenProvider,
        ScopeConfigInterface $scopeConfig,
        CurlFactory $curlFactory,
        Json $json,
        LoggerInterface $logger
    ) {
        $this->tokenProvider = $tokenProvider;
        $this->scopeConfig = $scopeConfig;
        $this->curlFactory = $curlFactory;
        $this->json = $json;
        $this->logger = $logger;
    }

    public function publish(string $eventCode, array $data): void
    {
        $providerId = $this->scopeConfig->getValue('acme_ioevents/general/provider_id');
        $event = [
            'datacontenttype' => 'application/json',
            'specversion' => '1.0',
            'source' => 'urn:uuid:' . $providerId,
            'type' => $eventCode,
            'id' => bin2hex(random_bytes(16)),
            'data' => $data,
        ];

        $curl = $this->curlFactory->create();
        $curl->addHeader('Authorization', 'Bearer ' . $this->tokenProvider->getAccessToken());
        $curl->addHeader('x-api-key', (string) $this->scopeConfig->getValue('acme_ioevents/ims/client_id'));
        $curl->addHeader('x-adobe-event-provider-id', (string) $providerId);
        $curl->addHeader('x-adobe-event-code', $eventCode);
        $curl->addHeader('Content-Type', 'application/cloudevents+json');
        $curl->post(rtrim((string) $this->scopeConfig->getValue('acme_ioevents/events/ingress_url'), '/'), $this->json->serialize($event));

        if ($curl->getStatus() >= 300) {
            $this->logger->warning('I/O Events ingress rejected event', ['status' => $curl->getStatus(), 'body' => $curl->getBody()]);
        }
    }
}
