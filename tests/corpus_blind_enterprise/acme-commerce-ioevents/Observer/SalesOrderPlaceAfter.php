<?php
declare(strict_types=1);

namespace Acme\IoEvents\Observer;

use Acme\IoEvents\Model\Events\EventPublisher;
use Magento\Framework\Event\Observer;
use Magento\Framework\Event\ObserverInterface;

class SalesOrderPlaceAfter implements ObserverInterface
{
    private EventPublisher $publisher;

    public function __construct(EventPublisher $publisher)
    {
        $this->publisher = $publisher;
    }

    public function execute(Observer $observer): void
    {
        $order = $observer->getEvent()->getOrder();
        $this->publisher->publish('com.acme.commerce.order_placed', [
            'increment_id' => $order->getIncrementId(),
            'grand_total' => (float) $order->getGrandTotal(),
            'currency' => $order->getOrderCurrencyCode(),
            'store_id' => (int) $order->getStoreId(),
        ]);
    }
}
