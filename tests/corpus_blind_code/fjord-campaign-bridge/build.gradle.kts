plugins {
    kotlin("jvm") version "1.9.22"
    application
}

group = "no.fjordmedia"
version = "3.2.0"

repositories {
    mavenCentral()
}

dependencies {
    implementation("com.nimbusds:nimbus-jose-jwt:9.37.3")
    implementation("com.squareup.okhttp3:okhttp:4.12.0")
    implementation("com.fasterxml.jackson.module:jackson-module-kotlin:2.16.1")
    implementation("io.github.microutils:kotlin-logging-jvm:3.0.5")
    runtimeOnly("ch.qos.logback:logback-classic:1.4.14")

    testImplementation(kotlin("test"))
    testImplementation("com.squareup.okhttp3:mockwebserver:4.12.0")
}

kotlin {
    jvmToolchain(17)
}

application {
    mainClass.set("no.fjordmedia.campaign.MainKt")
}

tasks.test {
    useJUnitPlatform()
}
