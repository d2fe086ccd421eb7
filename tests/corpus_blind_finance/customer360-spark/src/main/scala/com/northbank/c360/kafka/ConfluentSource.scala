package com.northbank.c360.kafka

import com.typesafe.config.Config
import org.apache.spark.sql.{DataFrame, SparkSession}

/** Confluent Cloud via SASL/OAUTHBEARER (client credentials against Entra ID). */
object ConfluentSource {

  def read(spark: SparkSession, cfg: Config, topic: String): DataFrame = {
    val k = cfg.getConfig("kafka")
    val o = k.getConfig("oauth")
    val jaas =
      "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule required " +
        s"clientId='${o.getString("client-id")}' clientSecret='${o.getString("client-secret")}' " +
        s"scope='${o.getString("scope")}' " +
        s"extension_logicalCluster='${o.getString("logical-cluster")}' " +
        s"extension_identityPoolId='${o.getString("identity-pool")}';"

    spark.readStream.format("kafka")
      .option("kafka.bootstrap.servers", k.getString("bootstrap-servers"))
      .option("kafka.security.protocol", k.getString("security-protocol"))
      .option("kafka.sasl.mechanism", k.getString("sasl-mechanism"))
      .option("kafka.sasl.oauthbearer.token.endpoint.url", o.getString("token-endpoint"))
      .option("kafka.sasl.login.callback.handler.class",
        "org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginCallbackHandler")
      .option("kafka.sasl.jaas.config", jaas)
      .option("subscribe", topic)
      .option("startingOffsets", "latest")
      .load()
  }
}
