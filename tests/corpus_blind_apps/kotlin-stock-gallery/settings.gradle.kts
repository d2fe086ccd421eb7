rootProject.name = "stock-gallery"
