rootProject.name = "loyalty-offers-service"
