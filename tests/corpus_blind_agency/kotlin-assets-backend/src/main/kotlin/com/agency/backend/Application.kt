package com.agency.backend

import com.agency.backend.adobe.AdobeConfig
import com.agency.backend.adobe.ImsClient
import com.agency.backend.adobe.PhotoshopClient
import com.agency.backend.security.AppJwt.installAppJwt
import com.agency.backend.workfront.WorkfrontClient
import com.agency.backend.workfront.WorkfrontConfig
import io.ktor.client.HttpClient
import io.ktor.client.engine.cio.CIO
import io.ktor.client.plugins.contentnegotiation.ContentNegotiation
import io.ktor.serialization.kotlinx.json.json
import io.ktor.server.application.Application
import io.ktor.server.application.call
import io.ktor.server.auth.authenticate
import io.ktor.server.request.receiveParameters
import io.ktor.server.response.respondText
import io.ktor.server.routing.get
import io.ktor.server.routing.post
import io.ktor.server.routing.routing
import kotlinx.serialization.json.Json

fun main(args: Array<String>) = io.ktor.server.netty.EngineMain.main(args)

fun Application.module() {
    val conf = environment.config
    val http = HttpClient(CIO) { install(ContentNegotiation) { json(Json { ignoreUnknownKeys = true }) } }

    val adobe = AdobeConfig(
        imsTokenUrl = conf.property("adobe.imsTokenUrl").getString(),
        clientId = conf.property("adobe.clientId").getString(),
        clientSecret = conf.property("adobe.clientSecret").getString(),
        scopes = conf.property("adobe.scopes").getString(),
    )
    val photoshop = PhotoshopClient(http, ImsClient(http, adobe), adobe.clientId)
    val workfront = WorkfrontClient(http, WorkfrontConfig(
        host = conf.property("workfront.host").getString(),
        clientId = conf.property("workfront.clientId").getString(),
        clientSecret = conf.property("workfront.clientSecret").getString(),
        customerId = conf.property("workfront.customerId").getString(),
        userId = conf.property("workfront.userId").getString(),
        privateKeyPath = conf.property("workfront.privateKeyPath").getString(),
    ))

    installAppJwt(
        conf.property("appJwt.issuer").getString(),
        conf.property("appJwt.audience").getString(),
        conf.property("appJwt.realm").getString(),
        conf.property("appJwt.secret").getString(),
    )

    routing {
        authenticate("app") {
            post("/v1/photos/cutout") {
                val p = call.receiveParameters()
                call.respondText(photoshop.removeBackground(p["input"]!!, p["output"]!!))
            }
            get("/v1/workfront/{projectId}/tasks") {
                call.respondText(workfront.openTasks(call.parameters["projectId"]!!))
            }
        }
    }
}
