package com.acme.aep.staging

import java.io.FileInputStream

import scala.collection.JavaConverters._

import com.google.auth.oauth2.GoogleCredentials
import com.google.cloud.storage.{Storage, StorageOptions}
import com.typesafe.config.Config

/** Reads the staged JSON part files with the data-platform Google service account. */
class GcsStaging(conf: Config) {
  private val credentials = GoogleCredentials
    .fromStream(new FileInputStream(conf.getString("gcs.credentials-file")))
    .createScoped("https://www.googleapis.com/auth/devstorage.read_only")

  private val storage: Storage = StorageOptions.newBuilder().setCredentials(credentials).build().getService

  def listJson(gsDir: String): Iterator[(String, Array[Byte])] = {
    val (bucket, prefix) = gsDir.stripPrefix("gs://").span(_ != '/')
    storage.list(bucket, Storage.BlobListOption.prefix(prefix.stripPrefix("/"))).iterateAll().asScala.iterator
      .filter(_.getName.endsWith(".json"))
      .map(b => b.getName.split('/').last -> b.getContent())
  }
}
