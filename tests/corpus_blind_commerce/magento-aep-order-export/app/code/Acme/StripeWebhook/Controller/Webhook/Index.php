<?php
declare(strict_types=1);

namespace Acme\StripeWebhook\Controller\Webhook;

use Magento\Framework\App\Action\HttpPostActionInterface;
use Magento\Framework\App\CsrfAwareActionInterface;
use Magento\Framework\App\Request\InvalidRequestException;
use Magento\Framework\App\RequestInterface;
use Magento\Framework\App\DeploymentConfig;
use Magento\Framework\Controller\Result\RawFactory;
use Stripe\Exception\SignatureVerificationException;
use Stripe\Webhook;

class Index implements HttpPostActionInterface, CsrfAwareActionInterface
{
    public function __construct(
        private readonly RequestInterface $request,
        private readonly RawFactory $rawFactory,
        private readonly DeploymentConfig $deploymentConfig
    ) {
    }

    public function execute()
    {
        $result = $this->rawFactory->create();
        $secret = (string)$this->deploymentConfig->get('acme_stripe/webhook_signing_secret');
        try {
            $event = Webhook::constructEvent(
                (string)$this->request->getContent(),
                (string)$this->request->getHeader('Stripe-Signature'),
                $secret
            );
        } catch (\UnexpectedValueException | SignatureVerificationException $e) {
            return $result->setHttpResponseCode(400)->setContents('invalid signature');
        }

        // payment_intent.succeeded / charge.refunded are handled by the Stripe module itself
        return $result->setHttpResponseCode(200)->setContents($event->type);
    }

    public function createCsrfValidationException(RequestInterface $request): ?InvalidRequestException
    {
        return null;
    }

    public function validateForCsrf(RequestInterface $request): ?bool
    {
        return true;
    }
}
