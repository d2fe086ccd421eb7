rootProject.name = "fjord-campaign-bridge"
