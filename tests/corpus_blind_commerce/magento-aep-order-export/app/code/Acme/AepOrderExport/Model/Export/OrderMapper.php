<?php
declare(strict_types=1);

namespace Acme\AepOrderExport\Model\Export;

use Magento\Sales\Api\Data\OrderInterface;

class OrderMapper
{
    public function toXdm(OrderInterface $order, string $schemaRef): array
    {
        $items = [];
        foreach ($order->getItems() as $item) {
            if ($item->getParentItemId()) {
                continue;
            }
            $items[] = [
                'SKU' => $item->getSku(),
                'name' => $item->getName(),
                'quantity' => (int)$item->getQtyOrdered(),
                'priceTotal' => (float)$item->getRowTotalInclTax(),
                'currencyCode' => $order->getOrderCurrencyCode(),
            ];
        }

        return [
            'header' => ['schemaRef' => ['id' => $schemaRef, 'contentType' => 'application/vnd.adobe.xed-full+json;version=1']],
            'body' => [
                'xdmMeta' => ['schemaRef' => ['id' => $schemaRef]],
                'xdmEntity' => [
                    '_id' => 'order-' . $order->getIncrementId(),
                    'timestamp' => gmdate('Y-m-d\TH:i:s\Z', strtotime((string)$order->getCreatedAt())),
                    'eventType' => 'commerce.purchases',
                    'identityMap' => [
                        'Email' => [['id' => strtolower((string)$order->getCustomerEmail()), 'primary' => true]],
                    ],
                    'commerce' => [
                        'purchases' => ['value' => 1],
                        'order' => [
                            'purchaseID' => $order->getIncrementId(),
                            'priceTotal' => (float)$order->getGrandTotal(),
                            'currencyCode' => $order->getOrderCurrencyCode(),
                        ],
                    ],
                    'productListItems' => $items,
                ],
            ],
        ];
    }
}
