"""Publish risk scores to Kafka (on-prem cluster, mTLS)."""
import json

from confluent_kafka import Producer

PRODUCER_CONF = {
    "bootstrap.servers": "kafka-uw-0.ins.northbank.internal:9093,kafka-uw-1.ins.northbank.internal:9093",
    "security.protocol": "SSL",
    "ssl.ca.location": "/etc/kafka/tls/ca.crt",
    "ssl.certificate.location": "/etc/kafka/tls/uw-risk.crt",
    "ssl.key.location": "/etc/kafka/tls/uw-risk.key",
    "ssl.key.password": None,
    "acks": "all",
    "enable.idempotence": True,
}


def publish(scores) -> None:
    p = Producer({k: v for k, v in PRODUCER_CONF.items() if v is not None})
    for row in scores.itertuples():
        p.produce("uw.risk.scores.v1", key=row.quote_id,
                  value=json.dumps({"quoteId": row.quote_id, "score": float(row.score), "model": row.model}))
    p.flush(30)
