plugins {
    kotlin("jvm") version "1.9.23"
    application
}

group = "com.pixelnest"
version = "2.3.0"

repositories { mavenCentral() }

dependencies {
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("com.squareup.moshi:moshi-kotlin:1.15.1")
    implementation("io.jsonwebtoken:jjwt-api:0.11.5")
    runtimeOnly("io.jsonwebtoken:jjwt-impl:0.11.5")
    runtimeOnly("io.jsonwebtoken:jjwt-jackson:0.11.5")
    implementation("io.ktor:ktor-server-netty:2.3.10")
    testImplementation(kotlin("test"))
    testImplementation("com.squareup.okhttp3:mockwebserver:4.12.0")
}

application { mainClass.set("com.pixelnest.gallery.AppKt") }
kotlin { jvmToolchain(17) }
