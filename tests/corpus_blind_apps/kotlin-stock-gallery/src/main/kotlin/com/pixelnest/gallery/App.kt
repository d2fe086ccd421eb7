package com.pixelnest.gallery

import com.pixelnest.gallery.stock.StockProperties
import com.pixelnest.gallery.stock.StockSearchClient
import com.pixelnest.gallery.stock.StockTokenProvider
import io.ktor.server.application.call
import io.ktor.server.engine.embeddedServer
import io.ktor.server.netty.Netty
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.routing
import io.ktor.http.ContentType

fun main() {
    val props = StockProperties.load()
    val search = StockSearchClient(props, StockTokenProvider(props))
    embeddedServer(Netty, port = 8080) {
        routing {
            get("/api/search") {
                val q = call.request.queryParameters["q"] ?: "mountains"
                call.respondText(search.search(q), ContentType.Application.Json)
            }
        }
    }.start(wait = true)
}
