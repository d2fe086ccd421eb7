package com.pixelnest.gallery.stock

import java.util.Properties

data class StockProperties(
    val apiKey: String,
    val clientSecret: String,
    val orgId: String,
    val technicalAccountId: String,
    val privateKeyPath: String,
    val metascope: String,
    val imsHost: String,
    val product: String,
    val locale: String,
) {
    companion object {
        fun load(): StockProperties {
            val p = Properties()
            StockProperties::class.java.getResourceAsStream("/stock.properties").use { p.load(it) }
            fun v(k: String) = System.getenv("STOCK_" + k.uppercase()) ?: p.getProperty("stock.$k")
            return StockProperties(
                v("apiKey"), v("clientSecret"), v("orgId"), v("technicalAccountId"),
                v("privateKeyPath"), v("metascope"), v("imsHost"), v("product"), v("locale"),
            )
        }
    }
}
