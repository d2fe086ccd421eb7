rootProject.name = "ledgerline-campaign-sync"
