rootProject.name = "creator-app-backend"
