rootProject.name = "cloudmanager-bot"
