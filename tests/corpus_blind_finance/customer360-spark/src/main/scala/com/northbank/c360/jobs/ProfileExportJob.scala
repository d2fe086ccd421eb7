package com.northbank.c360.jobs

import com.northbank.c360.adobe.ImsClient
import com.typesafe.config.ConfigFactory
import org.apache.spark.sql.{DataFrame, SparkSession}
import org.apache.spark.sql.functions._
import sttp.client3._

object ProfileExportJob {

  def main(args: Array[String]): Unit = {
    val cfg = ConfigFactory.load()
    val spark = SparkSession.builder().appName("c360-profile-export").getOrCreate()
    val gold = spark.read.format("delta").load(cfg.getString("c360.lake-root") + "/gold/profile_changes")
      .where(col("consent_marketing") === true)

    val url = cfg.getString("adobe.aep.streaming-url")
    val orgId = cfg.getString("adobe.ims.org-id")
    val sandbox = cfg.getString("adobe.aep.sandbox")

    toXdm(gold).toJSON.foreachPartition { rows: Iterator[String] =>
      val ims = new ImsClient(ConfigFactory.load())
      val backend = HttpClientSyncBackend()
      rows.grouped(500).foreach { batch =>
        val payload = batch.mkString("{\"messages\":[", ",", "]}")
        val r = basicRequest.post(uri"$url").headers(ims.headers(orgId, sandbox))
          .contentType("application/json").body(payload).send(backend)
        if (!r.isSuccess) throw new RuntimeException(s"AEP inlet returned ${r.code}: ${r.body}")
      }
    }
  }

  private def toXdm(df: DataFrame): DataFrame =
    df.select(
      struct(
        col("customer_id").as("_northbank_customerId"),
        col("segment_tier").as("_northbank_tier"),
        col("products_held").as("_northbank_products")
      ).as("body")
    )
}
