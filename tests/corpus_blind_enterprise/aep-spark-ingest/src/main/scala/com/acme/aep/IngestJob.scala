package com.acme.aep

import com.acme.aep.auth.ImsJwtAuth
import com.acme.aep.staging.GcsStaging
import com.typesafe.config.ConfigFactory
import org.apache.spark.sql.{SaveMode, SparkSession}
import sttp.client3._

/** Nightly job: loyalty events (parquet on GCS) -> AEP dataset via batch ingestion. */
object IngestJob {

  def main(args: Array[String]): Unit = {
    val conf  = ConfigFactory.load()
    val day   = args.headOption.getOrElse(java.time.LocalDate.now.minusDays(1).toString)
    val spark = SparkSession.builder().appName(s"aep-ingest-$day").getOrCreate()

    val staging = new GcsStaging(conf)
    val events = spark.read.parquet(s"gs://${conf.getString("gcs.staging-bucket")}/loyalty/dt=$day")
    val jsonDir = s"gs://${conf.getString("gcs.staging-bucket")}/aep-out/dt=$day"
    events.repartition(8).write.mode(SaveMode.Overwrite).json(jsonDir)

    val ims      = new ImsJwtAuth(conf)
    val base     = conf.getString("aep.platform.base-url")
    val sandbox  = conf.getString("aep.platform.sandbox")
    val dataset  = conf.getString("aep.platform.dataset-id")
    val backend  = HttpClientSyncBackend()

    def headers = Map(
      "Authorization"   -> s"Bearer ${ims.token().accessToken}",
      "x-api-key"       -> conf.getString("aep.ims.client-id"),
      "x-gw-ims-org-id" -> conf.getString("aep.ims.org-id"),
      "x-sandbox-name"  -> sandbox
    )

    val batch = basicRequest.post(uri"$base/data/foundation/import/batches")
      .headers(headers)
      .body(s"""{"datasetId":"$dataset","inputFormat":{"format":"json"}}""")
      .send(backend)
    val batchId = ujsonId(batch.body.getOrElse(sys.error(s"batch create failed: ${batch.code}")))

    staging.listJson(jsonDir).foreach { case (name, bytes) =>
      basicRequest.put(uri"$base/data/foundation/import/batches/$batchId/datasets/$dataset/files/$name")
        .headers(headers + ("Content-Type" -> "application/octet-stream"))
        .body(bytes)
        .send(backend)
    }
    basicRequest.post(uri"$base/data/foundation/import/batches/$batchId?action=COMPLETE").headers(headers).send(backend)
    spark.stop()
  }

  private def ujsonId(body: String): String =
    """"id"\s*:\s*"([^"]+)"""".r.findFirstMatchIn(body).map(_.group(1)).getOrElse(sys.error("no batch id"))
}
