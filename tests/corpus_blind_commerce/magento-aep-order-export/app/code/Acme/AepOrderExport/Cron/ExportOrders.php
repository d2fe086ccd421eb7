<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Cron;

use Acme\AepOrderExport\Model\Export\OrderMapper;
use Acme\AepOrderExport\Model\Export\StreamingClient;
use Magento\Framework\App\Config\ScopeConfigInterface;
use Magento\Framework\App\FlagManager;
use Magento\Sales\Model\ResourceModel\Order\CollectionFactory;
use Psr\Log\LoggerInterface;

class ExportOrders
{
    private const FLAG_LAST_ID = 'acme_aep_last_exported_order_id';

    public function __construct(
        private readonly CollectionFactory $orderCollectionFactory,
        private readonly OrderMapper $mapper,
        private readonly StreamingClient $client,
        private readonly ScopeConfigInterface $scopeConfig,
        private readonly FlagManager $flagManager,
        private readonly LoggerInterface $logger
    ) {
    }

    public function execute(): void
    {
        if (!$this->scopeConfig->isSetFlag('acme_aep/general/enabled')) {
            return;
        }
        $lastId = (int)$this->flagManager->getFlagData(self::FLAG_LAST_ID);
        $batchSize = (int)$this->scopeConfig->getValue('acme_aep/general/batch_size') ?: 250;
        $schemaRef = (string)$this->scopeConfig->getValue('acme_aep/streaming/schema_ref');

        $orders = $this->orderCollectionFactory->create()
            ->addFieldToFilter('entity_id', ['gt' => $lastId])
            ->addFieldToFilter('status', ['in' => explode(',', (string)$this->scopeConfig->getValue('acme_aep/general/order_statuses'))])
            ->setOrder('entity_id', 'ASC')
            ->setPageSize($batchSize);

        $events = [];
        foreach ($orders as $order) {
            $events[] = $this->mapper->toXdm($order, $schemaRef);
            $lastId = (int)$order->getEntityId();
        }
        if (!$events) {
            return;
        }

        $this->client->send('orders', $events);
        $this->flagManager->saveFlag(self::FLAG_LAST_ID, $lastId);
        $this->logger->info(sprintf('Exported %d orders to AEP (last id %d)', count($events), $lastId));
    }
}
