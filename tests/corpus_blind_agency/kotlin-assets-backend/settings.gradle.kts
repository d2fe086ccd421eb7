rootProject.name = "assets-backend"
