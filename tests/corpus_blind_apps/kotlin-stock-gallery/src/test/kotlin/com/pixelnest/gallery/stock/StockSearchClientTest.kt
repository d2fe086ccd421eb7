package com.pixelnest.gallery.stock

import kotlin.test.Test
import kotlin.test.assertTrue

class StockSearchClientTest {
    @Test
    fun `query parameters are encoded`() {
        val encoded = java.net.URLEncoder.encode("search_parameters[words]", "UTF-8")
        assertTrue(encoded.contains("%5Bwords%5D"))
    }
}
